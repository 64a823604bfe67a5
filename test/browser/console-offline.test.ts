import { capturedOnFailure, contextAt, signInAs } from '../support/browser';
import { openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { consoleUnderTest, fillOpeningForm, pickOption, shot, SHOTS } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const ACTED_ON = 'Vi Văn Mất Sóng';
const OPENED_OFFLINE = 'Hà Thị Ngoại Tuyến';
const SHARED = 'Lò Văn Dùng Chung';

/**
 * A commune on a connection that comes and goes. With the browser offline, commune police open a dossier and take an
 * action on another; both wait in the outbox, survive a reload, and are sent when the connection returns, each once
 * with its Idempotency-Key, even when the first answer is lost on the way back.
 */
describeWithStack('the console offline', () => {
  const stack = consoleUnderTest();

  it('queues an opening and an action, keeps them over a reload, and sends each exactly once when back online', async () => {
    const acted = await openThroughApi(stack.hoso, { fullName: ACTED_ON, idNumber: uniqueIdNumber() });
    const actedId = (acted.body as { dossierId: string }).dossierId;
    const idNumber = uniqueIdNumber();
    const context = await contextAt(stack.browser, 'phone');
    const page = await context.newPage();
    await capturedOnFailure(page, SHOTS, 'failed-offline', async () => {
      await signInAs(page, stack.hoso.baseUrl, 'Trần Văn Hùng');
      await page.goto(`${stack.hoso.baseUrl}/ho-so/${actedId}`);
      await page.getByRole('heading', { name: ACTED_ON, level: 1 }).waitFor();
      // Once the service worker has cached the build and controls the page, a reload offline still opens it.
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      if (!(await page.evaluate('navigator.serviceWorker.controller !== null'))) {
        await page.reload();
        await page.getByRole('heading', { name: ACTED_ON, level: 1 }).waitFor();
      }
      // The forms' unit lists are read while the connection is there.
      await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).waitFor();

      await context.setOffline(true);
      await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor();
      await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).click();
      await pickOption(page, 'Cơ sở y tế được đề nghị', /Trung tâm Y tế khu vực Tiên Du/);
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đang mất kết nối: thao tác đã được xếp hàng').waitFor();

      await page.getByRole('button', { name: 'Danh mục' }).click();
      await page.getByRole('link', { name: 'Lập hồ sơ', exact: true }).click();
      await fillOpeningForm(page, OPENED_OFFLINE, idNumber);
      await page.getByRole('button', { name: 'Lập hồ sơ', exact: true }).click();
      await page.getByText('Đang mất kết nối: hồ sơ đã được xếp hàng').waitFor();
      await page.getByRole('status').filter({ hasText: '2 thao tác đang chờ gửi' }).waitFor();
      await shot(page, 'offline-outbox', 'phone');
      // Nothing has reached the API.
      expect(await dossiersOf(idNumber)).toHaveLength(0);

      // A reload while offline: the shell comes from the service worker; the outbox from this device's storage.
      await page.reload();
      await page.getByRole('status').filter({ hasText: '2 thao tác đang chờ gửi' }).waitFor();

      // Back online, the first answer to the action is lost on its way back: the API acted, the page never heard.
      let lostOnce = false;
      await page.route('**/actions/request-determination', async (route) => {
        if (lostOnce) return route.continue();
        lostOnce = true;
        await route.fetch();
        await route.abort('connectionreset');
      });
      await context.setOffline(false);
      // After the reload the token is renewed from the sign-in kept by the API; the outbox then empties.
      await page.getByRole('status').filter({ hasText: 'thao tác đang chờ gửi' }).waitFor({ state: 'detached', timeout: 60_000 });
      expect(lostOnce).toBe(true);
      await shot(page, 'offline-sent', 'phone');
    });

    expect(await dossiersOf(idNumber)).toHaveLength(1);
    expect(await requestsOf(actedId)).toBe(1);
  }, 240_000);

  it('on a shared computer, shows and sends what waits only to the officer who made it', async () => {
    const acted = await openThroughApi(stack.hoso, { fullName: SHARED, idNumber: uniqueIdNumber() });
    const { dossierId, code } = acted.body as { dossierId: string; code: string };
    const context = await contextAt(stack.browser, 'desktop');
    const page = await context.newPage();
    await capturedOnFailure(page, SHOTS, 'failed-offline-shared', async () => {
      await signInAs(page, stack.hoso.baseUrl, 'Trần Văn Hùng');
      await page.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
      await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).waitFor();
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Đề nghị xác định tình trạng nghiện' }).click();
      await pickOption(page, 'Cơ sở y tế được đề nghị', /Trung tâm Y tế khu vực Tiên Du/);
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByRole('status').filter({ hasText: `1 thao tác đang chờ gửi: Đề nghị xác định tình trạng nghiện (${code})` }).waitFor();

      // Signed out while offline: the sign-in page says that something waits, not what, and nothing signs back in
      // when the connection returns.
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.getByRole('status').filter({ hasText: '1 thao tác đang chờ gửi. Sẽ được gửi khi người đã thực hiện đăng nhập lại.' }).waitFor();
      await context.setOffline(false);
      await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor({ state: 'detached' });
      await page.waitForTimeout(1_000);
      await page.getByRole('button', { name: 'Đăng nhập: Trần Văn Hùng' }).waitFor();
      expect(await page.locator('.who').count()).toBe(0);
      expect(await page.getByText(code).count()).toBe(0);

      // The next user of the computer neither sees it nor sends it.
      await signInAs(page, stack.hoso.baseUrl, 'Ngô Văn Bình');
      await page.waitForTimeout(6_000); // longer than the outbox's retry
      expect(await page.getByText('thao tác đang chờ gửi').count()).toBe(0);
      expect(await requestsOf(dossierId)).toBe(0);

      // Its officer, signed in again, sends it.
      await signInAs(page, stack.hoso.baseUrl, 'Trần Văn Hùng');
      await page.getByRole('status').filter({ hasText: 'thao tác đang chờ gửi' }).waitFor({ state: 'detached', timeout: 60_000 });
    });
    expect(await requestsOf(dossierId)).toBe(1);
  }, 240_000);

  async function requestsOf(dossierId: string): Promise<number> {
    const { body } = await stack.hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`);
    return (body as { timeline: Array<{ action?: string | null }> }).timeline.filter((event) => event.action === 'request-determination').length;
  }

  async function dossiersOf(idNumber: string): Promise<unknown[]> {
    const { body } = await stack.hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers?q=${idNumber}`);
    return (body as { items: unknown[] }).items;
  }
});
