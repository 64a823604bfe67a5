import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { loadCalendarYears } from '../../store/calendar-years';
import { capturedOnFailure, contextAt, signInAs } from '../support/browser';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { consoleUnderTest, shot, SHOTS } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON = 'Lương Văn Quá Hạn';
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/**
 * A dossier whose health facility's deadline ran out in November 2026 (events are dated back, as an officer records
 * what happened before): the supervisor's board and figures show it, and an administrator who makes its last day a
 * day off sees the deadline the dossier page shows move. The stack has a database of its own: a calendar change in
 * the shared one would reach the dossiers of the test files running beside this one.
 */
describeWithStack('the console: an overdue dossier, seen by the supervisor and moved by a calendar change', () => {
  const stack = consoleUnderTest({ ownDatabase: true });
  let dossierId: string;
  let code: string;

  beforeAll(async () => {
    const opened = await openThroughApi(stack.hoso, { fullName: PERSON, idNumber: uniqueIdNumber(), detectedOn: '2026-11-02' });
    dossierId = (opened.body as { dossierId: string }).dossierId;
    code = (opened.body as { code: string }).code;
    await actThroughApi(stack.hoso, dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2026-11-03' }]]);
    // The timer of a deadline already past fires at once; the board reads the projection it leaves.
    for (let attempt = 0; ; attempt++) {
      const { body } = await stack.hoso.call('demo-supervisor-t01', 'GET', '/api/v1/overdue');
      if ((body as { items: Array<{ dossierId: string }> }).items.some((item) => item.dossierId === dossierId)) break;
      if (attempt > 150) throw new Error('the dossier never showed as overdue');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  it('is on the supervisor’s overdue board, and counted overdue in the figures', async () => {
    const page = await (await contextAt(stack.browser, 'desktop')).newPage();
    await capturedOnFailure(page, SHOTS, 'failed-supervisor-overdue', async () => {
      await signInAs(page, stack.hoso.baseUrl, 'Ngô Văn Bình');
      await page.getByRole('link', { name: 'Giám sát', exact: true }).click();
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: code }) });
      await item.getByText(/^quá hạn \d+ ngày/).waitFor();
      await shot(page, 'supervisor-overdue-board', 'desktop');

      await page.getByRole('tab', { name: 'Thống kê' }).click();
      const overdueNow = page.locator('.ant-statistic').filter({ hasText: 'Đang quá hạn' });
      await overdueNow.locator('.ant-statistic-content-value').filter({ hasText: /^1$/ }).waitFor();
      // The chart of open dossiers by step counts it at the health facility's step.
      await page.getByRole('img', { name: /^Hồ sơ chưa kết thúc, theo bước: Xác định tình trạng nghiện 1$/ }).waitFor();
      await shot(page, 'supervisor-statistics', 'desktop');
    });
  }, 120_000);

  it('moves the deadline the dossier page shows when an administrator makes its last day a day off', async () => {
    const read = async () => (await stack.hoso.call('demo-health-yt01', 'GET', `/api/v1/dossiers/${dossierId}`)).body as { deadlines: Array<{ dueOn: string; description: string }> };
    const [before] = (await read()).deadlines;
    if (!before) throw new Error('no running deadline');

    const admin = await (await contextAt(stack.browser, 'desktop')).newPage();
    await capturedOnFailure(admin, SHOTS, 'failed-calendar-change', async () => {
      await signInAs(admin, stack.hoso.baseUrl, 'Quản trị hệ thống');
      await admin.getByRole('link', { name: 'Quản trị', exact: true }).click();
      const daysOff = admin.locator('fieldset').filter({ hasText: 'Ngày nghỉ lễ, Tết' }).first();
      await daysOff.getByRole('button', { name: 'Thêm dòng' }).click();
      const row = daysOff.locator('.form-row').last();
      const date = row.getByLabel('Ngày', { exact: true });
      await date.click();
      await date.fill(ddmmyyyy(before.dueOn));
      await date.press('Enter');
      await row.getByLabel('Tên ngày nghỉ hoặc lý do làm bù', { exact: true }).fill('Nghỉ đột xuất');
      await admin.getByRole('button', { name: 'Xem trước và lưu' }).click();
      // Before saving, the editor says what the change would move.
      const confirm = admin.getByRole('dialog').filter({ hasText: 'Lưu lịch năm 2026?' });
      await confirm.getByText('Thay đổi này dời 1 thời hạn đang chạy của 1 hồ sơ.', { exact: false }).waitFor();
      await shot(admin, 'calendar-preview', 'desktop');
      await confirm.getByRole('button', { name: 'Lưu' }).click();
      await admin.getByText('Đã lưu. 1 hồ sơ đang chạy đã nhận lịch mới.').waitFor();
    });

    // The deadline ends one working day later, as the domain's calendar counts with the new day off.
    const expected = new WorkingCalendar(await loadCalendarYears(stack.hoso.sql)).addWorkingDays(before.dueOn, 1);
    const health = await (await contextAt(stack.browser, 'desktop')).newPage();
    await capturedOnFailure(health, SHOTS, 'failed-calendar-moved', async () => {
      await signInAs(health, stack.hoso.baseUrl, 'Phạm Thị Lan');
      await health.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
      const deadlines = health.locator('.deadlines');
      // The workflow recomputes on the signal, then its projection lands: read the page again until it shows.
      for (let attempt = 0; !(await deadlines.getByText(ddmmyyyy(expected)).count()); attempt++) {
        if (attempt > 30) throw new Error(`the dossier page never showed ${ddmmyyyy(expected)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
        await health.reload();
        await deadlines.waitFor();
      }
      expect(await deadlines.getByText(ddmmyyyy(before.dueOn)).count()).toBe(0);
      await shot(health, 'calendar-moved-deadline', 'desktop');
    });
  }, 180_000);
});
