import { capturedOnFailure, contextAt, signInAs, viewports } from '../support/browser';
import { consoleUnderTest, healthFacilityRecords, policeOpensADossier, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

describeWithStack('the console: a commune police officer opens a dossier and the health facility records the result', () => {
  const stack = consoleUnderTest();

  it.each(Object.keys(viewports) as Size[])('works at %s size', async (size) => {
    const police = await (await contextAt(stack.browser, size)).newPage();
    const dossierId = await capturedOnFailure(police, SHOTS, `failed-police-${size}`, () => policeOpensADossier(police, stack.hoso.baseUrl, size, `Nguyễn Văn Ánh ${size === 'phone' ? 'Hai' : 'Một'}`));
    const health = await (await contextAt(stack.browser, size)).newPage();
    await capturedOnFailure(health, SHOTS, `failed-health-${size}`, () => healthFacilityRecords(health, stack.hoso.baseUrl, dossierId, `Nguyễn Văn Ánh ${size === 'phone' ? 'Hai' : 'Một'}`));
    const { body } = await stack.hoso.call('demo-health-yt01', 'GET', `/api/v1/dossiers/${dossierId}`);
    expect(body).toMatchObject({ step: 'commune' });
  }, 120_000);
});

describeWithStack('the console: a sign-in outlives a reload, not a sign-out', () => {
  const stack = consoleUnderTest();

  it.each(Object.keys(viewports) as Size[])('at %s size, keeps the token in memory only and renews it after a reload', async (size) => {
    const page = await (await contextAt(stack.browser, size)).newPage();
    await capturedOnFailure(page, SHOTS, `failed-session-${size}`, async () => {
      await signInAs(page, stack.hoso.baseUrl, 'Phạm Thị Lan');
      // Nothing a script could read holds the token: neither storage nor a cookie visible to the page.
      const stored = String(await page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie'));
      expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/);

      await page.reload();
      await page.getByRole('heading', { name: 'Hộp việc', level: 1 }).waitFor();

      if (size === 'phone') await page.getByRole('button', { name: 'Danh mục' }).click();
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.getByRole('heading', { name: 'Đăng nhập', level: 1 }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Đăng nhập: Phạm Thị Lan' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Hộp việc', level: 1 }).count()).toBe(0);
    });
  }, 120_000);
});
