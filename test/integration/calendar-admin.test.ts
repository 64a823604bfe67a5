import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


describeWithStack('the working-day calendar, kept by administrators without a deploy', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  // A far year, so that no other test's deadlines run through it.
  const year2099 = {
    daysOff: [
      { date: '2099-01-01', name: 'Tết Dương lịch' },
      { date: '2099-01-21', name: 'Tết Nguyên đán' },
    ],
    workingWeekendDays: [],
    source: 'Thông báo của Bộ Nội vụ (thử nghiệm)',
  };

  it('lets an administrator publish a year, and tells open dossiers', async () => {
    const opened = await hoso.call('demo-police-x01', 'POST', '/api/v1/dossiers', {
      subject: { fullName: 'Hồ Văn Lực', dateOfBirth: '1991-04-04', sex: 'male', idNumber: '001091000003', residence: 'Xã Tiên Du', hasStableResidence: true },
      trigger: 'art32-b',
      priorPlacements: 0,
      detectedOn: '2026-11-20',
    });
    expect(opened.status).toBe(201);
    for (let attempt = 0; attempt < 50; attempt++) {
      const [row] = await hoso.sql`SELECT 1 FROM dossiers WHERE id = ${opened.body.dossierId}`;
      if (row) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const saved = await hoso.call('demo-admin', 'PUT', '/api/v1/admin/calendar/2099', year2099);
    expect(saved.status).toBe(200);
    expect(saved.body.dossiersNotified).toBeGreaterThanOrEqual(1);
    const listed = await hoso.call('demo-police-x01', 'GET', '/api/v1/admin/calendar');
    expect(listed.body.years.map((year: { year: number }) => year.year)).toEqual(expect.arrayContaining([2025, 2026, 2099]));
    expect(listed.body.version).toBe(saved.body.version);
  });

  it('refuses anyone but an administrator', async () => {
    const refused = await hoso.call('demo-supervisor-t01', 'PUT', '/api/v1/admin/calendar/2099', year2099);
    expect(refused.status).toBe(403);
  });

  it('ships 24/11/2026 as a provisional day, not applied', async () => {
    const listed = await hoso.call('demo-police-x01', 'GET', '/api/v1/admin/calendar');
    const year2026 = listed.body.years.find((year: { year: number }) => year.year === 2026);
    expect(year2026.daysOff).toContainEqual(expect.objectContaining({ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', status: 'provisional' }));
  });

  describe('confirming a provisional day', () => {
    // 24/11/2099, a Tuesday, in the far year: confirming it moves no other test's deadline.
    const confirmPath = '/api/v1/admin/calendar/2099/days/2099-11-24/confirm';
    const confirmation = { instrument: 'Luật số 99/2099/QH99 sửa đổi Bộ luật Lao động (thử nghiệm)', reference: 'https://vbpl.vn/thu-nghiem' };

    beforeAll(async () => {
      const saved = await hoso.call('demo-admin', 'PUT', '/api/v1/admin/calendar/2099', {
        ...year2099,
        daysOff: [...year2099.daysOff, { date: '2099-11-24', name: 'Ngày Văn hóa Việt Nam', status: 'provisional', source: 'Nghị quyết (thử nghiệm)' }],
      });
      expect(saved.status).toBe(200);
    });

    it('requires the instrument and where it is published', async () => {
      const refused = await hoso.call('demo-admin', 'POST', confirmPath, { instrument: confirmation.instrument });
      expect(refused.status).toBe(422);
    });

    it('refuses anyone but an administrator', async () => {
      const refused = await hoso.call('demo-supervisor-t01', 'POST', confirmPath, confirmation);
      expect(refused.status).toBe(403);
    });

    it('refuses a day that is not provisional', async () => {
      const refused = await hoso.call('demo-admin', 'POST', '/api/v1/admin/calendar/2099/days/2099-01-01/confirm', confirmation);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('provisional-day-not-found');
    });

    it('applies the day with its source, tells open dossiers, and is audited', async () => {
      const before = await hoso.call('demo-admin', 'GET', '/api/v1/admin/calendar');
      const confirmed = await hoso.call('demo-admin', 'POST', confirmPath, confirmation);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.year.daysOff).toContainEqual({
        date: '2099-11-24',
        name: 'Ngày Văn hóa Việt Nam',
        status: 'published',
        source: `${confirmation.instrument} — ${confirmation.reference}`,
      });
      expect(confirmed.body.version).not.toBe(before.body.version);
      expect(confirmed.body.dossiersNotified).toBeGreaterThanOrEqual(0);
      type Audited = { userId: string; target: string; httpStatus: number };
      let audited: Audited[] = [];
      for (let attempt = 0; attempt < 50 && !audited.length; attempt++) {
        audited = [...(await hoso.sql<Audited[]>`SELECT user_id AS "userId", target, http_status AS "httpStatus" FROM audit_log WHERE action = 'calendar.confirm' AND target = '2099-11-24' AND http_status = 200`)];
        if (!audited.length) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(audited).toEqual([{ userId: 'demo-admin', target: '2099-11-24', httpStatus: 200 }]);
    });
  });

  it('refuses a year whose dates are not in it, naming the problem', async () => {
    const refused = await hoso.call('demo-admin', 'PUT', '/api/v1/admin/calendar/2028', year2099);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('invalid-calendar');
  });
});
