import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sql } from 'postgres';
import { z } from 'zod';
import { foldVietnamese } from '../domain/text/fold';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const AdministrativeUnit = z.object({
  code: z.string().regex(/^\d{2}(\d|\d{3})?$/).describe('Official code: 2 digits (province), 3 (district), 5 (commune)'),
  name: z.string().min(1).describe('Official name with its level, NFC: "Thành phố Hà Nội", "Phường Ba Đình"'),
  kind: z.enum(['province', 'district', 'commune']),
  divisionType: z.enum(['tỉnh', 'thành phố trung ương', 'xã', 'phường', 'đặc khu', 'huyện', 'quận', 'thị xã', 'thành phố']),
  parentCode: z.string().nullable(),
  validTo: isoDate.optional().describe('Set for units abolished by the 2025 arrangement (the districts)'),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnit>;

/** The checked-in file db/reference/admin-units-2025.json, written by scripts/seed/admin-units/refresh.ts. */
export const AdministrativeUnitsDataset = z.object({
  source: z.object({
    dataset: z.string().describe('What units.source records, e.g. vietnam-provinces@2026.9.0'),
    package: z.string(),
    version: z.string(),
    dataVersion: z.string().describe('The day the package author retrieved the list from the GSO'),
    url: z.string().url(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    licence: z.string(),
    upstream: z.string().url(),
    generatedBy: z.string(),
  }),
  effectiveFrom: isoDate.describe('The day the two-level structure took effect (Nghị quyết 202/2025/QH15)'),
  units: z.array(AdministrativeUnit),
});
export type AdministrativeUnitsDataset = z.infer<typeof AdministrativeUnitsDataset>;

export const administrativeUnitsFile = path.join(__dirname, '..', 'db', 'reference', 'admin-units-2025.json');

export function readAdministrativeUnits(file = administrativeUnitsFile): AdministrativeUnitsDataset {
  return AdministrativeUnitsDataset.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const BATCH_SIZE = 1000;

/**
 * Upserts the official provinces, communes and abolished districts. Does nothing when this dataset version
 * is already in, so the test harness may call it for every test file. Units that an earlier version wrote
 * and this one no longer lists are marked abolished today, never deleted: users, plans and dossiers may
 * name them.
 */
export async function seedAdministrativeUnits(sql: Sql, dataset = readAdministrativeUnits()): Promise<void> {
  const source = dataset.source.dataset;
  const family = `${dataset.source.package}@%`;
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(7461005)`;
    const [seeded] = await tx<{ count: number }[]>`SELECT count(*)::int AS count FROM units WHERE source = ${source}`;
    if (seeded?.count === dataset.units.length) return;

    // Parents first: provinces are listed before the units under them.
    const rows = dataset.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parent_code: unit.parentCode,
      division_type: unit.divisionType,
      source,
      valid_from: unit.validTo ? null : dataset.effectiveFrom,
      valid_to: unit.validTo ?? null,
    }));
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      await tx`
        INSERT INTO units ${tx(rows.slice(start, start + BATCH_SIZE), 'code', 'name', 'kind', 'parent_code', 'division_type', 'source', 'valid_from', 'valid_to')}
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code,
          division_type = excluded.division_type, source = excluded.source, valid_from = excluded.valid_from, valid_to = excluded.valid_to`;
    }
    await tx`UPDATE units SET valid_to = current_date WHERE source LIKE ${family} AND source <> ${source} AND valid_to IS NULL`;
  });
}

export interface UnitListing {
  code: string;
  name: string;
  kind: string;
  divisionType: string | null;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** From the official dataset (`source` set): not edited through the API. */
  official: boolean;
}

export interface UnitQuery {
  parentCode?: string;
  kind?: string;
  /** Part of the name, with or without diacritics: "ha noi" finds "Thành phố Hà Nội". */
  q?: string;
  /** Also list units abolished before today (the districts of the 2022 regime). */
  includeAbolished?: boolean;
  /** Only the units in force on this day (YYYY-MM-DD): begun by then, and not yet ceased. Overrides `includeAbolished`. */
  validOn?: string;
  limit: number;
}

/** Units for pickers and lookups, not abolished before today unless asked otherwise, in name order. */
export async function listUnits(sql: Sql, query: UnitQuery): Promise<UnitListing[]> {
  const pattern = query.q === undefined ? undefined : `%${foldVietnamese(query.q.trim()).replace(/[\\%_]/g, '\\$&')}%`;
  return sql<UnitListing[]>`
    SELECT ${unitColumns(sql)}
    FROM units
    WHERE true
      ${query.parentCode === undefined ? sql`` : sql`AND parent_code = ${query.parentCode}`}
      ${query.kind === undefined ? sql`` : sql`AND kind = ${query.kind}`}
      ${pattern === undefined ? sql`` : sql`AND name_folded LIKE ${pattern}`}
      ${
        query.validOn !== undefined
          ? sql`AND (valid_from IS NULL OR valid_from <= ${query.validOn}::date) AND (valid_to IS NULL OR valid_to > ${query.validOn}::date)`
          : query.includeAbolished
            ? sql``
            : sql`AND (valid_to IS NULL OR valid_to > current_date)`
      }
    ORDER BY name_folded, code
    LIMIT ${query.limit}`;
}

/** The columns of a `UnitListing`, for every query that answers one. */
export const unitColumns = (sql: Sql) => sql`
  code, name, kind, division_type AS "divisionType", parent_code AS "parentCode",
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", source IS NOT NULL AS official`;
