import type { Page } from 'playwright-core';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { capturedOnFailure, contextAt, seriousViolations, signInAs, viewports } from '../support/browser';
import { actThroughApi, openThroughApi, startDossierWithUnprintableName, uniqueIdNumber } from '../support/api-dossiers';
import { consoleUnderTest, shot, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON = 'Đặng Thị Mỗi Màn';
/** A person whose dossier's forms cannot be issued (a character the forms' font lacks). */
const UNPRINTABLE = 'Lò Văn 𡨸';

/** A screen: who opens it, how, and what shows it is there. */
interface Screen {
  name: string;
  as?: string;
  open(page: Page, size: Size): Promise<void>;
}

/**
 * Issue 12: every screen of the console, at an office PC's size and a phone's, is read by axe-core (no serious or
 * critical violation) and photographed (.tmp/screenshots/<screen>-<size>.png) to be looked at as a user would.
 */
describeWithStack('the console: every screen, at both sizes', () => {
  const stack = consoleUnderTest();
  let dossierId: string;
  let verificationUrl: string;
  let unprintableCode: string;

  beforeAll(async () => {
    const opened = await openThroughApi(stack.hoso, { fullName: PERSON, idNumber: uniqueIdNumber(), detectedOn: civilDateAt(new Date()) });
    dossierId = (opened.body as { dossierId: string }).dossierId;
    await actThroughApi(stack.hoso, dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    const unprintable = await startDossierWithUnprintableName(stack.hoso, UNPRINTABLE, civilDateAt(new Date()));
    unprintableCode = unprintable.code;
    // The health facility acts next: the dossier is in its inbox, with both forms not issued.
    await actThroughApi(stack.hoso, unprintable.dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    // The forms are issued just after the answer: the opening record is the first.
    for (let attempt = 0; ; attempt++) {
      const { body } = await stack.hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`);
      const code = (body as { items: Array<{ verificationCode: string | null }> }).items.find((item) => item.verificationCode)?.verificationCode;
      if (code) {
        verificationUrl = `${stack.hoso.baseUrl}/api/v1/verify/${code}`;
        break;
      }
      if (attempt > 100) throw new Error('no document was issued');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).waitFor();
  const menu = async (page: Page, size: Size, link: string) => {
    if (size === 'phone') await page.getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('link', { name: link, exact: true }).click();
  };
  const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

  const screens: Screen[] = [
    { name: 'every-login', open: async (page) => void (await page.goto(stack.hoso.baseUrl), await page.getByRole('button', { name: /^Đăng nhập: / }).first().waitFor()) },
    // The dossier waits for the health facility's result: it is in that facility's inbox.
    { name: 'every-inbox', as: 'Phạm Thị Lan', open: (page) => page.getByRole('link', { name: PERSON }).first().waitFor() },
    {
      name: 'every-dossier',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.getByRole('link', { name: PERSON }).first().click();
        await heading(page, PERSON);
        await page.getByText('Đã xác thực').first().waitFor();
      },
    },
    {
      name: 'every-action-form',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.getByRole('link', { name: PERSON }).first().click();
        await page.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).click();
        await page.getByRole('dialog').getByLabel('Kết quả xác định tình trạng nghiện', { exact: true }).waitFor();
      },
    },
    { name: 'every-open-dossier', as: 'Trần Văn Hùng', open: async (page, size) => void (await menu(page, size, 'Lập hồ sơ'), await heading(page, 'Lập hồ sơ đề nghị')) },
    { name: 'every-overdue-board', as: 'Ngô Văn Bình', open: async (page, size) => void (await menu(page, size, 'Giám sát'), await heading(page, 'Giám sát')) },
    {
      name: 'every-statistics',
      as: 'Ngô Văn Bình',
      open: async (page, size) => {
        await menu(page, size, 'Giám sát');
        await tab(page, 'Thống kê');
        await page.getByRole('table').filter({ hasText: 'theo giới tính và nhóm tuổi' }).waitFor();
      },
    },
    {
      // Administrators read the figures, not the overdue board (domain/access.ts): the screen offers them the one.
      name: 'every-statistics-administrator',
      as: 'Quản trị hệ thống',
      open: async (page, size) => {
        await menu(page, size, 'Giám sát');
        await page.getByRole('table').filter({ hasText: 'theo giới tính và nhóm tuổi' }).waitFor();
        expect(await page.getByRole('tab', { name: 'Hồ sơ quá hạn' }).count()).toBe(0);
      },
    },
    {
      name: 'every-calendar',
      as: 'Quản trị hệ thống',
      open: async (page, size) => {
        await menu(page, size, 'Quản trị');
        await page.getByText('Xem trước và lưu').waitFor();
        // The provisional day is listed once, above the editor.
        expect(await page.getByText('Ngày nghỉ tạm tính — chưa áp dụng').count()).toBe(1);
      },
    },
    {
      name: 'every-plan-targets',
      as: 'Quản trị hệ thống',
      open: async (page, size) => {
        await menu(page, size, 'Quản trị');
        await tab(page, 'Chỉ tiêu kế hoạch');
        await page.getByRole('button', { name: 'Nhập chỉ tiêu' }).waitFor();
      },
    },
    {
      name: 'every-units',
      as: 'Quản trị hệ thống',
      open: async (page, size) => {
        await menu(page, size, 'Quản trị');
        await tab(page, 'Đơn vị');
        await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).waitFor();
      },
    },
    {
      // Issue 16 part 6: an administrator adds an agency with the days it acts, on a phone too.
      name: 'every-agency-form',
      as: 'Quản trị hệ thống',
      open: async (page, size) => {
        await menu(page, size, 'Quản trị');
        await tab(page, 'Đơn vị');
        await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
        await page.getByRole('dialog').getByLabel('Tên đầy đủ của cơ quan, như in trên văn bản').waitFor();
      },
    },
    {
      // Issue 14 part 1: whether a province's dossiers pass a reviewing level, set by an administrator.
      name: 'every-review-levels',
      as: 'Quản trị hệ thống',
      open: async (page, size) => {
        await menu(page, size, 'Quản trị');
        await tab(page, 'Cấp xem xét, đề nghị');
        await page.getByText('Hiện tại').first().waitFor();
      },
    },
    {
      // Issue 16 part 5: a form that could not be issued is flagged in the inbox of whoever acts next…
      name: 'every-inbox-form-failure',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc mã hồ sơ (không cần dấu)' }).fill(unprintableCode);
        await page.getByText('văn bản chưa phát hành được').first().waitFor();
      },
    },
    {
      // …and shown, with its reason, among the dossier's documents.
      name: 'every-dossier-form-failure',
      as: 'Phạm Thị Lan',
      open: async (page) => {
        await page.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc mã hồ sơ (không cần dấu)' }).fill(unprintableCode);
        await page.getByRole('link', { name: unprintableCode }).first().click();
        await page.locator('.dossier-progress').waitFor();
        await page.getByText(/^Chưa phát hành được/).first().waitFor();
      },
    },
    {
      name: 'every-verification',
      open: async (page) => {
        await page.goto(verificationUrl);
        await page.getByText('Văn bản hợp lệ').waitFor();
        // Public, and about the document only: nothing of the person.
        expect(await page.content()).not.toContain(PERSON);
      },
    },
  ];

  for (const size of Object.keys(viewports) as Size[]) {
    it.each(screens.map((screen) => [screen.name, screen] as const))(`%s at ${size} size has no serious accessibility violation`, async (_name, screen) => {
      const page = await (await contextAt(stack.browser, size)).newPage();
      await capturedOnFailure(page, SHOTS, `failed-${screen.name}-${size}`, async () => {
        if (screen.as) await signInAs(page, stack.hoso.baseUrl, screen.as);
        await screen.open(page, size);
        await shot(page, screen.name, size);
        expect(await seriousViolations(page)).toEqual([]);
      });
      await page.context().close();
    }, 120_000);
  }
});
