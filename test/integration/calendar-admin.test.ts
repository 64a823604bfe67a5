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

  it('refuses a year whose dates are not in it, naming the problem', async () => {
    const refused = await hoso.call('demo-admin', 'PUT', '/api/v1/admin/calendar/2028', year2099);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('invalid-calendar');
  });
});
