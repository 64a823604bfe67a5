import path from 'node:path';
import type { Page } from 'playwright-core';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { activeDeadlines } from '../../domain/dossier/deadlines';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import { loadCalendarYears } from '../../store/calendar-years';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { capturedOnFailure, contextAt, signInAs, viewports } from '../support/browser';
import { consoleUnderTest, shot, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON = 'Đinh Văn Lịch';
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

interface RunningDeadline {
  id: string;
  dueOn: string;
}

/**
 * Issue 12, the calendar editor: a dossier opened today at the commune has five working days to be compiled. An
 * administrator makes the next working day a day off in the console, is told before saving that this moves one
 * running deadline, and saves; the commune police then see on the dossier page the due date the domain's calendar
 * computes with that day off. The day is chosen from today, so the test holds on any date, in any year (a year no
 * one has saved yet starts in the editor from the statutory schedule). The stack has a database of its own: the
 * change does not reach the dossiers of the test files running beside this one.
 */
describeWithStack('the console: an administrator’s calendar change moves the deadline the dossier page shows', () => {
  const stack = consoleUnderTest({ ownDatabase: true });
  let dossierId: string;
  /** The working-day deadline that runs at the commune, as the API gave it before the change. */
  let before: RunningDeadline;
  /** The working day made a day off: the first after the deadline's anchor, today, so well before its end. */
  let dayOff: string;

  const deadlinesOf = async (): Promise<RunningDeadline[]> =>
    ((await stack.hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`)).body as { deadlines: RunningDeadline[] }).deadlines;
  const stateOf = async (): Promise<DossierState> => (await stack.hoso.sql<{ state: DossierState }[]>`SELECT state FROM dossiers WHERE id = ${dossierId}`)[0]!.state;

  beforeAll(async () => {
    const today = civilDateAt(new Date());
    const opened = await openThroughApi(stack.hoso, { fullName: PERSON, idNumber: uniqueIdNumber(), detectedOn: today });
    dossierId = (opened.body as { dossierId: string }).dossierId;
    const view = await actThroughApi(stack.hoso, dossierId, [
      ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
      ['health_facility', 'record-determination', { result: 'addicted' }],
    ]);
    expect(view.step).toBe('commune');
    // The one deadline running at the commune: compiling the dossier, five working days from its detection.
    const running = view.deadlines;
    expect(running.map((deadline) => deadline.id)).toEqual(['commune.compile-dossier']);
    before = running[0]!;
    const calendar = new WorkingCalendar(await loadCalendarYears(stack.hoso.sql));
    dayOff = calendar.addWorkingDays(today, 1);
    expect(dayOff < before.dueOn).toBe(true);
  }, 120_000);

  const openDossier = async (page: Page) => {
    await signInAs(page, stack.hoso.baseUrl, 'Trần Văn Hùng');
    await page.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
    await page.getByRole('heading', { name: PERSON, level: 1 }).waitFor();
    return page.locator('.deadlines li').filter({ hasText: 'Lập hồ sơ đề nghị' });
  };

  it('shows the deadline the calendar gives before the change, then the one it gives after', async () => {
    const police = await (await contextAt(stack.browser, 'phone')).newPage();
    await capturedOnFailure(police, SHOTS, 'failed-calendar-before', async () => {
      const deadline = await openDossier(police);
      await deadline.locator('time').filter({ hasText: ddmmyyyy(before.dueOn) }).waitFor();
      await shot(police, 'calendar-deadline-before', 'phone');
    });
    await police.context().close();

    const admin = await (await contextAt(stack.browser, 'desktop')).newPage();
    await capturedOnFailure(admin, SHOTS, 'failed-calendar-editor', async () => {
      await signInAs(admin, stack.hoso.baseUrl, 'Quản trị hệ thống');
      await admin.getByRole('link', { name: 'Quản trị', exact: true }).click();
      await chooseYear(admin, dayOff.slice(0, 4));
      const daysOff = admin.locator('fieldset').filter({ has: admin.locator('legend', { hasText: 'Ngày nghỉ lễ, Tết' }) });
      await daysOff.getByRole('button', { name: 'Thêm dòng' }).click();
      const row = daysOff.locator('.form-row').last();
      const date = row.getByLabel('Ngày', { exact: true });
      await date.click();
      await date.fill(ddmmyyyy(dayOff));
      await date.press('Enter');
      await row.getByLabel('Tên ngày nghỉ hoặc lý do làm bù', { exact: true }).fill('Nghỉ đột xuất theo thông báo của tỉnh');
      await admin.getByRole('button', { name: 'Xem trước và lưu' }).click();
      // Before anything is saved, the editor says what the change would move: this dossier's one deadline.
      const confirm = admin.getByRole('dialog').filter({ hasText: `Lưu lịch năm ${dayOff.slice(0, 4)}?` });
      await confirm.getByText('Thay đổi này dời 1 thời hạn đang chạy của 1 hồ sơ.', { exact: false }).waitFor();
      // A trial click waits until the dialog has stopped moving in.
      await confirm.getByRole('button', { name: 'Lưu', exact: true }).click({ trial: true });
      // The screen as the administrator sees it, the dialog over the form (a full-page picture would misplace both).
      await admin.screenshot({ path: path.join(SHOTS, 'calendar-editor-preview-desktop.png'), animations: 'disabled' });
      await confirm.getByRole('button', { name: 'Lưu', exact: true }).click();
      await admin.getByText('Đã lưu. Lịch mới đang được gửi tới 1 hồ sơ đang chạy.').waitFor();
      await shot(admin, 'calendar-editor-saved', 'desktop');
    });
    await admin.context().close();

    // What the domain computes for this dossier on the calendar as saved, never a date worked out by hand.
    const years = await loadCalendarYears(stack.hoso.sql);
    expect(years.find((year) => year.year === Number(dayOff.slice(0, 4)))?.daysOff.map((day) => day.date)).toContain(dayOff);
    const state = await stateOf();
    const expected = activeDeadlines(state, getRegime(state.regimeId), new WorkingCalendar(years)).find((deadline) => deadline.rule.id === before.id)?.dueOn;
    if (!expected) throw new Error(`${before.id} no longer runs`);
    expect(expected > before.dueOn).toBe(true);
    // The workflow recomputes on the calendar's signal, then its projection lands.
    for (let attempt = 0; (await deadlinesOf()).find((deadline) => deadline.id === before.id)?.dueOn !== expected; attempt++) {
      if (attempt > 300) throw new Error(`the dossier's deadline never moved to ${expected}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    for (const size of Object.keys(viewports) as Size[]) {
      const page = await (await contextAt(stack.browser, size)).newPage();
      await capturedOnFailure(page, SHOTS, `failed-calendar-after-${size}`, async () => {
        const deadline = await openDossier(page);
        await deadline.locator('time').filter({ hasText: ddmmyyyy(expected) }).waitFor();
        expect(await page.locator('.deadlines time').filter({ hasText: ddmmyyyy(before.dueOn) }).count()).toBe(0);
        // The timeline says why the date moved.
        await page.getByText('Lịch làm việc thay đổi, thời hạn được tính lại').first().waitFor();
        await shot(page, 'calendar-deadline-after', size);
      });
      await page.context().close();
    }
  }, 240_000);
});

/** Picks the year the editor shows, when it is not the one it opened on. */
async function chooseYear(page: Page, year: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Năm', exact: true });
  const shown = page.locator('.ant-select').filter({ has: select });
  await shown.waitFor();
  const showing = page.locator('.ant-select').filter({ has: select, hasText: new RegExp(`^\\s*${year}\\s*$`) });
  if (await showing.count()) return;
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(year, { exact: true }).click();
  await showing.waitFor();
}
