import { capturedOnFailure, contextAt, signInAs } from '../support/browser';
import { consoleUnderTest, pickOption, policeOpensADossier, shot, SHOTS } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

/**
 * Two tabs on one dossier: the second acts on what it showed before the first acted. It must be refused (412 for the
 * stale version, or 409 when the step no longer allows it), say so in Vietnamese, and show the dossier as it is now.
 */
const PERSON = 'Trịnh Thị Hai Tab';

describeWithStack('the console: two tabs acting on the same dossier', () => {
  const stack = consoleUnderTest();

  it('refuses the stale tab, says what to do, and shows the dossier as it is now', async () => {
    const first = await (await contextAt(stack.browser, 'desktop')).newPage();
    const dossierId = await capturedOnFailure(first, SHOTS, 'failed-two-tabs-first', () => policeOpensADossier(first, stack.hoso.baseUrl, 'desktop', PERSON));
    // The health facility records the result in one tab; a second tab had the dossier open before that.
    const health = await (await contextAt(stack.browser, 'desktop')).newPage();
    const healthSecond = await health.context().newPage();
    // Each tab signs in (the token lives in the tab's memory) and opens the dossier from the inbox.
    for (const page of [health, healthSecond]) {
      await signInAs(page, stack.hoso.baseUrl, 'Phạm Thị Lan');
      await page.getByRole('link', { name: PERSON, exact: true }).first().click();
    }
    for (const page of [health, healthSecond]) await page.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).waitFor();

    await health.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).click();
    await pickOption(health, 'Kết quả xác định tình trạng nghiện', 'Nghiện ma túy');
    await health.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await health.getByText('Đã ghi nhận.').waitFor();

    await capturedOnFailure(healthSecond, SHOTS, 'failed-two-tabs-second', async () => {
      await healthSecond.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).click();
      await pickOption(healthSecond, 'Kết quả xác định tình trạng nghiện', 'Không nghiện ma túy');
      await healthSecond.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      // The form closes; beside the actions, the page says someone acted first and what to do.
      await healthSecond.getByRole('alert').filter({ hasText: /vừa được người khác cập nhật/ }).waitFor();
      // The dossier is read again, and the action taken in the other tab is no longer offered.
      await healthSecond.getByRole('button', { name: 'Ghi nhận kết quả xác định tình trạng nghiện' }).waitFor({ state: 'detached' });
      await shot(healthSecond, 'two-tabs-refused', 'desktop');
    });
    const { body } = await stack.hoso.call('demo-health-yt01', 'GET', `/api/v1/dossiers/${dossierId}`);
    // The first tab's result stands: the dossier went on to the commune step, not closed as "not addicted".
    expect(body).toMatchObject({ step: 'commune' });
  }, 120_000);
});
