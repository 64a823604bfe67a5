import { capturedOnFailure, contextAt, viewports } from '../support/browser';
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
