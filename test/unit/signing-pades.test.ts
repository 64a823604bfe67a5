import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { ensurePdfsig, ensurePyhanko, type ToolCommand } from '../../scripts/tools/pdf-verifiers';
import { createP12Signer, signPdf, verifyPdf, type DocumentSigner } from '../../signing';
import { ensureDevCa, type DevCa } from '../../signing/dev-ca';
import { renderForm } from '../../templates';
import { coverSheet } from '../fixtures/form-inputs';

const UNIT = { code: 'CAX-TIENDU', name: 'Công an xã Tiên Du' };
const SIGNING_TIME = new Date();

const coverSheetInput = coverSheet();

let dir: string;
let ca: DevCa;
let signer: DocumentSigner;
let rendered: Uint8Array;
let signed: Uint8Array;

let pdfsig: string;
let pyhanko: ToolCommand;

async function fileWith(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

function runPdfsig(tool: string, path: string): string {
  const result = spawnSync(tool, [path], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`;
}

function runPyhanko(tool: ToolCommand, path: string): { output: string; status: number | null } {
  const result = spawnSync(tool.command, [...tool.args, 'sign', 'validate', '--pretty-print', '--trust', ca.rootCertificatePath, '--trust-replace', path], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { output: `${result.stdout}${result.stderr}`, status: result.status };
}

/** The CMS ContentInfo in the (last) signature's /Contents, without its zero padding. */
function cmsOf(pdf: Uint8Array): pkijs.SignedData {
  const text = Buffer.from(pdf).toString('latin1');
  const hex = [...text.matchAll(/\/Contents <([0-9A-Fa-f]+)>/g)].pop()?.[1];
  if (!hex) throw new Error('no signature /Contents');
  const decoded = asn1js.fromBER(new Uint8Array(Buffer.from(hex, 'hex')));
  return new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: decoded.result }).content });
}

function flipByte(pdf: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(pdf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoso-signing-'));
  ca = await ensureDevCa(join(dir, 'dev-ca'));
  await ca.issueUnitCertificate(UNIT.code, UNIT.name);
  signer = createP12Signer({ directory: ca.unitsDir, passwordOf: ca.unitPassword });
  rendered = await renderForm('dossier-cover-sheet', coverSheetInput);
  signed = await signPdf(rendered, { signer, unitCode: UNIT.code, signingTime: SIGNING_TIME, reason: 'Phê duyệt phiếu mở hồ sơ', location: 'Tiên Du, Bắc Ninh' });
  [pdfsig, pyhanko] = await Promise.all([ensurePdfsig(), ensurePyhanko()]);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a dossier document signed by the unit (PAdES B-B)', () => {
  it("is valid by hoso's own verification, over the whole document, signed by the unit under its Vietnamese name", async () => {
    const result = await verifyPdf(signed, [ca.rootCertificate]);
    expect(result.reasons).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.coversWholeDocument).toBe(true);
    expect(result.signer?.commonName).toBe('Công an xã Tiên Du');
    expect(result.signer?.organization).toBe('Công an xã Tiên Du');
    expect(result.signer?.subject).toBe('C=VN, O=Công an xã Tiên Du, CN=Công an xã Tiên Du, serialNumber=CAX-TIENDU');
    expect(result.signatures).toHaveLength(1);
    expect(result.signatures[0]?.claimedSigningTime).toMatch(/^D:\d{14}\+07'00'$/);
  });

  it('keeps the rendered document byte for byte as its first revision', () => {
    expect(Buffer.from(signed.subarray(0, rendered.byteLength)).equals(Buffer.from(rendered))).toBe(true);
  });

  it('carries the B-B signed attributes: content-type, message-digest and signing-certificate-v2 naming the unit certificate, no signing-time', async () => {
    const cms = cmsOf(signed);
    const signerInfo = cms.signerInfos[0];
    const types = signerInfo?.signedAttrs?.attributes.map((attribute) => attribute.type);
    expect(types).toEqual(expect.arrayContaining(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.16.2.47']));
    expect(types).toHaveLength(3);
    expect(types).not.toContain('1.2.840.113549.1.9.5'); // signing-time: PAdES puts the time in /M

    const essAttribute = signerInfo?.signedAttrs?.attributes.find((attribute) => attribute.type === '1.2.840.113549.1.9.16.2.47');
    const certHash = (((essAttribute?.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0];
    expect(certHash).toBeInstanceOf(asn1js.OctetString); // hashAlgorithm omitted: SHA-256 is the DEFAULT
    const [leaf] = await signer.certificateChain(UNIT.code);
    expect(Buffer.from((certHash as asn1js.OctetString).valueBlock.valueHexView).equals(createHash('sha256').update(leaf ?? new Uint8Array()).digest())).toBe(true);
    expect(cms.encapContentInfo.eContent).toBeUndefined(); // detached
    expect(signerInfo?.digestAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
  });

  it('names its unit in UTF8String, so the diacritics survive in every reader', async () => {
    const [leaf] = await signer.certificateChain(UNIT.code);
    const subject = pkijs.Certificate.fromBER(leaf ?? new Uint8Array()).subject.typesAndValues;
    const commonName = subject.find((attribute) => attribute.type === '2.5.4.3');
    expect(commonName?.value).toBeInstanceOf(asn1js.Utf8String);
    expect(commonName?.value.valueBlock.value).toBe('Công an xã Tiên Du');
  });

  it('is reported valid and wholly signed by pdfsig', async () => {
    const output = runPdfsig(pdfsig, await fileWith('signed.pdf', signed));
    expect(output).toContain('Signature Validation: Signature is Valid.');
    expect(output).toContain('Total document signed');
    expect(output).toContain('Signature Type: ETSI.CAdES.detached');
    expect(output).toContain('Signer Certificate Common Name: Công an xã Tiên Du');
  });

  it('is judged valid by pyHanko, trusting only the development CA', async () => {
    const { output, status } = runPyhanko(pyhanko, await fileWith('signed-for-pyhanko.pdf', signed));
    expect(output).toContain('The signature is judged VALID.');
    expect(output).toContain("The signer's certificate is trusted.");
    expect(output).toContain('The signature covers the entire file.');
    expect(status).toBe(0);
  }, 60_000);

  describe('changed by one byte after signing', () => {
    let tampered: Uint8Array;
    beforeAll(() => {
      // A byte inside the page's (compressed) content stream: what the reader sees, not the signature.
      const text = Buffer.from(signed).toString('latin1');
      tampered = flipByte(signed, text.indexOf('stream\n', text.indexOf('/FlateDecode')) + 'stream\n'.length + 10);
    });

    it('is invalid by hoso, which says the digest no longer matches', async () => {
      const result = await verifyPdf(tampered, [ca.rootCertificate]);
      expect(result.valid).toBe(false);
      expect(result.reasons.join('\n')).toMatch(/message digest does not match/);
    });

    it('is invalid by pdfsig', async () => {
      const output = runPdfsig(pdfsig, await fileWith('tampered.pdf', tampered));
      expect(output).not.toContain('Signature is Valid');
      expect(output).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    });

    it('is invalid by pyHanko', async () => {
      const { output, status } = runPyhanko(pyhanko, await fileWith('tampered-for-pyhanko.pdf', tampered));
      expect(output).toContain('The signature is judged INVALID.');
      expect(status).not.toBe(0);
    }, 60_000);

    it('is invalid by hoso when the changed byte is in the signature dictionary itself', async () => {
      const at = Buffer.from(signed).lastIndexOf('/M (D:') + '/M (D:'.length + 3; // a digit of the year
      const result = await verifyPdf(flipByte(signed, at), [ca.rootCertificate]);
      expect(result.valid).toBe(false);
    });
  });

  it('is not wholly signed once something is appended after the signature', async () => {
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from('1 0 obj\n<< >>\nendobj\n')]);
    const result = await verifyPdf(appended, [ca.rootCertificate]);
    expect(result.coversWholeDocument).toBe(false);
    expect(result.valid).toBe(false);
    expect(result.reasons).toContain('content was added after the last signature');
  });

  it('is not trusted without the development root', async () => {
    const result = await verifyPdf(signed, []);
    expect(result.valid).toBe(false);
    expect(result.reasons.join('\n')).toMatch(/no trusted issuer/);
  });

  it('reports an unsigned document as not valid rather than throwing', async () => {
    const result = await verifyPdf(rendered, [ca.rootCertificate]);
    expect(result).toMatchObject({ valid: false, coversWholeDocument: false, reasons: ['the document has no signature'] });
  });

  it('gives the same bytes for the same document, time and key, so a retried activity archives the same file', async () => {
    const again = await signPdf(rendered, { signer, unitCode: UNIT.code, signingTime: SIGNING_TIME, reason: 'Phê duyệt phiếu mở hồ sơ', location: 'Tiên Du, Bắc Ninh' });
    expect(Buffer.from(again).equals(Buffer.from(signed))).toBe(true);
  });

  it('refuses a signature that the unit certificate does not verify, as from a misconfigured HSM', async () => {
    const wrongKey: DocumentSigner = { certificateChain: (unit) => signer.certificateChain(unit), sign: async () => new Uint8Array(384).fill(7) };
    await expect(signPdf(rendered, { signer: wrongKey, unitCode: UNIT.code, signingTime: SIGNING_TIME })).rejects.toThrow(/does not verify with the unit's certificate/);
  });

  it('signs a PDF from elsewhere: nested page tree, form and annotations held by reference, valid in hoso and pdfsig', async () => {
    // signPdf reads only the objects it changes (signing/pdf-revision.ts): this file has them where hoso's renderer never puts them.
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const { context } = pdf;
    const pages = context.lookup(pdf.catalog.get(PDFName.of('Pages')), PDFDict);
    const firstPage = pdf.getPage(0);
    const middle = context.register(context.obj({ Type: 'Pages', Parent: pdf.catalog.get(PDFName.of('Pages')), Kids: [firstPage.ref], Count: 1 }));
    pages.set(PDFName.of('Kids'), context.obj([middle]));
    firstPage.node.set(PDFName.of('Parent'), middle);
    const annots = context.register(context.obj([]));
    firstPage.node.set(PDFName.of('Annots'), annots);
    const fields = context.register(context.obj([]));
    pdf.catalog.set(PDFName.of('AcroForm'), context.register(context.obj({ Fields: fields })));
    const bytes = await pdf.save({ useObjectStreams: false });

    const signedElsewhere = await signPdf(bytes, { signer, unitCode: UNIT.code, signingTime: SIGNING_TIME });
    expect((await verifyPdf(signedElsewhere, [ca.rootCertificate])).reasons).toEqual([]);
    expect(runPdfsig(pdfsig, await fileWith('signed-elsewhere.pdf', signedElsewhere))).toMatch(/Signature is Valid\./);
    const reloaded = await PDFDocument.load(signedElsewhere);
    expect(reloaded.context.lookup(annots, PDFArray).size()).toBe(1);
    expect(reloaded.context.lookup(fields, PDFArray).size()).toBe(1);
  });

  it('refuses a PDF with a cross-reference stream, which an incremental update with a classic table cannot follow', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    await expect(signPdf(await pdf.save({ useObjectStreams: true }), { signer, unitCode: UNIT.code, signingTime: SIGNING_TIME })).rejects.toThrow(/classic cross-reference tables/);
  });

  it('takes a second signature from a superior unit on top, both valid in hoso, pdfsig and pyHanko', async () => {
    await ca.issueUnitCertificate('CAT-BACNINH', 'Công an tỉnh Bắc Ninh');
    const countersigned = await signPdf(signed, { signer, unitCode: 'CAT-BACNINH', signingTime: new Date(), reason: 'Kiểm tra hồ sơ' });
    const result = await verifyPdf(countersigned, [ca.rootCertificate]);
    expect(result.reasons).toEqual([]);
    expect(result.signatures.map((signature) => [signature.fieldName, signature.signer?.commonName, signature.coversWholeDocument])).toEqual([
      ['Signature1', 'Công an xã Tiên Du', false],
      ['Signature2', 'Công an tỉnh Bắc Ninh', true],
    ]);
    const path = await fileWith('countersigned.pdf', countersigned);
    expect(runPdfsig(pdfsig, path).match(/Signature is Valid\./g)).toHaveLength(2);
    {
      const { output } = runPyhanko(pyhanko, path);
      expect(output.match(/The signature is judged VALID\./g)).toHaveLength(2);
    }
  }, 60_000);
});
