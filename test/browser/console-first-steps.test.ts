import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { capturedOnFailure, contextAt, launchChromium, signInAs, viewports } from '../support/browser';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/** Screenshots of each screen at both sizes, to look at as a user would (README shows a few). */
const SHOTS = process.env.HOSO_SCREENSHOTS ?? path.join(__dirname, '..', '..', '.tmp', 'screenshots');
type Size = keyof typeof viewports;

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy(date));
  await input.press('Enter');
}

async function pickOption(page: Page, label: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option).first().click();
}

const shot = (page: Page, name: string, size: Size) => page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: true, animations: 'disabled' });

/** Commune police sign in, open a dossier with the form, and ask the health facility to determine addiction. */
async function policeOpensADossier(page: Page, baseUrl: string, size: Size): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await shot(page, 'login', size);
  await signInAs(page, baseUrl, 'Trần Văn Hùng');
  await shot(page, 'inbox', size);

  if (size === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'Lập hồ sơ', exact: true }).click();
  await page.getByRole('heading', { name: 'Lập hồ sơ đề nghị' }).waitFor();
  await page.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Văn Ánh');
  await pickDate(page, 'Ngày sinh', '1990-05-17');
  await pickOption(page, 'Giới tính', 'Nam');
  await page.getByLabel('Số định danh cá nhân', { exact: true }).fill(`0010900${String(Date.now()).slice(-5)}`);
  await page.getByLabel('Nơi cư trú', { exact: true }).fill('Thôn Đông, xã Tiên Du');
  await pickOption(page, 'Căn cứ: LPCMT 2021 Điều 32 khoản 1–4 (a–d; người từ đủ 18 tuổi) hoặc Điều 33 khoản 1 điểm a–c (từ đủ 12 đến dưới 18 tuổi)', /^Điều 32\.2/);
  await pickDate(page, 'Ngày phát hiện', civilDateAt(new Date()));
  await shot(page, 'open', size);
  await page.getByRole('button', { name: 'Lập hồ sơ', exact: true }).click();

  await page.getByRole('heading', { name: 'Nguyễn Văn Ánh', level: 1 }).waitFor();
  const dossierId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).click();
  await pickOption(page, 'Cơ sở y tế được đề nghị', /Trung tâm Y tế khu vực Tiên Du/);
  await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await page.getByText('Đã ghi nhận.').waitFor();
  await shot(page, 'dossier', size);
  return dossierId;
}

/** The health facility finds the dossier in its inbox and records the result; it is offered nothing else. */
async function healthFacilityRecords(page: Page, baseUrl: string, dossierId: string): Promise<void> {
  await signInAs(page, baseUrl, 'Phạm Thị Lan');
  await page.getByRole('link', { name: 'Nguyễn Văn Ánh' }).first().click();
  await page.getByRole('heading', { name: 'Nguyễn Văn Ánh', level: 1 }).waitFor();
  expect(page.url()).toContain(dossierId);
  const record = page.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' });
  await record.waitFor();
  expect(await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).count()).toBe(0);
  await record.click();
  await pickOption(page, 'Kết quả xác định tình trạng nghiện', 'Nghiện ma túy');
  await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await page.getByText('Đã ghi nhận.').waitFor();
}

describeWithStack('the console: a commune police officer opens a dossier and the health facility records the result', () => {
  let hoso: Hoso;
  let browser: Browser;
  beforeAll(async () => {
    [hoso, browser] = await Promise.all([startHoso(), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hoso?.stop();
  });

  it.each(Object.keys(viewports) as Size[])('works at %s size', async (size) => {
    const police = await (await contextAt(browser, size)).newPage();
    const dossierId = await capturedOnFailure(police, SHOTS, `failed-police-${size}`, () => policeOpensADossier(police, hoso.baseUrl, size));
    const health = await (await contextAt(browser, size)).newPage();
    await capturedOnFailure(health, SHOTS, `failed-health-${size}`, () => healthFacilityRecords(health, hoso.baseUrl, dossierId));
    const { body } = await hoso.call('demo-health-yt01', 'GET', `/api/v1/dossiers/${dossierId}`);
    expect(body).toMatchObject({ step: 'commune' });
  }, 120_000);
});
