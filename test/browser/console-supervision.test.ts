import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { addDays, civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { loadCalendarYears } from '../../store/calendar-years';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { capturedOnFailure, contextAt, signInAs, viewports } from '../support/browser';
import { consoleUnderTest, shot, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON = 'Võ Văn Trễ Hạn';

interface OverdueItem {
  dossierId: string;
  code: string;
  stepTitle: string;
  overdueWorkingDays: number;
  overdueBy: { text: string };
}

/** What the page downloads when `button` is pressed: the file name it offers and the bytes. */
async function downloadOf(page: Page, button: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  const saved = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(saved) };
}

/** The rows of the first sheet of an .xlsx file, each as its cells' values. */
async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/**
 * Issue 12, supervision: a dossier whose health facility let its deadline pass (the request is dated back, as an
 * officer records what happened weeks ago) is on the supervisor's overdue board and in the figures, and both export
 * to CSV and Excel under Vietnamese file names. The stack has a database of its own, so the figures count this
 * dossier alone, whatever the other test files running beside it open.
 */
describeWithStack('the console: the supervisor sees an overdue dossier on the board and in the figures', () => {
  const stack = consoleUnderTest({ ownDatabase: true });
  let overdue: OverdueItem;

  beforeAll(async () => {
    const today = civilDateAt(new Date());
    const requestedOn = addDays(today, -19);
    // Five calendar days, rolled past days off (a Tết holiday adds at most nine): long past, on any date.
    const calendar = new WorkingCalendar(await loadCalendarYears(stack.hoso.sql));
    expect(calendar.endOfCalendarPeriod(requestedOn, 5) < today).toBe(true);

    const opened = await openThroughApi(stack.hoso, { fullName: PERSON, idNumber: uniqueIdNumber(), detectedOn: addDays(today, -20) });
    const dossierId = (opened.body as { dossierId: string }).dossierId;
    await actThroughApi(stack.hoso, dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: requestedOn }]]);
    // The timer of a deadline already past fires at once; the board reads the projection it leaves.
    for (let attempt = 0; ; attempt++) {
      const { body } = await stack.hoso.call('demo-supervisor-t01', 'GET', '/api/v1/overdue');
      const found = (body as { items: OverdueItem[] }).items.find((item) => item.dossierId === dossierId);
      if (found) {
        overdue = found;
        break;
      }
      if (attempt > 300) throw new Error('the dossier never showed as overdue');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  const openSupervision = async (page: Page, size: Size) => {
    await signInAs(page, stack.hoso.baseUrl, 'Ngô Văn Bình');
    if (size === 'phone') await page.getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('link', { name: 'Giám sát', exact: true }).click();
    await page.getByRole('heading', { name: 'Giám sát', level: 1 }).waitFor();
  };

  it.each(Object.keys(viewports) as Size[])('at %s size, shows it on the overdue board, by code, step and lateness, and exports the board', async (size) => {
    const page = await (await contextAt(stack.browser, size)).newPage();
    await capturedOnFailure(page, SHOTS, `failed-supervision-board-${size}`, async () => {
      await openSupervision(page, size);
      // A code and a unit, never the person's name: the board is read by many.
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: overdue.code, exact: true }) });
      // How late, in working days as the dossier page counts them, and the time elapsed beside it.
      if (overdue.overdueWorkingDays > 0) {
        await item.getByText(`quá hạn ${overdue.overdueWorkingDays} ngày làm việc`, { exact: true }).waitFor();
        await item.getByText(`(${overdue.overdueBy.text})`, { exact: true }).waitFor();
      } else {
        await item.getByText(overdue.overdueBy.text, { exact: true }).waitFor();
      }
      // Who must act, where, at which step, and by when: "<unit> · <commune> · <step> · hạn dd/mm/yyyy".
      await item.getByText(` · ${overdue.stepTitle} · hạn `).waitFor();
      expect(await page.getByText(PERSON).count()).toBe(0);
      await shot(page, 'supervision-board', size);

      const csv = await downloadOf(page, 'Tải CSV');
      expect(csv.fileName).toMatch(/^Hồ sơ quá hạn \d{4}-\d{2}-\d{2}\.csv$/u);
      const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toMatch(/^Mã hồ sơ,Bước,/);
      expect(lines.filter((line) => line.startsWith(`${overdue.code},${overdue.stepTitle},`))).toHaveLength(1);

      const xlsx = await downloadOf(page, 'Tải Excel (.xlsx)');
      expect(xlsx.fileName).toMatch(/^Hồ sơ quá hạn \d{4}-\d{2}-\d{2}\.xlsx$/u);
      const rows = await sheetRows(xlsx.bytes);
      expect(rows.filter((row) => row[0] === overdue.code && row[1] === overdue.stepTitle)).toHaveLength(1);

      // The board leads to the dossier.
      await item.getByRole('link', { name: overdue.code, exact: true }).click();
      await page.getByRole('heading', { name: PERSON, level: 1 }).waitFor();
    });
    await page.context().close();
  }, 180_000);

  it.each(Object.keys(viewports) as Size[])('at %s size, counts it overdue, at its step, in the figures and their exports', async (size) => {
    const page = await (await contextAt(stack.browser, size)).newPage();
    await capturedOnFailure(page, SHOTS, `failed-supervision-statistics-${size}`, async () => {
      await openSupervision(page, size);
      await page.getByRole('tab', { name: 'Thống kê' }).click();
      const overdueNow = page.locator('.ant-statistic').filter({ hasText: 'Đang quá hạn' });
      await overdueNow.locator('.ant-statistic-content-value').filter({ hasText: /^1$/ }).waitFor();
      await page.getByRole('img', { name: `Hồ sơ chưa kết thúc, theo bước: ${overdue.stepTitle} 1` }).waitFor();
      await shot(page, 'supervision-statistics', size);

      const csv = await downloadOf(page, 'Tải CSV');
      expect(csv.fileName).toMatch(/^Thống kê Tỉnh Bắc Ninh \d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}\.csv$/u);
      const lines = csv.bytes.toString('utf8').split('\r\n');
      expect(lines.some((line) => line.endsWith(',Quá hạn,Đang quá hạn (hiện tại),1'))).toBe(true);
      expect(lines.some((line) => line.endsWith(`,Hồ sơ đang ở bước (hiện tại),${overdue.stepTitle},1`))).toBe(true);

      const xlsx = await downloadOf(page, 'Tải Excel (.xlsx)');
      expect(xlsx.fileName).toMatch(/^Thống kê Tỉnh Bắc Ninh .*\.xlsx$/u);
      const rows = await sheetRows(xlsx.bytes);
      expect(rows.some((row) => row[3] === 'Quá hạn' && row[4] === 'Đang quá hạn (hiện tại)' && row[5] === 1)).toBe(true);
    });
    await page.context().close();
  }, 180_000);
});
