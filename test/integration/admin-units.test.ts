import type { Sql } from 'postgres';
import { connectPostgres } from '../../config/connect';
import { foldVietnamese } from '../../domain/text/fold';
import { listUnits, readAdministrativeUnits, seedAdministrativeUnits, type AdministrativeUnitsDataset } from '../../store/admin-units';
import { describeWithStack } from '../support/hoso-harness';


describeWithStack('official administrative units (two levels since 1 July 2025)', () => {
  const dataset = readAdministrativeUnits();
  const source = dataset.source.dataset;
  let sql: Sql;
  beforeAll(async () => {
    sql = connectPostgres({ DATABASE_URL: process.env.DATABASE_URL as string }, 2);
    await seedAdministrativeUnits(sql, dataset);
  });
  afterAll(async () => {
    await sql?.end();
  });

  async function countOf(kind: string): Promise<number> {
    const [row] = await sql`SELECT count(*)::int AS count FROM units WHERE source = ${source} AND kind = ${kind}`;
    return row?.count as number;
  }

  it('seeds the 34 provinces and every commune, ward and special zone of the source', async () => {
    expect(await countOf('province')).toBe(34);
    expect(await countOf('commune')).toBe(dataset.units.filter((unit) => unit.kind === 'commune').length);
    expect(await countOf('commune')).toBe(3321);
  });

  it('keeps the official codes of the General Statistics Office', async () => {
    const rows = await sql<{ code: string; name: string; parent_code: string | null; division_type: string }[]>`
      SELECT code, name, parent_code, division_type FROM units WHERE code IN ('01', '24', '79', '00004', '26732') ORDER BY code`;
    expect(rows).toEqual([
      { code: '00004', name: 'Phường Ba Đình', parent_code: '01', division_type: 'phường' },
      { code: '01', name: 'Thành phố Hà Nội', parent_code: null, division_type: 'thành phố trung ương' },
      { code: '24', name: 'Tỉnh Bắc Ninh', parent_code: null, division_type: 'tỉnh' },
      { code: '26732', name: 'Đặc khu Côn Đảo', parent_code: '79', division_type: 'đặc khu' },
      { code: '79', name: 'Thành phố Hồ Chí Minh', parent_code: null, division_type: 'thành phố trung ương' },
    ]);
  });

  it('keeps the districts of the 2022 regime, abolished on 1 July 2025, under their current province', async () => {
    const [district] = await sql`SELECT name, kind, parent_code, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM units WHERE code = '001'`;
    expect(district).toEqual({ name: 'Quận Ba Đình', kind: 'district', parent_code: '01', valid_to: '2025-07-01' });
    const current = await listUnits(sql, { q: 'ba dinh', limit: 10 });
    expect(current.map((unit) => unit.code)).not.toContain('001');
    const all = await listUnits(sql, { q: 'ba dinh', includeAbolished: true, limit: 10 });
    expect(all.map((unit) => unit.code)).toEqual(expect.arrayContaining(['00004', '001']));
  });

  it('seeds again without duplicating or changing anything', async () => {
    const before = await sql`SELECT code, name, kind, parent_code, source, valid_from, valid_to FROM units WHERE source = ${source} ORDER BY code`;
    await seedAdministrativeUnits(sql, dataset);
    await seedAdministrativeUnits(sql, dataset);
    const after = await sql`SELECT code, name, kind, parent_code, source, valid_from, valid_to FROM units WHERE source = ${source} ORDER BY code`;
    expect(after).toEqual(before);
    expect(after).toHaveLength(dataset.units.length);
  });

  it('finds "Thành phố Hà Nội" when searched as "ha noi"', async () => {
    const found = await listUnits(sql, { q: 'ha noi', kind: 'province', limit: 10 });
    expect(found).toEqual([
      { code: '01', name: 'Thành phố Hà Nội', kind: 'province', divisionType: 'thành phố trung ương', parentCode: null, validFrom: dataset.effectiveFrom, validTo: null, official: true },
    ]);
    const communes = await listUnits(sql, { parentCode: '01', kind: 'commune', limit: 1000 });
    expect(communes).toHaveLength(dataset.units.filter((unit) => unit.parentCode === '01' && unit.kind === 'commune').length);
  });

  it('folds names in the database exactly as foldVietnamese does', async () => {
    const rows = await sql<{ name: string; name_folded: string }[]>`SELECT name, name_folded FROM units WHERE source = ${source}`;
    expect(rows.filter((row) => row.name_folded !== foldVietnamese(row.name))).toEqual([]);
  });

  describe('when a later release drops a unit', () => {
    // A dataset family of its own, so that the real one, seeded by other test files meanwhile, is untouched.
    const release = (version: string, communes: [string, string][]): AdministrativeUnitsDataset => ({
      ...dataset,
      source: { ...dataset.source, package: 'hoso-test-units', dataset: `hoso-test-units@${version}`, version },
      units: [
        { code: '98', name: 'Tỉnh Thử Nghiệm', kind: 'province', divisionType: 'tỉnh', parentCode: null },
        ...communes.map(([code, name]) => ({ code, name, kind: 'commune' as const, divisionType: 'xã' as const, parentCode: '98' })),
      ],
    });
    afterAll(async () => {
      await sql`DELETE FROM users WHERE id = 'test-admin-units'`;
      await sql`DELETE FROM units WHERE source LIKE 'hoso-test-units@%' AND kind = 'commune'`;
      await sql`DELETE FROM units WHERE source LIKE 'hoso-test-units@%'`;
    });

    it('marks it abolished and keeps it, because users and dossiers may name it', async () => {
      await seedAdministrativeUnits(sql, release('1', [['98001', 'Xã Một'], ['98002', 'Xã Hai']]));
      await sql`INSERT INTO users (id, name, role, unit_code) VALUES ('test-admin-units', 'Thử', 'commune_police', '98002')`;
      await seedAdministrativeUnits(sql, release('2', [['98001', 'Xã Một']]));

      const [dropped] = await sql`SELECT source, valid_to = current_date AS abolished_today FROM units WHERE code = '98002'`;
      expect(dropped).toEqual({ source: 'hoso-test-units@1', abolished_today: true });
      expect((await listUnits(sql, { parentCode: '98', limit: 10 })).map((unit) => unit.code)).toEqual(['98001']);
      expect((await listUnits(sql, { parentCode: '98', includeAbolished: true, limit: 10 })).map((unit) => unit.code)).toEqual([
        '98002',
        '98001',
      ]);
    });
  });
});
