import type { DossierView } from '../../workflows/dossier-view';
import { openThroughApi } from '../support/api-dossiers';
import { noExclusion } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

type Unit = { code: string; name: string; kind: string; parentCode: string | null; validFrom: string | null; validTo: string | null; official: boolean };

/**
 * Issue 16 part 6: the agencies dossiers are sent to are reference data that administrators keep, each with the days
 * it acts, so that a dossier of 2024 (regime `2022`) goes to the district Labour office and the district court, and one
 * of 2026 to the regional court. A database of its own: the agencies added here would show in every other test's pickers.
 */
describeWithStack('agencies, kept by administrators with their validity dates', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso({ ownDatabase: true });
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const codes = async (query: string) => ((await hoso.call('demo-police-x01', 'GET', `/api/v1/units?${query}`)).body as { items: Unit[] }).items.map((unit) => unit.code);
  const labourOffice = {
    code: 'TEST-LD02',
    name: 'Phòng Lao động - Thương binh và Xã hội thị xã Từ Sơn',
    kind: 'reviewer',
    parentCode: 'DEMO-T01',
    validTo: '2025-03-01',
  };
  const districtCourt = { code: 'TEST-TAH02', name: 'Tòa án nhân dân thị xã Từ Sơn', kind: 'court', parentCode: 'DEMO-T01', validTo: '2025-07-01' };

  it('lets an administrator add a district Labour office and a district court, and nobody else', async () => {
    const bySupervisor = await hoso.call('demo-supervisor-t01', 'POST', '/api/v1/units', labourOffice);
    expect(bySupervisor.status).toBe(403);
    expect(bySupervisor.body).toMatchObject({ code: 'role-not-permitted' });
    expect((await hoso.call('demo-police-x01', 'POST', '/api/v1/units', districtCourt)).status).toBe(403);

    const office = await hoso.call('demo-admin', 'POST', '/api/v1/units', labourOffice);
    expect(office.status).toBe(201);
    expect(office.headers.get('location')).toBe('/api/v1/units/TEST-LD02');
    expect(office.body).toEqual({ ...labourOffice, divisionType: null, validFrom: null, official: false });
    const court = await hoso.call('demo-admin', 'POST', '/api/v1/units', districtCourt);
    expect(court.status).toBe(201);

    const [audited] = await hoso.sql<{ action: string; target: string; outcome: string }[]>`
      SELECT action, target, outcome FROM audit_log WHERE action = 'unit.create' AND target = 'TEST-TAH02'`;
    expect(audited).toMatchObject({ action: 'unit.create', target: 'TEST-TAH02' });
  });

  it('refuses a code already taken, an official unit, dates out of order and a code that looks official', async () => {
    const again = await hoso.call('demo-admin', 'POST', '/api/v1/units', { ...labourOffice, code: 'DEMO-TA01' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'unit-exists', title: 'Đã có đơn vị mã DEMO-TA01.' });

    const official = await hoso.call('demo-admin', 'PATCH', '/api/v1/units/01', { name: 'Thủ đô Hà Nội' });
    expect(official.status).toBe(409);
    expect(official.body).toMatchObject({ code: 'official-unit-readonly' });
    expect(official.body.title).toContain('Thành phố Hà Nội');
    expect((await hoso.call('demo-admin', 'PATCH', '/api/v1/units/DEMO-T01', { name: 'Tỉnh khác' })).status).toBe(409);

    const backwards = await hoso.call('demo-admin', 'POST', '/api/v1/units', { ...districtCourt, code: 'TEST-TAH03', validFrom: '2025-07-01', validTo: '2024-01-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ code: 'invalid-data', errors: [{ path: 'validTo' }] });
    // A patch checked against the dates the agency already has: TEST-LD02 ceased on 01/03/2025.
    const afterItEnded = await hoso.call('demo-admin', 'PATCH', '/api/v1/units/TEST-LD02', { validFrom: '2025-06-01' });
    expect(afterItEnded.status).toBe(422);
    expect(afterItEnded.body).toMatchObject({ code: 'invalid-data', errors: [{ path: 'validTo' }] });

    const numeric = await hoso.call('demo-admin', 'POST', '/api/v1/units', { ...districtCourt, code: '12345' });
    expect(numeric.status).toBe(422);
    const notAnAgency = await hoso.call('demo-admin', 'POST', '/api/v1/units', { ...districtCourt, code: 'TEST-X99', kind: 'commune' });
    expect(notAnAgency.status).toBe(422);
    const nowhere = await hoso.call('demo-admin', 'POST', '/api/v1/units', { ...districtCourt, code: 'TEST-TAH04', parentCode: 'DEMO-PC04' });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body).toMatchObject({ errors: [{ path: 'parentCode' }] });
    expect((await hoso.call('demo-admin', 'PATCH', '/api/v1/units/TEST-NONE', { name: 'Không có' })).status).toBe(404);
  });

  it('renames an agency and sets or clears its dates', async () => {
    const renamed = await hoso.call('demo-admin', 'PATCH', '/api/v1/units/TEST-TAH02', { name: 'Tòa án nhân dân thị xã Từ Sơn, tỉnh Bắc Ninh', validFrom: '2022-01-01' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ code: 'TEST-TAH02', name: 'Tòa án nhân dân thị xã Từ Sơn, tỉnh Bắc Ninh', validFrom: '2022-01-01', validTo: '2025-07-01' });
    const cleared = await hoso.call('demo-admin', 'PATCH', '/api/v1/units/TEST-TAH02', { validFrom: null });
    expect(cleared.body).toMatchObject({ validFrom: null, validTo: '2025-07-01' });
    expect((await hoso.call('demo-supervisor-t01', 'PATCH', '/api/v1/units/TEST-TAH02', { validFrom: null })).status).toBe(403);
  });

  it('lists the agencies in force on a day: those of 2024 for a dossier of 2024, the regional court from 1 July 2025', async () => {
    expect(await codes('kind=reviewer&validOn=2024-06-01')).toEqual(expect.arrayContaining(['DEMO-LD01', 'DEMO-PC04', 'TEST-LD02']));
    expect(await codes('kind=reviewer&validOn=2025-03-01')).not.toContain('DEMO-LD01');
    const courtsOf2024 = await codes('kind=court&validOn=2024-06-01');
    expect(courtsOf2024).toEqual(expect.arrayContaining(['DEMO-TAH01', 'TEST-TAH02']));
    expect(courtsOf2024).not.toContain('DEMO-TA01');
    const courtsOf2025 = await codes('kind=court&validOn=2025-07-01');
    expect(courtsOf2025).toContain('DEMO-TA01');
    expect(courtsOf2025).not.toContain('DEMO-TAH01');
    expect((await hoso.call('demo-police-x01', 'GET', '/api/v1/units?validOn=2024-02-30')).status).toBe(422);
  });

  it('runs a dossier detected in 2024 through the district Labour office and the district court, and refuses agencies not in force', async () => {
    const opened = await openThroughApi(hoso, { detectedOn: '2024-03-01' });
    expect(opened.status).toBe(201);
    const { dossierId, regimeId } = opened.body as DossierView;
    expect(regimeId).toBe('2022');
    const act = (userId: string, action: string, body: Record<string, unknown>) => hoso.call(userId, 'POST', `/api/v1/dossiers/${dossierId}/actions/${action}`, body);
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['demo-police-x01', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2024-03-01' }],
      ['demo-health-yt01', 'record-determination', { result: 'addicted', occurredOn: '2024-03-04' }],
      ['demo-police-x01', 'record-violation', { description: 'Sử dụng trái phép chất ma túy', occurredOn: '2024-03-04' }],
      ['demo-police-x01', 'set-temporary-management', { form: 'home', place: 'Gia đình', occurredOn: '2024-03-04' }],
      ['demo-police-x01', 'notify-subject', { guardian: 'Đặng Thị Hoa (mẹ)', occurredOn: '2024-03-05' }],
      ['demo-police-x01', 'record-reading', { occurredOn: '2024-03-06' }],
    ];
    for (const [userId, action, body] of steps) expect([action, (await act(userId, action, body)).status]).toEqual([action, 200]);

    // Today the Labour office is no more (merged on 01/03/2025): a submission dated today cannot go to it.
    const today = await act('demo-police-x01', 'submit', { reviewerUnitCode: 'DEMO-LD01', exclusionCheck: noExclusion });
    expect(today.status).toBe(422);
    expect(today.body).toMatchObject({ code: 'unit-not-in-force', errors: [{ path: 'reviewerUnitCode' }] });
    expect(today.body.title).toContain('Phòng Lao động - Thương binh và Xã hội huyện Tiên Du');
    expect(today.body.title).toContain('01/03/2025');
    const unknown = await act('demo-police-x01', 'submit', { reviewerUnitCode: 'DEMO-TAH01', exclusionCheck: noExclusion, occurredOn: '2024-03-07' });
    expect(unknown.body).toMatchObject({ code: 'unknown-unit' });

    const submitted = await act('demo-police-x01', 'submit', { reviewerUnitCode: 'DEMO-LD01', exclusionCheck: noExclusion, occurredOn: '2024-03-07' });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ step: 'review', units: { reviewer: 'DEMO-LD01' } });

    // The regional court did not exist in 2024.
    const toRegionalCourt = await act('demo-reviewer-ld01', 'approve', { courtUnitCode: 'DEMO-TA01', proposedMonths: 24, occurredOn: '2024-03-08' });
    expect(toRegionalCourt.status).toBe(422);
    expect(toRegionalCourt.body).toMatchObject({ code: 'unit-not-in-force', errors: [{ path: 'courtUnitCode' }] });
    expect(toRegionalCourt.body.title).toContain('01/07/2025');

    const approved = await act('demo-reviewer-ld01', 'approve', { courtUnitCode: 'DEMO-TAH01', proposedMonths: 24, occurredOn: '2024-03-08' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ step: 'court', units: { reviewer: 'DEMO-LD01', court: 'DEMO-TAH01' } });
    expect((await act('demo-clerk-tah01', 'court-accept', { occurredOn: '2024-03-11' })).status).toBe(200);
    const decided = await act('demo-clerk-tah01', 'court-decide', {
      outcome: 'apply',
      months: 24,
      centreUnitCode: 'DEMO-CS01',
      escortUnitCode: 'DEMO-CA01',
      occurredOn: '2024-03-15',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ regimeId: '2022', decision: { outcome: 'apply', months: 24 }, units: { court: 'DEMO-TAH01', centre: 'DEMO-CS01' } });
    expect((await hoso.call('demo-clerk-ta01', 'GET', `/api/v1/dossiers/${dossierId}`)).status).toBe(404);
    expect((await hoso.call('demo-reviewer-pc04', 'GET', `/api/v1/dossiers/${dossierId}`)).status).toBe(404);
  }, 90_000);
});
