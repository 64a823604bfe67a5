import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../api/auth/claims';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { countdownOf } from '../../domain/dossier/countdown';
import { loadCalendarYears } from '../../store/calendar-years';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


/**
 * Synthetic dossiers written straight into the projection, so every figure is known in advance:
 * a district SUP-H01 under the demo province (communes SUP-X01, SUP-X02, court SUP-TA01) with dossiers
 * detected in 2025, one overdue dossier at the demo commune DEMO-X01, and one in another province SUP-T02.
 */
/** The file name of an attachment, as `filename*` (RFC 6266) gives it with its diacritics. */
function fileNameOf(response: Response): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : '';
}

describeWithStack('supervision: the overdue board, figures for an area and period, plan targets', () => {
  let hoso: Hoso;
  const run = randomUUID().slice(0, 8);
  const code = (name: string) => `HS-SUP-${name}-${run}`;
  const ids = { d1: randomUUID(), d2: randomUUID(), d3: randomUUID(), d4: randomUUID(), d5: randomUUID(), d6: randomUUID(), d7: randomUUID() };
  const otherSupervisor: Principal = { userId: 'sup-supervisor-t02', name: 'Giám sát tỉnh khác', role: 'supervisor', unitCode: 'SUP-T02' };

  beforeAll(async () => {
    // A database of its own: the synthetic dossiers below have no workflow state, which screens reading every running
    // dossier in other test files (the calendar preview) must not meet.
    hoso = await startHoso({ ownDatabase: true });
    const { sql } = hoso;
    await sql`
      INSERT INTO units (code, name, kind, parent_code) VALUES
        ('SUP-H01', 'Huyện Giám Sát', 'district', 'DEMO-T01'),
        ('SUP-X01', 'Xã Giám Sát Một', 'commune', 'SUP-H01'),
        ('SUP-X02', 'Xã Giám Sát Hai', 'commune', 'SUP-H01'),
        ('SUP-TA01', 'Tòa án nhân dân khu vực Giám Sát', 'court', 'SUP-H01'),
        ('SUP-T02', 'Tỉnh Khác', 'province', NULL),
        ('SUP-T02-X01', 'Xã Tỉnh Khác', 'commune', 'SUP-T02')
      ON CONFLICT (code) DO NOTHING`;

    const dossier = (id: string, name: string, commune: string, step: string, sex: string, birth: string, detectedOn: string, closure: string | null = null) => ({
      id,
      code: code(name),
      regime_id: '2025',
      step,
      closure,
      commune_code: commune,
      subject_name: `Người ${name}`,
      subject_name_folded: `nguoi ${name.toLowerCase()}`,
      subject_id_number: `0010${Math.floor(Math.random() * 1e8).toString().padStart(8, '0')}`,
      subject_birth: birth,
      subject_sex: sex,
      detected_on: detectedOn,
      opened_at: `${detectedOn}T09:00:00+07:00`,
      version: 1,
      state: sql.json({}),
    });
    await sql`INSERT INTO dossiers ${sql([
      dossier(ids.d1, 'D1', 'SUP-X01', 'court', 'male', '1990-05-01', '2025-03-10'),
      dossier(ids.d2, 'D2', 'SUP-X01', 'review', 'female', '2009-06-01', '2025-04-01'),
      dossier(ids.d3, 'D3', 'SUP-X02', 'closed', 'male', '2000-01-01', '2025-05-05', 'court-did-not-apply'),
      dossier(ids.d4, 'D4', 'SUP-X02', 'serving', 'male', '1980-02-02', '2025-06-06'),
      dossier(ids.d5, 'D5', 'SUP-X01', 'serving', 'male', '1985-02-02', '2024-12-20'),
      dossier(ids.d6, 'D6', 'DEMO-X01', 'commune', 'female', '1995-01-01', '2025-07-01'),
      dossier(ids.d7, 'D7', 'SUP-T02-X01', 'commune', 'male', '1992-01-01', '2025-07-01'),
    ])}`;

    // Each row: [dossier, kind, action, step before, step after, legal date, details].
    const timeline: [string, string, string | null, string, string, string, object?][] = [
      [ids.d1, 'opened', null, 'intake', 'determination', '2025-03-10'],
      [ids.d1, 'action', 'record-determination', 'determination', 'commune', '2025-03-14'],
      [ids.d1, 'action', 'submit', 'commune', 'review', '2025-03-24'],
      [ids.d1, 'action', 'approve', 'review', 'court', '2025-04-03'],
      [ids.d1, 'overdue', null, 'court', 'court', '2025-04-25'],
      [ids.d2, 'opened', null, 'intake', 'determination', '2025-04-01'],
      [ids.d2, 'action', 'record-determination', 'determination', 'commune', '2025-04-07'],
      [ids.d2, 'action', 'submit', 'commune', 'review', '2025-04-17'],
      [ids.d2, 'action', 'return-for-supplementation', 'review', 'commune', '2025-04-20'],
      [ids.d2, 'action', 'submit', 'commune', 'review', '2025-04-30'],
      [ids.d3, 'opened', null, 'intake', 'determination', '2025-05-05'],
      [ids.d3, 'action', 'record-determination', 'determination', 'commune', '2025-05-07'],
      [ids.d3, 'action', 'submit', 'commune', 'review', '2025-05-27'],
      [ids.d3, 'action', 'approve', 'review', 'court', '2025-06-02'],
      [ids.d3, 'action', 'court-return', 'court', 'commune', '2025-06-10'],
      [ids.d3, 'action', 'submit', 'commune', 'review', '2025-06-20'],
      [ids.d3, 'action', 'approve', 'review', 'court', '2025-06-25'],
      [ids.d3, 'action', 'court-decide', 'court', 'closed', '2025-07-15', { outcome: 'not-apply' }],
      [ids.d4, 'opened', null, 'intake', 'determination', '2025-06-06'],
      [ids.d4, 'action', 'record-determination', 'determination', 'commune', '2025-06-10'],
      [ids.d4, 'action', 'submit', 'commune', 'review', '2025-06-20'],
      [ids.d4, 'action', 'approve', 'review', 'court', '2025-06-30'],
      [ids.d4, 'action', 'court-decide', 'court', 'complaint-window', '2025-07-20', { outcome: 'apply', months: 24 }],
      [ids.d4, 'deadline-expired', null, 'complaint-window', 'execution', '2025-08-01'],
      [ids.d4, 'action', 'escort', 'execution', 'admission', '2025-08-05'],
      [ids.d4, 'action', 'admit', 'admission', 'serving', '2025-08-06'],
      [ids.d5, 'opened', null, 'intake', 'determination', '2024-12-20'],
      [ids.d5, 'action', 'escort', 'execution', 'admission', '2024-12-30'],
      [ids.d5, 'action', 'admit', 'admission', 'serving', '2025-02-01'],
    ];
    const seqOf = new Map<string, number>();
    const events = timeline.map(([dossierId, kind, action, stepBefore, stepAfter, occurredOn, details = {}]) => {
      const seq = (seqOf.get(dossierId) ?? 0) + 1;
      seqOf.set(dossierId, seq);
      return {
        dossier_id: dossierId,
        seq,
        kind,
        action,
        step_before: stepBefore,
        step_after: stepAfter,
        occurred_on: occurredOn,
        recorded_at: `${occurredOn}T10:00:00+07:00`,
        details: sql.json(details as never),
      };
    });
    await sql`INSERT INTO dossier_events ${sql(events)}`;

    // Past due by 3 days 4½ hours, by 1 day and by 2 days; one not yet due.
    await sql`
      INSERT INTO dossier_waits (dossier_id, deadline_id, role, unit_code, commune_code, step, due_at) VALUES
        (${ids.d1}, 'court.decide', 'court_clerk', 'SUP-TA01', 'SUP-X01', 'court', now() - interval '3 days 4 hours 30 minutes'),
        (${ids.d1}, 'court.accept', 'court_clerk', 'SUP-TA01', 'SUP-X01', 'court', now() + interval '2 days'),
        (${ids.d2}, 'review.legality-check', 'reviewer', 'DEMO-PC04', 'SUP-X01', 'review', now() - interval '1 day 30 minutes'),
        (${ids.d6}, 'commune.compile-dossier', 'commune_police', 'DEMO-X01', 'DEMO-X01', 'commune', now() - interval '2 days 30 minutes'),
        (${ids.d7}, 'commune.compile-dossier', 'commune_police', 'SUP-T02-X01', 'SUP-T02-X01', 'commune', now() - interval '5 days')`;
  }, 120_000);

  afterAll(async () => {
    await hoso?.stop();
  });

  const codesOf = (body: { items: { code: string }[] }) => body.items.map((item) => item.code);

  describe('GET /api/v1/overdue', () => {
    it('lists the most overdue first, with the unit that must act and how late it is', async () => {
      const board = await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/overdue?unit=SUP-H01');
      expect(board.status).toBe(200);
      expect(codesOf(board.body)).toEqual([code('D1'), code('D2')]);
      const [first, second] = board.body.items;
      expect(first).toMatchObject({
        dossierId: ids.d1,
        step: 'court',
        stepTitle: 'Tòa án xem xét, quyết định',
        deadlineId: 'court.decide',
        unit: { code: 'SUP-TA01', name: 'Tòa án nhân dân khu vực Giám Sát' },
        commune: { code: 'SUP-X01', name: 'Xã Giám Sát Một' },
        overdueBy: { days: 3, hours: 4, text: 'quá hạn 3 ngày 4 giờ' },
      });
      expect(second).toMatchObject({ unit: { code: 'DEMO-PC04' }, overdueBy: { days: 1, hours: 0, text: 'quá hạn 1 ngày' } });
      // Also in working days, as the dossier page counts them.
      const calendar = new WorkingCalendar(await loadCalendarYears(hoso.sql));
      for (const item of [first, second]) {
        expect(item.overdueWorkingDays).toBe(countdownOf(calendar, civilDateAt(new Date(item.dueAt)), civilDateAt(new Date())).overdueWorkingDays ?? 0);
      }
      expect(Date.parse(first.dueAt)).toBeLessThan(Date.parse(second.dueAt));
      // Supervision needs the dossier code, not who the dossier is about.
      expect(JSON.stringify(board.body)).not.toContain('Người D1');
    });

    it('pages by keyset without repeating or skipping', async () => {
      const first = await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/overdue?unit=SUP-H01&limit=1');
      expect(codesOf(first.body)).toEqual([code('D1')]);
      const second = await hoso.call('demo-supervisor-t01', 'GET', `/api/v1/overdue?unit=SUP-H01&limit=1&cursor=${first.body.nextCursor}`);
      expect(codesOf(second.body)).toEqual([code('D2')]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('filters by step', async () => {
      const board = await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/overdue?unit=SUP-H01&step=review');
      expect(codesOf(board.body)).toEqual([code('D2')]);
    });

    it('shows commune police only what their own unit must do', async () => {
      const x01 = await hoso.call('demo-police-x01', 'GET', '/api/v1/overdue?limit=100');
      expect(x01.status).toBe(200);
      expect(codesOf(x01.body)).toContain(code('D6'));
      expect(x01.body.items.every((item: { unit: { code: string } }) => item.unit.code === 'DEMO-X01')).toBe(true);
      const x02 = await hoso.call('demo-police-x02', 'GET', '/api/v1/overdue?limit=100');
      expect(codesOf(x02.body)).not.toContain(code('D6'));
      const asked = await hoso.call('demo-police-x01', 'GET', '/api/v1/overdue?unit=SUP-X01');
      expect(asked.status).toBe(403);
    });

    it("shows a supervisor their own province's area and nothing of another province", async () => {
      const own = await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/overdue?limit=100');
      expect(codesOf(own.body)).toEqual(expect.arrayContaining([code('D1'), code('D2'), code('D6')]));
      expect(codesOf(own.body)).not.toContain(code('D7'));
      const other = await hoso.call(otherSupervisor, 'GET', '/api/v1/overdue?limit=100');
      expect(codesOf(other.body)).toEqual([code('D7')]);
      const outside = await hoso.call(otherSupervisor, 'GET', '/api/v1/overdue?unit=SUP-H01');
      expect(outside.status).toBe(403);
      expect(outside.body.code).toBe('unit-out-of-area');
    });

    it('is not for administrators, who keep reference data', async () => {
      expect((await hoso.call('demo-admin', 'GET', '/api/v1/overdue')).status).toBe(403);
    });

    it('exports the board as CSV with a byte order mark and Vietnamese headers', async () => {
      const response = await fetch(`${hoso.baseUrl}/api/v1/overdue?unit=SUP-H01&format=csv`, {
        headers: { authorization: `Bearer ${await hoso.tokenOf('demo-supervisor-t01')}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(fileNameOf(response)).toMatch(/^Hồ sơ quá hạn \d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe('Mã hồ sơ,Bước,Việc phải làm,Mã đơn vị phải xử lý,Đơn vị phải xử lý,Xã,Hạn xử lý,Số ngày làm việc quá hạn,Số ngày quá hạn,Quá hạn');
      expect(lines).toHaveLength(3);
      expect(lines[1]?.startsWith(`${code('D1')},"Tòa án xem xét, quyết định",Mở phiên họp và ra quyết định,`)).toBe(true);
      expect(lines[1]).toMatch(/,SUP-TA01,Tòa án nhân dân khu vực Giám Sát,Xã Giám Sát Một,\d{4}-\d{2}-\d{2} \d{2}:\d{2},\d+,3,quá hạn 3 ngày 4 giờ$/);
      expect(lines[2]).toMatch(new RegExp(`^${code('D2')},`));
    });

    it('exports the board as an Excel workbook: dates as dates, numbers as numbers, a frozen header', async () => {
      const response = await fetch(`${hoso.baseUrl}/api/v1/overdue?unit=SUP-H01&format=xlsx`, {
        headers: { authorization: `Bearer ${await hoso.tokenOf('demo-supervisor-t01')}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(fileNameOf(response)).toMatch(/^Hồ sơ quá hạn \d{4}-\d{2}-\d{2}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'Mã hồ sơ', 'Bước', 'Việc phải làm', 'Mã đơn vị phải xử lý', 'Đơn vị phải xử lý', 'Xã', 'Hạn xử lý', 'Số ngày làm việc quá hạn', 'Số ngày quá hạn', 'Quá hạn']);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(3);
      const first = sheet.getRow(2);
      expect(first.getCell(1).value).toBe(code('D1'));
      expect(first.getCell(7).value).toBeInstanceOf(Date);
      expect(first.getCell(7).numFmt).toBe('dd/mm/yyyy hh:mm');
      expect(typeof first.getCell(8).value).toBe('number');
      expect(first.getCell(9).value).toBe(3);
    });
  });

  describe('GET /api/v1/stats and plan targets', () => {
    const year2025 = '/api/v1/stats?unit=SUP-H01&from=2025-01-01&to=2025-12-31';

    it('counts what happened in the area in the period', async () => {
      const stats = await hoso.call('demo-supervisor-t01', 'GET', year2025);
      expect(stats.status).toBe(200);
      expect(stats.body).toMatchObject({
        unit: { code: 'SUP-H01', name: 'Huyện Giám Sát' },
        period: { from: '2025-01-01', to: '2025-12-31' },
        // D5 was detected in 2024: admitted in 2025, but not opened in it.
        opened: 4,
        openedBySex: { male: 3, female: 1 },
        openedByAgeGroup: { '12-17': 1, '18-29': 1, '30-39': 1, '40+': 1 },
        admitted: 2,
        returned: { total: 2, byReviewer: 1, byCourt: 1 },
        courtDidNotApply: 1,
        overdue: { inPeriod: 1, now: 2 },
      });
      expect(stats.body.openedBySexAndAgeGroup).toEqual(
        expect.arrayContaining([
          { sex: 'female', ageGroup: '12-17', count: 1 },
          { sex: 'male', ageGroup: '40+', count: 1 },
          { sex: 'female', ageGroup: '40+', count: 0 },
        ]),
      );
      expect(stats.body.atStep).toEqual([
        { step: 'review', stepTitle: 'Xem xét, kiểm tra tính pháp lý và đề nghị Tòa án', count: 1 },
        { step: 'court', stepTitle: 'Tòa án xem xét, quyết định', count: 1 },
        { step: 'serving', stepTitle: 'Chấp hành biện pháp', count: 2 },
      ]);
    });

    it('gives the median days spent in each step, over the steps left in the period', async () => {
      const stats = await hoso.call('demo-supervisor-t01', 'GET', year2025);
      const medians = Object.fromEntries(
        stats.body.stepDurations.map((row: { step: string; completed: number; medianDays: number }) => [row.step, [row.completed, row.medianDays]]),
      );
      expect(medians).toEqual({
        determination: [4, 4],
        commune: [6, 10],
        review: [5, 6],
        court: [3, 20],
        'complaint-window': [1, 12],
        execution: [1, 4],
        // 1 day for D4, 33 for D5 (escorted in 2024): the lower middle of an even count.
        admission: [2, 1],
      });
    });

    it('lets the province’s supervisor and an administrator enter the plan targets, and shows them against what happened', async () => {
      const outsideArea = await hoso.call(otherSupervisor, 'PUT', '/api/v1/plan-targets/SUP-H01/2025', { targets: { opened: 9 } });
      expect(outsideArea.status).toBe(403);
      const bySupervisor = await hoso.call('demo-supervisor-t01', 'PUT', '/api/v1/plan-targets/SUP-H01/2025', { targets: { opened: 7 } });
      expect(bySupervisor.status).toBe(200);
      expect(bySupervisor.body.items).toEqual([expect.objectContaining({ metric: 'opened', target: 7, updatedBy: 'demo-supervisor-t01' })]);
      const saved = await hoso.call('demo-admin', 'PUT', '/api/v1/plan-targets/SUP-H01/2025', {
        targets: { opened: 8, admitted: 4 },
        note: 'Kế hoạch số 12/KH-UBND năm 2025',
      });
      expect(saved.status).toBe(200);
      expect(saved.body.items).toHaveLength(2);

      const listed = await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/plan-targets?unit=SUP-H01&year=2025');
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ unit: { code: 'SUP-H01', name: 'Huyện Giám Sát' }, metric: 'admitted', target: 4, updatedBy: 'demo-admin' }),
        expect.objectContaining({ metric: 'opened', target: 8, note: 'Kế hoạch số 12/KH-UBND năm 2025' }),
      ]);

      const stats = await hoso.call('demo-supervisor-t01', 'GET', year2025);
      expect(stats.body.plan).toEqual([
        expect.objectContaining({ year: 2025, metric: 'opened', target: 8, actual: 4, percent: 50 }),
        expect.objectContaining({ year: 2025, metric: 'admitted', target: 4, actual: 2, percent: 50 }),
      ]);
    });

    it('refuses a plan for an unknown unit and a negative target', async () => {
      expect((await hoso.call('demo-admin', 'PUT', '/api/v1/plan-targets/SUP-NONE/2025', { targets: { opened: 1 } })).status).toBe(404);
      expect((await hoso.call('demo-admin', 'PUT', '/api/v1/plan-targets/SUP-H01/2025', { targets: { opened: -1 } })).status).toBe(422);
    });

    it('keeps supervisors to their area', async () => {
      const outside = await hoso.call(otherSupervisor, 'GET', year2025);
      expect(outside.status).toBe(403);
      expect((await hoso.call(otherSupervisor, 'GET', '/api/v1/plan-targets?unit=SUP-H01')).status).toBe(403);
      expect((await hoso.call('demo-police-x01', 'GET', year2025)).status).toBe(403);
    });

    it('refuses a period given both by name and by dates', async () => {
      const response = await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/stats?period=6m&from=2025-01-01&to=2025-02-01');
      expect(response.status).toBe(422);
    });

    it('exports the figures as CSV when asked with Accept: text/csv', async () => {
      const response = await fetch(`${hoso.baseUrl}${year2025}`, {
        headers: { authorization: `Bearer ${await hoso.tokenOf('demo-supervisor-t01')}`, accept: 'text/csv' },
      });
      expect(response.status).toBe(200);
      expect(fileNameOf(response)).toBe('Thống kê Huyện Giám Sát 2025-01-01 2025-12-31.csv');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe('Đơn vị,Từ ngày,Đến ngày,Chỉ số,Phân loại,Giá trị');
      const prefix = 'Huyện Giám Sát,2025-01-01,2025-12-31,';
      expect(lines).toEqual(
        expect.arrayContaining([
          `${prefix}Hồ sơ đề nghị được lập (theo ngày phát hiện),Tổng số,4`,
          `${prefix}Hồ sơ đề nghị được lập (theo ngày phát hiện),Từ đủ 12 đến dưới 18 tuổi,1`,
          `${prefix}Tòa án quyết định không áp dụng biện pháp,Tổng số,1`,
          `${prefix}Trả hồ sơ để bổ sung,Tòa án trả,1`,
          `${prefix}Hồ sơ đang ở bước (hiện tại),"Tòa án xem xét, quyết định",1`,
        ]),
      );
    });
  });
});
