import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { launchChromium, signInAs, viewports } from './browser';
import { startHoso, type Hoso, type HosoOptions } from './hoso-harness';

/** Screenshots of each screen at both sizes, to look at as a user would (README shows a few). */
export const SHOTS = process.env.HOSO_SCREENSHOTS ?? path.join(__dirname, '..', '..', '.tmp', 'screenshots');
export type Size = keyof typeof viewports;

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

export async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy(date));
  await input.press('Enter');
}

/**
 * Picks an option of an Ant Design select by its label, and checks that the select shows it: a click that lands
 * while a drawer is still sliding in can miss, so a pick that did not take is tried again.
 */
export async function pickOption(page: Page, label: string, option: string | RegExp) {
  const select = page.getByLabel(label, { exact: true });
  const item = page.locator('.ant-form-item').filter({ has: select });
  for (let attempt = 1; ; attempt++) {
    await select.click();
    // The option's own click handler, not a click at its coordinates: on a loaded machine the page may still be
    // scrolling, and the dropdown then lies under another field for a moment.
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, typeof option === 'string' ? { exact: true } : {}).first().dispatchEvent('click');
    const shown = item.locator('.ant-select').first().filter({ hasText: option });
    try {
      await shown.waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export const shot = (page: Page, name: string, size: Size) => page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: true, animations: 'disabled' });

/** The opening form (Lập hồ sơ) filled in for a person detected today, not sent. */
export async function fillOpeningForm(page: Page, person: string, idNumber: string) {
  await page.getByRole('heading', { name: 'Lập hồ sơ đề nghị' }).waitFor();
  await page.getByLabel('Họ và tên', { exact: true }).fill(person);
  await pickDate(page, 'Ngày sinh', '1990-05-17');
  await pickOption(page, 'Giới tính', 'Nam');
  await page.getByLabel('Số định danh cá nhân', { exact: true }).fill(idNumber);
  await page.getByLabel('Nơi cư trú', { exact: true }).fill('Thôn Đông, xã Tiên Du');
  await pickOption(page, 'Căn cứ: LPCMT 2021 Điều 32 khoản 1–4 (a–d; người từ đủ 18 tuổi) hoặc Điều 33 khoản 1 điểm a–c (từ đủ 12 đến dưới 18 tuổi)', /^Điều 32\.2/);
  await pickDate(page, 'Ngày phát hiện', civilDateAt(new Date()));
  await page.getByLabel(PRIOR_PLACEMENTS, { exact: true }).fill('0');
}

/** The opening form's count of earlier placements: a required fact, never assumed (docs/legal/README.md). */
export const PRIOR_PLACEMENTS = 'Số lần đã bị đưa vào cơ sở cai nghiện bắt buộc trước đây (kể cả ngoài hệ thống)';

/** Commune police sign in, open a dossier with the form, and ask the health facility to determine addiction. */
export async function policeOpensADossier(page: Page, baseUrl: string, size: Size, person = 'Nguyễn Văn Ánh'): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await shot(page, 'login', size);
  await signInAs(page, baseUrl, 'Trần Văn Hùng');
  await shot(page, 'inbox', size);

  if (size === 'phone') await page.getByRole('button', { name: 'Danh mục' }).click();
  await page.getByRole('link', { name: 'Lập hồ sơ', exact: true }).click();
  await fillOpeningForm(page, person, `0010900${String(Date.now()).slice(-5)}`);
  await shot(page, 'open', size);
  await page.getByRole('button', { name: 'Lập hồ sơ', exact: true }).click();

  await page.getByRole('heading', { name: person, level: 1 }).waitFor();
  const dossierId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).click();
  await pickOption(page, 'Cơ sở y tế được đề nghị', /Trung tâm Y tế khu vực Tiên Du/);
  await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await page.getByText('Đã ghi nhận.').waitFor();
  await shot(page, 'dossier', size);
  return dossierId;
}

/** The health facility finds the dossier in its inbox and records the result; it is offered nothing else. */
export async function healthFacilityRecords(page: Page, baseUrl: string, dossierId: string, person = 'Nguyễn Văn Ánh'): Promise<void> {
  await signInAs(page, baseUrl, 'Phạm Thị Lan');
  await page.getByRole('link', { name: person }).first().click();
  await page.getByRole('heading', { name: person, level: 1 }).waitFor();
  expect(page.url()).toContain(dossierId);
  const record = page.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' });
  await record.waitFor();
  expect(await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).count()).toBe(0);
  await record.click();
  await pickOption(page, 'Kết quả xác định tình trạng nghiện', 'Nghiện ma túy');
  await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await page.getByText('Đã ghi nhận.').waitFor();
}


/**
 * hoso (test/support/hoso-harness.ts) and Chromium for one browser test file: started before its tests, stopped
 * after. Read `hoso` and `browser` inside the tests.
 */
export function consoleUnderTest(options: HosoOptions = {}): { readonly hoso: Hoso; readonly browser: Browser } {
  const started: { hoso?: Hoso; browser?: Browser } = {};
  beforeAll(async () => {
    [started.hoso, started.browser] = await Promise.all([startHoso(options), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await started.browser?.close();
    await started.hoso?.stop();
  });
  return {
    get hoso() {
      if (!started.hoso) throw new Error('hoso is not started yet');
      return started.hoso;
    },
    get browser() {
      if (!started.browser) throw new Error('Chromium is not started yet');
      return started.browser;
    },
  };
}
