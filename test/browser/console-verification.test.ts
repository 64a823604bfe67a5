import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { DocumentListSchema } from '../../domain/schemas/documents';
import { ensurePdfsig } from '../../scripts/tools/pdf-verifiers';
import { ensureZbarimg } from '../../scripts/tools/qr-decoder';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { capturedOnFailure, contextAt, seriousViolations, signInAs, viewports } from '../support/browser';
import { consoleUnderTest, shot, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON = 'Trương Thị Ngọc Ánh';
const ID_NUMBER = uniqueIdNumber();
/** The form the determination request issues (Giấy đề nghị xác định tình trạng nghiện). */
const FORM = 'determination-request';

/**
 * Issue 12: a signed PDF downloaded with the console's button keeps its Vietnamese name, and the QR code printed on
 * it, read off the rendered page as a phone's camera would, opens the public verification page: on a phone and on a
 * PC it says the document is valid, shows nothing of the person, and has no serious accessibility violation.
 */
describeWithStack('the console: from a downloaded PDF’s QR code to its verification page', () => {
  const stack = consoleUnderTest();
  let dossierId: string;
  let document: { title: string; verificationCode: string };

  beforeAll(async () => {
    const opened = await openThroughApi(stack.hoso, { fullName: PERSON, idNumber: ID_NUMBER, detectedOn: civilDateAt(new Date()) });
    dossierId = (opened.body as { dossierId: string }).dossierId;
    await actThroughApi(stack.hoso, dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    // The forms are signed and archived just after the answer.
    for (let attempt = 0; ; attempt++) {
      const { body } = await stack.hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`);
      const issued = DocumentListSchema.parse(body).items.find((item) => item.formId === FORM);
      if (issued?.verificationCode) {
        document = { title: issued.title, verificationCode: issued.verificationCode };
        break;
      }
      if (attempt > 150) throw new Error(`${FORM} was never issued`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  it('downloads a signed PDF whose QR code opens a page saying it is valid, with nothing of the person, at both sizes', async () => {
    const [zbarimg, pdfsig] = await Promise.all([ensureZbarimg(), ensurePdfsig()]);
    // pdftoppm comes in the same Debian package as pdfsig (poppler-utils).
    const pdftoppm = path.join(path.dirname(pdfsig), 'pdftoppm');
    const dir = await mkdtemp(path.join(tmpdir(), 'hoso-verification-'));
    try {
      const office = await (await contextAt(stack.browser, 'desktop')).newPage();
      const pdf = await capturedOnFailure(office, SHOTS, 'failed-verification-download', async () => {
        await signInAs(office, stack.hoso.baseUrl, 'Trần Văn Hùng');
        await office.goto(`${stack.hoso.baseUrl}/ho-so/${dossierId}`);
        await office.getByRole('heading', { name: PERSON, level: 1 }).waitFor();
        const item = office.locator('.ant-list-item').filter({ hasText: document.title });
        const [download] = await Promise.all([office.waitForEvent('download'), item.getByRole('button', { name: 'Tải về' }).click()]);
        // The form's title with its diacritics and the verification code; never the person.
        expect(download.suggestedFilename()).toBe(`${document.title} - ${document.verificationCode}.pdf`);
        const saved = path.join(dir, download.suggestedFilename());
        await download.saveAs(saved);
        return saved;
      });
      expect(spawnSync(pdfsig, [pdf], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');

      // Page 1 as a phone's camera sees the paper, read by a QR scanner.
      const image = path.join(dir, 'page-1');
      expect(spawnSync(pdftoppm, ['-r', '200', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, image], { encoding: 'utf8' }).status).toBe(0);
      const scan = spawnSync(zbarimg, ['--raw', '-q', `${image}.png`], { encoding: 'utf8' });
      expect(scan.status).toBe(0);
      const printed = new URL(scan.stdout.trim());
      expect(printed.pathname).toBe(`/api/v1/verify/${document.verificationCode}`);

      for (const size of Object.keys(viewports) as Size[]) {
        const reader = await (await contextAt(stack.browser, size)).newPage();
        await capturedOnFailure(reader, SHOTS, `failed-verification-${size}`, async () => {
          // The test's API is not at the public address the QR code prints (PUBLIC_URL): the same path on it.
          await reader.goto(`${stack.hoso.baseUrl}${printed.pathname}`);
          await reader.getByText('Văn bản hợp lệ: còn nguyên vẹn và chữ ký số hợp lệ.').waitFor();
          await reader.getByRole('row', { name: `Văn bản ${document.title}` }).waitFor();
          const html = await reader.content();
          for (const personal of [PERSON, ID_NUMBER, '17/05/1990', '1990-05-17']) expect({ personal, shown: html.includes(personal) }).toEqual({ personal, shown: false });
          expect(await seriousViolations(reader)).toEqual([]);
          await shot(reader, 'verification', size);
        });
        await reader.context().close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
