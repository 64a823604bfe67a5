import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { capturedOnFailure, contextAt, seriousViolations, signInAs, viewports } from '../support/browser';
import { consoleUnderTest, PRIOR_PLACEMENTS, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON = 'Lò Thị Bàn Phím';
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/** What has the keyboard's focus, in words: its role and accessible name, as a screen reader gets them. */
async function focused(page: Page): Promise<string> {
  const element = page.locator(':focus');
  return (await element.count()) ? (await element.first().ariaSnapshot()).split('\n')[0]?.replace(/^- /, '') ?? '' : 'nothing';
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `within` times: a control a keyboard user cannot
 * reach in its place (after the one before it) fails here, naming where the focus went instead.
 */
async function tabTo(page: Page, target: Locator, within: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses < within; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element.matches(':focus, :focus-within'))) return;
    visited.push(await focused(page));
  }
  throw new Error(`${key} did not reach ${String(target)} within ${within} presses; it went to: ${visited.join(' → ')}`);
}

/** Picks an option of the Ant Design select that has the focus with the arrow keys and Enter, as a keyboard user does. */
async function chooseWithArrows(page: Page, option: RegExp): Promise<void> {
  await page.keyboard.press('ArrowDown');
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  for (let presses = 0; presses < 12; presses++) {
    await active.waitFor();
    if (option.test((await active.getAttribute('title')) ?? (await active.innerText()))) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${String(option)} under the arrow keys`);
}

/**
 * The controls a finger presses on a screen that are smaller than 44 × 44 CSS px (WCAG 2.5.5), each named. A link
 * inside a sentence is exempt, as WCAG exempts it; so is what is hidden. A switch (a form's yes/no) is pressed with
 * its whole row's label too, and is not counted among the buttons.
 */
function smallTargets(page: Page): Promise<string[]> {
  // Run in the page, as a script: this project's TypeScript has no DOM.
  return page.evaluate<string[]>(`(() => {
    const selector = 'button:not([role="switch"]), a[href], [role="tab"], .ant-select, .ant-picker, input.ant-input, textarea, input[type="search"], input[type="checkbox"]';
    const inSentence = (element) => element.tagName === 'A' && !!element.closest('p, .ant-typography');
    const small = [];
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[aria-hidden="true"], [inert]') || inSentence(element)) continue;
      // A control inside a select or a date picker is measured as the whole select or picker.
      if (element.parentElement?.closest('.ant-select, .ant-picker')) continue;
      const style = getComputedStyle(element);
      if (!element.getClientRects().length || style.visibility === 'hidden') continue;
      // A native checkbox is pressed through its label, which is the target.
      const target = element.type === 'checkbox' ? (element.closest('label') ?? element) : element;
      const { width, height } = target.getBoundingClientRect();
      if (width < 44 || height < 44) {
        const name = target.getAttribute('aria-label') ?? target.textContent.trim();
        small.push(target.tagName.toLowerCase() + '.' + String(target.className).split(' ')[0] + ' “' + name.slice(0, 40) + '” ' + Math.round(width) + '×' + Math.round(height));
      }
    }
    return small;
  })()`);
}

/**
 * Names a screen reader would read out in English: Ant Design's icons are named after their file ("download",
 * "search") and its select's clear button "Clear", unless the console names them in Vietnamese or hides them.
 */
async function englishNames(page: Page): Promise<string[]> {
  const tree = await page.locator('body').ariaSnapshot();
  return [...tree.matchAll(/^\s*- ([\w-]+) "([^"]*)"/gm)]
    .filter(([, , name = '']) => /^(?:[a-z]+-)*[a-z]+$/.test(name) || /\b(?:Clear|Close|Search|Loading|Open|Previous|Next|Increase|Decrease)\b/.test(name))
    .map(([, role, name]) => `${role} "${name}"`);
}

/**
 * Issue 12, accessibility beyond axe-core's reading of each screen (console-every-screen.test.ts does that for
 * every screen at both sizes): the sign-in and the opening form worked with the keyboard alone, in reading order;
 * every control a finger presses on a phone at least 44 px square; and the states a screen reaches only by use (the
 * phone's menu, a form's refusals, the calendar's preview) read by axe-core too.
 */
describeWithStack('the console: keyboard, touch and the states screens reach by use', () => {
  const stack = consoleUnderTest();
  let dossierId: string;

  beforeAll(async () => {
    const opened = await openThroughApi(stack.hoso, { fullName: PERSON, idNumber: uniqueIdNumber(), detectedOn: civilDateAt(new Date()) });
    dossierId = (opened.body as { dossierId: string }).dossierId;
    await actThroughApi(stack.hoso, dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
  }, 120_000);

  it('signs in and opens a dossier with the keyboard alone, each field reached in reading order', async () => {
    const page = await (await contextAt(stack.browser, 'desktop')).newPage();
    await capturedOnFailure(page, SHOTS, 'failed-keyboard', async () => {
      await page.context().clearCookies();
      await page.goto(stack.hoso.baseUrl);
      const signIn = page.getByRole('button', { name: 'Đăng nhập: Trần Văn Hùng' });
      await signIn.waitFor();
      await tabTo(page, signIn, 15);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Hộp việc', level: 1 }).waitFor();

      // The first Tab offers to skip the menu; taking it puts the focus on the page's content.
      await tabTo(page, page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }), 1);
      await page.keyboard.press('Enter');
      expect(await page.locator('#main').evaluate((element) => element.matches(':focus'))).toBe(true);

      // Back from the content, past the sign-out and the bell, to the menu.
      await tabTo(page, page.getByRole('link', { name: 'Lập hồ sơ', exact: true }), 4, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Lập hồ sơ đề nghị', level: 1 }).waitFor();

      const field = (label: string) => page.getByLabel(label, { exact: true });
      await tabTo(page, field('Họ và tên'), 12);
      await page.keyboard.type(PERSON);
      await tabTo(page, field('Ngày sinh'), 1);
      await page.keyboard.type('17/05/1990');
      await page.keyboard.press('Enter');
      await tabTo(page, field('Giới tính'), 2);
      await chooseWithArrows(page, /^Nam$/);
      // A chosen option can be cleared: its clear button is the next stop, then the next field.
      await tabTo(page, field('Số định danh cá nhân'), 3);
      await page.keyboard.type(uniqueIdNumber());
      await tabTo(page, field('Nơi cư trú'), 1);
      await page.keyboard.type('Bản Mường, xã Tiên Du');
      const stable = page.getByRole('switch', { name: 'Có nơi cư trú ổn định' });
      await tabTo(page, stable, 1);
      await page.keyboard.press('Space');
      expect(await stable.getAttribute('aria-checked')).toBe('true');
      await tabTo(page, page.getByRole('combobox', { name: /^Căn cứ: / }), 1);
      await chooseWithArrows(page, /^Điều 32\.2/);
      await tabTo(page, field('Ngày phát hiện'), 3);
      await page.keyboard.type(ddmmyyyy(civilDateAt(new Date())));
      await page.keyboard.press('Enter');
      // Enter in a date accepts the date; it does not send a half-filled form.
      expect(await page.getByRole('heading', { name: 'Lập hồ sơ đề nghị', level: 1 }).count()).toBe(1);
      await tabTo(page, field(PRIOR_PLACEMENTS), 4);
      await page.keyboard.type('0');
      await page.screenshot({ path: path.join(SHOTS, 'keyboard-open-dossier-desktop.png'), animations: 'disabled' });
      await tabTo(page, page.getByRole('button', { name: 'Lập hồ sơ', exact: true }), 12);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: PERSON, level: 1 }).waitFor();
    });
    await page.context().close();
  }, 180_000);

  /** A screen on the phone: who opens it and how, and the state it should be left in to be measured. */
  const phoneScreens: Array<{ name: string; as?: string; open(page: Page): Promise<void> }> = [
    { name: 'login', open: async (page) => void (await page.goto(stack.hoso.baseUrl), await page.getByRole('button', { name: /^Đăng nhập: / }).first().waitFor()) },
    { name: 'inbox', as: 'Phạm Thị Lan', open: (page) => page.getByRole('link', { name: new RegExp(PERSON) }).first().waitFor() },
    {
      name: 'menu',
      as: 'Trần Văn Hùng',
      open: async (page) => {
        // Space opens the menu, as a tap does.
        await page.getByRole('button', { name: 'Danh mục' }).focus();
        await page.keyboard.press('Space');
        await page.getByRole('dialog', { name: 'Danh mục' }).getByRole('link', { name: 'Lập hồ sơ', exact: true }).waitFor();
      },
    },
    {
      name: 'dossier',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
        await page.getByRole('heading', { name: PERSON, level: 1 }).waitFor();
        await page.getByText('Đã xác thực').first().waitFor();
      },
    },
    {
      name: 'action-form',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
        await page.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).click();
        await page.getByRole('dialog').getByLabel('Kết quả xác định tình trạng nghiện', { exact: true }).waitFor();
      },
    },
    { name: 'open-dossier', as: 'Trần Văn Hùng', open: async (page) => void (await page.goto(`${stack.hoso.baseUrl}/lap-ho-so`), await page.getByLabel('Họ và tên', { exact: true }).waitFor()) },
    { name: 'overdue-board', as: 'Ngô Văn Bình', open: async (page) => void (await page.goto(`${stack.hoso.baseUrl}/giam-sat`), await page.getByRole('button', { name: 'Tải CSV' }).waitFor()) },
    {
      name: 'statistics',
      as: 'Ngô Văn Bình',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/giam-sat`);
        await page.getByRole('tab', { name: 'Thống kê' }).click();
        await page.getByRole('table').filter({ hasText: 'theo giới tính và nhóm tuổi' }).waitFor();
      },
    },
    { name: 'calendar', as: 'Quản trị hệ thống', open: async (page) => void (await page.goto(`${stack.hoso.baseUrl}/quan-tri`), await page.getByRole('button', { name: 'Xem trước và lưu' }).waitFor()) },
    {
      name: 'plan-targets',
      as: 'Quản trị hệ thống',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/quan-tri`);
        await page.getByRole('tab', { name: 'Chỉ tiêu kế hoạch' }).click();
        await page.getByRole('button', { name: 'Nhập chỉ tiêu' }).waitFor();
      },
    },
    {
      name: 'units',
      as: 'Quản trị hệ thống',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/quan-tri`);
        await page.getByRole('tab', { name: 'Đơn vị' }).click();
        await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).waitFor();
      },
    },
  ];

  it.each(phoneScreens.map((screen) => [screen.name, screen] as const))('on a phone, every control of the %s screen is at least 44 px square and named in Vietnamese', async (_name, screen) => {
    const page = await (await contextAt(stack.browser, 'phone')).newPage();
    await capturedOnFailure(page, SHOTS, `failed-touch-${screen.name}`, async () => {
      if (screen.as) await signInAs(page, stack.hoso.baseUrl, screen.as);
      await screen.open(page);
      expect(await smallTargets(page)).toEqual([]);
      expect(await englishNames(page)).toEqual([]);
    });
    await page.context().close();
  }, 120_000);

  /** States a screen reaches only by use, which a visit alone does not show axe-core. */
  const statesByUse: Array<{ name: string; as: string; open(page: Page, size: Size): Promise<void> }> = [
    {
      name: 'open-dossier-refused',
      as: 'Trần Văn Hùng',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/lap-ho-so`);
        await page.getByRole('button', { name: 'Lập hồ sơ', exact: true }).click();
        await page.getByText('Cần nhập: Họ và tên').first().waitFor();
      },
    },
    {
      name: 'action-form-refused',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
        await page.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Ghi nhận', exact: true }).click();
        await page.getByRole('dialog').getByText('Cần nhập: Kết quả xác định tình trạng nghiện').first().waitFor();
      },
    },
    {
      name: 'calendar-preview',
      as: 'Quản trị hệ thống',
      open: async (page) => {
        await page.goto(`${stack.hoso.baseUrl}/quan-tri`);
        await page.getByRole('button', { name: 'Xem trước và lưu' }).click();
        // Nothing changed: the preview says so, and nothing is saved unless "Lưu" is pressed.
        const dialog = page.getByRole('dialog');
        await dialog.getByText('Thay đổi này không dời thời hạn nào đang chạy.').waitFor();
        // A trial click waits until the dialog has stopped moving in.
        await dialog.getByRole('button', { name: 'Lưu', exact: true }).click({ trial: true });
      },
    },
  ];

  for (const size of Object.keys(viewports) as Size[]) {
    it.each(statesByUse.map((state) => [state.name, state] as const))(`at ${size} size, %s has no serious accessibility violation`, async (_name, state) => {
      const page = await (await contextAt(stack.browser, size)).newPage();
      await capturedOnFailure(page, SHOTS, `failed-${state.name}-${size}`, async () => {
        await signInAs(page, stack.hoso.baseUrl, state.as);
        await state.open(page, size);
        await page.screenshot({ path: path.join(SHOTS, `${state.name}-${size}.png`), animations: 'disabled' });
        expect(await seriousViolations(page)).toEqual([]);
      });
      await page.context().close();
    }, 120_000);
  }
});
