/**
 * hoso's own check of a signed PDF, independent of the PDF viewers: that each signature's byte range
 * covers everything but its /Contents, that the CMS signature and its message digest hold, that the
 * ESS signing-certificate-v2 names the certificate that signed, and that it chains to a trusted root.
 */
import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { arrayBufferOf, asn1js, OID, pkijs, readName, type DistinguishedName } from './pki';

export interface SignatureReport {
  fieldName: string | undefined;
  valid: boolean;
  /** The byte range reaches the end of the file: nothing was appended after this signature. */
  coversWholeDocument: boolean;
  signer: { subject: string; commonName?: string | undefined; organization?: string | undefined } | undefined;
  /** The time the signer claims (/M); not proven at B-B level. */
  claimedSigningTime: string | undefined;
  /** Why the signature is not valid; empty when it is. */
  reasons: string[];
}

export interface VerificationResult {
  /** At least one signature, every one valid, and the last covers the whole document. */
  valid: boolean;
  coversWholeDocument: boolean;
  /** The signer of the last signature. */
  signer: SignatureReport['signer'];
  reasons: string[];
  signatures: SignatureReport[];
}

export interface VerifyOptions {
  /** When certificates must be valid. Default: now (B-B carries no proof of an earlier time). */
  at?: Date | undefined;
}

const MAX_CHAIN = 8;

/** Verifies every signature in the PDF against `trustedRoots` (DER certificates). Never throws on bad input. */
export async function verifyPdf(pdf: Uint8Array, trustedRoots: readonly Uint8Array[], { at = new Date() }: VerifyOptions = {}): Promise<VerificationResult> {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let fields: SignatureField[];
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: true });
    fields = signatureFields(document.context);
  } catch (error) {
    const reason = `not a readable PDF: ${error instanceof Error ? error.message : String(error)}`;
    return { valid: false, coversWholeDocument: false, signer: undefined, reasons: [reason], signatures: [] };
  }
  const roots = trustedRoots.map((der) => new X509Certificate(der));
  const signatures = fields.map((field) => verifySignatureField(bytes, field, roots, at));
  signatures.sort((a, b) => a.end - b.end);
  const lastSignature = signatures[signatures.length - 1];
  const reasons = signatures.length === 0 ? ['the document has no signature'] : signatures.flatMap(({ report }) => report.reasons.map((reason) => `${report.fieldName ?? 'signature'}: ${reason}`));
  const coversWholeDocument = lastSignature?.report.coversWholeDocument ?? false;
  if (lastSignature && !coversWholeDocument) reasons.push('content was added after the last signature');
  return {
    valid: reasons.length === 0,
    coversWholeDocument,
    signer: lastSignature?.report.signer,
    reasons,
    signatures: signatures.map(({ report }) => report),
  };
}

interface SignatureField {
  fieldName: string | undefined;
  signature: PDFDict;
}

function signatureFields(context: PDFContext): SignatureField[] {
  const catalogRef = context.trailerInfo.Root;
  const catalog = catalogRef instanceof PDFRef ? context.lookup(catalogRef) : undefined;
  if (!(catalog instanceof PDFDict)) return [];
  const form = lookup(context, catalog.get(PDFName.of('AcroForm')));
  if (!(form instanceof PDFDict)) return [];
  const found: SignatureField[] = [];
  const visit = (entry: unknown, depth: number): void => {
    const field = lookup(context, entry);
    if (!(field instanceof PDFDict) || depth > 16) return;
    const kids = lookup(context, field.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) kids.asArray().forEach((kid) => visit(kid, depth + 1));
    const value = lookup(context, field.get(PDFName.of('V')));
    if (field.get(PDFName.of('FT')) === PDFName.of('Sig') && value instanceof PDFDict) {
      const name = field.get(PDFName.of('T'));
      found.push({ fieldName: name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : undefined, signature: value });
    }
  };
  const fields = lookup(context, form.get(PDFName.of('Fields')));
  if (fields instanceof PDFArray) fields.asArray().forEach((entry) => visit(entry, 0));
  return found;
}

function lookup(context: PDFContext, value: unknown): unknown {
  return value instanceof PDFRef ? context.lookup(value) : value;
}

function verifySignatureField(pdf: Buffer, { fieldName, signature }: SignatureField, roots: X509Certificate[], at: Date): { end: number; report: SignatureReport } {
  const reasons: string[] = [];
  const report: SignatureReport = { fieldName, valid: false, coversWholeDocument: false, signer: undefined, claimedSigningTime: undefined, reasons };
  const claimed = signature.get(PDFName.of('M'));
  if (claimed instanceof PDFString || claimed instanceof PDFHexString) report.claimedSigningTime = claimed.decodeText();
  const subFilter = signature.get(PDFName.of('SubFilter'));
  if (subFilter !== PDFName.of('ETSI.CAdES.detached')) reasons.push(`SubFilter is ${String(subFilter)}, not /ETSI.CAdES.detached`);

  const range = signature.get(PDFName.of('ByteRange'));
  const numbers = range instanceof PDFArray ? range.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN)) : [];
  const [start, gapStart, gapEnd, tailLength] = numbers;
  if (numbers.length !== 4 || start !== 0 || gapStart === undefined || gapEnd === undefined || tailLength === undefined || !numbers.every(Number.isSafeInteger) || gapStart >= gapEnd || gapEnd + tailLength > pdf.length) {
    reasons.push(`ByteRange ${JSON.stringify(numbers)} is not [0 a b c] inside the file`);
    return { end: Infinity, report };
  }
  const end = gapEnd + tailLength;
  report.coversWholeDocument = end === pdf.length;

  // The one gap must be exactly this dictionary's /Contents hex string, brackets included.
  const contents = signature.get(PDFName.of('Contents'));
  const gap = pdf.toString('latin1', gapStart, gapEnd);
  if (!(contents instanceof PDFHexString) || !/^<[0-9A-Fa-f\s]*>$/.test(gap) || gap.slice(1, -1).replace(/\s/g, '').toLowerCase() !== contents.asString().replace(/\s/g, '').toLowerCase()) {
    reasons.push('the bytes left out of the ByteRange are not exactly the signature /Contents');
    return { end, report };
  }
  const contentDigest = createHash('sha256').update(pdf.subarray(0, gapStart)).update(pdf.subarray(gapEnd, end)).digest();
  const cms = new Uint8Array(Buffer.from(contents.asString().replace(/\s/g, ''), 'hex'));
  const result = verifyCms(cms, contentDigest, roots, at, reasons);
  report.signer = result.signer && { subject: result.signer.text, commonName: result.signer.commonName, organization: result.signer.organization };
  report.valid = reasons.length === 0;
  return { end, report };
}

function verifyCms(cms: Uint8Array, contentDigest: Buffer, roots: X509Certificate[], at: Date, reasons: string[]): { signer?: DistinguishedName } {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(arrayBufferOf(trimToDer(cms)));
    if (contentInfo.contentType !== OID.signedData) throw new Error(`content type ${contentInfo.contentType}`);
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    reasons.push(`/Contents is not a CMS SignedData (${error instanceof Error ? error.message : String(error)})`);
    return {};
  }
  if (signedData.encapContentInfo.eContentType !== OID.data || signedData.encapContentInfo.eContent) reasons.push('the CMS is not detached id-data');
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0) {
    reasons.push(`the CMS has ${signedData.signerInfos.length} signers, not one`);
    return {};
  }
  const certificates = (signedData.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
  const signerCertificate = certificates.find((certificate) => identifies(signerInfo.sid, certificate));
  if (!signerCertificate) {
    reasons.push("the signer's certificate is not in the CMS");
    return {};
  }
  const signer = readName(signerCertificate.subject);
  const signerDer = new Uint8Array(signerCertificate.toSchema(true).toBER(false));

  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256) reasons.push(`digest algorithm ${signerInfo.digestAlgorithm.algorithmId} is not SHA-256`);
  const attributes = signerInfo.signedAttrs;
  if (!attributes) {
    reasons.push('the CMS has no signed attributes');
    return { signer };
  }
  const attribute = (type: string) => attributes.attributes.filter((item) => item.type === type);
  const [contentType] = attribute(OID.contentType);
  if (!(contentType?.values[0] instanceof asn1js.ObjectIdentifier) || contentType.values[0].valueBlock.toString() !== OID.data) reasons.push('content-type attribute missing or not id-data');
  const [messageDigest] = attribute(OID.messageDigest);
  const digestValue = messageDigest?.values[0];
  if (!(digestValue instanceof asn1js.OctetString) || !Buffer.from(digestValue.valueBlock.valueHexView).equals(contentDigest)) {
    reasons.push('the message digest does not match the signed bytes: the document was changed after signing');
  }
  checkSigningCertificateV2(attribute(OID.signingCertificateV2), signerDer, reasons);

  const spki = Buffer.from(signerCertificate.subjectPublicKeyInfo.toSchema().toBER(false));
  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  if (algorithm !== OID.sha256WithRSAEncryption && algorithm !== OID.rsaEncryption) {
    reasons.push(`signature algorithm ${algorithm} is not supported`);
  } else if (!verifySignature('sha256', Buffer.from(attributes.encodedValue), { key: spki, format: 'der', type: 'spki' }, Buffer.from(signerInfo.signature.valueBlock.valueHexView))) {
    reasons.push('the signature over the signed attributes does not verify');
  }
  checkChain(signerDer, certificates, roots, at, reasons);
  return { signer };
}

/** The DER object at the start of /Contents, without the zero padding after it. */
function trimToDer(bytes: Uint8Array): Uint8Array {
  const decoded = asn1js.fromBER(arrayBufferOf(bytes));
  if (decoded.offset === -1) throw new Error(decoded.result.error || 'not BER');
  return bytes.subarray(0, decoded.offset);
}

function identifies(sid: pkijs.SignerInfo['sid'], certificate: pkijs.Certificate): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) return sid.issuer.isEqual(certificate.issuer) && sid.serialNumber.isEqual(certificate.serialNumber);
  return false; // hoso signs with issuerAndSerialNumber; subjectKeyIdentifier is not accepted
}

/** SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { hashAlgorithm DEFAULT sha256, certHash, issuerSerial OPTIONAL } } */
function checkSigningCertificateV2(attributes: pkijs.Attribute[], signerDer: Uint8Array, reasons: string[]): void {
  if (attributes.length !== 1) {
    reasons.push('the ESS signing-certificate-v2 attribute is missing (PAdES B-B requires it)');
    return;
  }
  const [value] = attributes[0]?.values ?? [];
  const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  const fields = first instanceof asn1js.Sequence ? first.valueBlock.value : [];
  let hashAlgorithm = OID.sha256 as string;
  let index = 0;
  const algorithmField = fields[0];
  if (algorithmField instanceof asn1js.Sequence) {
    hashAlgorithm = new pkijs.AlgorithmIdentifier({ schema: algorithmField }).algorithmId;
    index = 1;
  }
  const hash = fields[index];
  if (!(hash instanceof asn1js.OctetString)) {
    reasons.push('the ESS signing-certificate-v2 attribute is malformed');
    return;
  }
  const hashName = ({ [OID.sha256]: 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' } as Record<string, string>)[hashAlgorithm];
  if (!hashName || !Buffer.from(hash.valueBlock.valueHexView).equals(createHash(hashName).update(signerDer).digest())) {
    reasons.push("the ESS signing-certificate-v2 hash does not match the signer's certificate");
  }
}

/** A path from the signer's certificate through the CMS certificates to a trusted root, each valid at `at`. */
function checkChain(signerDer: Uint8Array, certificates: pkijs.Certificate[], roots: X509Certificate[], at: Date, reasons: string[]): void {
  const pool = [...certificates.map((certificate) => new X509Certificate(Buffer.from(certificate.toSchema(true).toBER(false)))), ...roots];
  let current = new X509Certificate(Buffer.from(signerDer));
  if (!usableForSigning(signerDer)) reasons.push("the signer's certificate does not allow digitalSignature or nonRepudiation");
  for (let depth = 0; depth < MAX_CHAIN; depth += 1) {
    if (!validAt(current, at)) {
      reasons.push(`certificate "${current.subject.replace(/\n/g, ', ')}" is not valid at ${at.toISOString()}`);
      return;
    }
    if (roots.some((root) => root.raw.equals(current.raw))) return;
    const child = current;
    const issuer = pool.find((candidate) => !candidate.raw.equals(child.raw) && candidate.ca && child.checkIssued(candidate) && child.verify(candidate.publicKey));
    if (!issuer) {
      reasons.push(`no trusted issuer for "${child.issuer.replace(/\n/g, ', ')}"`);
      return;
    }
    current = issuer;
  }
  reasons.push('the certificate chain is too long');
}

function validAt(certificate: X509Certificate, at: Date): boolean {
  return new Date(certificate.validFrom) <= at && at <= new Date(certificate.validTo);
}

/** KeyUsage, if present, must have digitalSignature (bit 0) or nonRepudiation (bit 1). */
function usableForSigning(der: Uint8Array): boolean {
  const certificate = pkijs.Certificate.fromBER(arrayBufferOf(der));
  const extension = certificate.extensions?.find((item) => item.extnID === OID.keyUsage);
  if (!extension) return true;
  const bits = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView).result;
  const first = bits instanceof asn1js.BitString ? bits.valueBlock.valueHexView[0] : undefined;
  return first !== undefined && (first & 0xc0) !== 0;
}
