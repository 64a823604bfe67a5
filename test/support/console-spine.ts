import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../domain/calendar/civil-date';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { getRegime, type StepId } from '../../domain/procedure';
import { DossierViewSchema, type DossierViewResponse } from '../../domain/schemas/dossier-view';
import { signInAs } from './browser';
import { pickDate, pickOption, PRIOR_PLACEMENTS } from './console-steps';
import type { Hoso } from './hoso-harness';

/** The text of the label of a field the form does not require: Ant Design appends its mark with no space. */
export const optional = (label: string) => `${label}(Tùy chọn)`;

/** The label every action form gives the legal date of its event (`occurredOn` in domain/schemas/actions.ts). */
export const OCCURRED_ON = optional('Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay');

/** The day `count` working days before `today`: events recorded after the fact carry their own, earlier, dates. */
export function workingDaysBefore(calendar: WorkingCalendar, today: string, count: number): string {
  let date = today;
  for (let back = 0; back < count; ) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) back++;
  }
  return date;
}

/**
 * The dossier as the API gives `userId` once its projection has reached `step` (the workflow answers the console
 * first; PostgreSQL follows a moment later, and a window that already ended moves the dossier on by itself).
 */
export async function dossierAt(hoso: Hoso, userId: string, dossierId: string, step: StepId, withinMs = 60_000): Promise<DossierViewResponse> {
  for (const deadline = Date.now() + withinMs; ; ) {
    const { status, body } = await hoso.call(userId, 'GET', `/api/v1/dossiers/${dossierId}`);
    const view = status === 200 ? DossierViewSchema.parse(body) : undefined;
    if (view?.step === step) return view;
    if (Date.now() > deadline) throw new Error(`dossier ${dossierId} never reached ${step} for ${userId}: ${status} ${view?.step ?? JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const actionPanel = (page: Page) => page.locator('section[aria-labelledby="actions-title"]');

/** The names of the action buttons the dossier page offers (not the close button of its notice). */
async function offeredActions(page: Page): Promise<string[]> {
  const names = await actionPanel(page).locator('button:not(.ant-alert-close-icon)').allInnerTexts();
  return names.map((name) => name.trim()).sort();
}

/**
 * The signed-in user sees, at `step`, exactly the action buttons the API's `availableActions` gives them, and no
 * button anywhere on the page for an action of the regime they may not take now. Answers what the API gave.
 */
export async function expectOnlyItsActions(page: Page, hoso: Hoso, userId: string, dossierId: string, step: StepId): Promise<DossierViewResponse> {
  const view = await dossierAt(hoso, userId, dossierId, step);
  const regime = getRegime(view.regimeId);
  // The page shows the same step before its buttons are compared: a page still loading offers nothing either.
  const title = regime.steps[step].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.locator('.dossier-progress strong').filter({ hasText: new RegExp(`^${title}$`) }).waitFor();
  const allowed = view.availableActions.map((action) => action.title).sort();
  expect({ step, userId, offered: await offeredActions(page) }).toEqual({ step, userId, offered: allowed });
  const everyButton = new Set((await page.getByRole('button').allInnerTexts()).map((name) => name.trim()));
  const forbidden = Object.values(regime.actions)
    .map((rule) => rule.title)
    .filter((title) => !allowed.includes(title) && everyButton.has(title));
  expect({ step, userId, forbidden }).toEqual({ step, userId, forbidden: [] });
  return view;
}

/** Signs in as `name` and opens the dossier from the inbox, looking it up by its code (and further pages if need be). */
export async function openFromInbox(page: Page, baseUrl: string, name: string, code: string): Promise<void> {
  await signInAs(page, baseUrl, name);
  await page.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc mã hồ sơ (không cần dấu)' }).fill(code);
  const link = page.getByRole('link', { name: code }).first();
  const more = page.getByRole('button', { name: 'Xem thêm' });
  await link.or(more).first().waitFor();
  while (!(await link.isVisible())) {
    await more.click();
    await link.or(more).first().waitFor();
  }
  await link.click();
  await page.locator('.dossier-progress').waitFor();
}

/** Signs in as `name` and opens the dossier by its address, for a role with nothing waiting in its inbox. */
export async function openByAddress(page: Page, baseUrl: string, name: string, dossierId: string): Promise<void> {
  await signInAs(page, baseUrl, name);
  await page.goto(`${baseUrl}/ho-so/${dossierId}`);
  await page.locator('.dossier-progress').waitFor();
}

/**
 * Opens the form of the action `title`, lets `fill` fill it in (the form is the drawer's dialog), sends it and waits
 * until the console says it was recorded; a refusal fails with the console's own words.
 */
export async function takeAction(page: Page, title: string, fill: (form: Locator) => Promise<void>): Promise<void> {
  await actionPanel(page).getByRole('button', { name: title, exact: true }).click();
  const form = page.getByRole('dialog').filter({ hasText: title });
  await form.getByRole('button', { name: 'Ghi nhận', exact: true }).waitFor();
  await fill(form);
  await form.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  const recorded = actionPanel(page).getByText('Đã ghi nhận.');
  const refused = page.getByRole('alert');
  await recorded.or(refused).first().waitFor();
  if (!(await recorded.isVisible())) throw new Error(`${title}: ${(await refused.allInnerTexts()).join(' · ')}`);
  await form.waitFor({ state: 'hidden' });
}

/** Fills the legal date of the action's event. */
export const occurredOn = (page: Page, date: string) => pickDate(page, OCCURRED_ON, date);

export interface Person {
  fullName: string;
  idNumber: string;
  dateOfBirth: string;
}

/**
 * Commune police, signed in on a desktop (the menu's link is in view), open a dossier with the console's form for a person with a stable residence (so that
 * they may be managed at home meanwhile), detected on `detectedOn`. Answers its id and its code, as the page shows.
 */
export async function policeOpensADossierOn(page: Page, person: Person, detectedOn: string): Promise<{ dossierId: string; code: string }> {
  await page.getByRole('link', { name: 'Lập hồ sơ', exact: true }).click();
  await page.getByRole('heading', { name: 'Lập hồ sơ đề nghị' }).waitFor();
  await page.getByLabel('Họ và tên', { exact: true }).fill(person.fullName);
  await pickDate(page, 'Ngày sinh', person.dateOfBirth);
  await pickOption(page, 'Giới tính', 'Nam');
  await page.getByLabel('Số định danh cá nhân', { exact: true }).fill(person.idNumber);
  await page.getByLabel('Nơi cư trú', { exact: true }).fill('Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh');
  await page.getByRole('switch', { name: 'Có nơi cư trú ổn định' }).click();
  await pickOption(page, 'Căn cứ: LPCMT 2021 Điều 32 khoản 1–4 (a–d; người từ đủ 18 tuổi) hoặc Điều 33 khoản 1 điểm a–c (từ đủ 12 đến dưới 18 tuổi)', /^Điều 32\.2/);
  await pickDate(page, 'Ngày phát hiện', detectedOn);
  await page.getByLabel(PRIOR_PLACEMENTS, { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Lập hồ sơ', exact: true }).click();
  await page.getByRole('heading', { name: person.fullName, level: 1 }).waitFor();
  const dossierId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const code = (await page.locator('.dossier-header .ant-tag').first().innerText()).trim();
  return { dossierId, code };
}
