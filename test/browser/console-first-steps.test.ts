import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { capturedOnFailure, contextAt, launchChromium, viewports } from '../support/browser';
import { healthFacilityRecords, policeOpensADossier, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

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
    const dossierId = await capturedOnFailure(police, SHOTS, `failed-police-${size}`, () => policeOpensADossier(police, hoso.baseUrl, size, `Nguyễn Văn Ánh ${size === 'phone' ? 'Hai' : 'Một'}`));
    const health = await (await contextAt(browser, size)).newPage();
    await capturedOnFailure(health, SHOTS, `failed-health-${size}`, () => healthFacilityRecords(health, hoso.baseUrl, dossierId, `Nguyễn Văn Ánh ${size === 'phone' ? 'Hai' : 'Một'}`));
    const { body } = await hoso.call('demo-health-yt01', 'GET', `/api/v1/dossiers/${dossierId}`);
    expect(body).toMatchObject({ step: 'commune' });
  }, 120_000);
});
