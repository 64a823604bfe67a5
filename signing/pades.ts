/**
 * Signs a PDF as PAdES baseline B-B (ETSI EN 319 142-1): an invisible signature field whose value
 * is a signature dictionary with /SubFilter /ETSI.CAdES.detached, appended as an incremental
 * update. The rendered bytes stay untouched as the file's first revision, so an archived unsigned
 * rendering is a prefix of its signed copy.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { buildCadesSignature } from './cades';
import { PdfRevision } from './pdf-revision';
import type { DocumentSigner } from './signer';

export interface SignPdfOptions {
  signer: DocumentSigner;
  unitCode: string;
  /** Claimed signing time, written to the signature dictionary's /M (B-B has no signing-time attribute). */
  signingTime: Date;
  /** Lý do ký, e.g. "Phê duyệt phiếu mở hồ sơ". */
  reason?: string | undefined;
  /** Nơi ký, e.g. "Tiên Du, Bắc Ninh". */
  location?: string | undefined;
  contactInfo?: string | undefined;
  /** Bytes reserved for the CMS. Default: the certificate chain plus 8 KiB. */
  reservedBytes?: number | undefined;
}

const BYTE_RANGE_PLACEHOLDER = '[0 /********** /********** /**********]';
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Returns the signed PDF. Equal input, time and key give equal bytes (RSA PKCS#1 v1.5 is deterministic). */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  const { signer, unitCode, signingTime } = options;
  const original = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const revision = new PdfRevision(original, lastStartXref(original));
  const chain = await signer.certificateChain(unitCode);
  const reservedBytes = options.reservedBytes ?? chain.reduce((sum, der) => sum + der.byteLength, 0) + 8192;

  const { context } = revision;
  const catalog = revision.catalog();
  const page = revision.firstPage();
  const changed = new Map<PDFRef, PDFObject>();

  const fieldRef = context.nextRef();
  const signatureRef = context.nextRef();
  const fields = signatureFields(revision, catalog, changed);
  changed.set(
    fieldRef,
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFString.of(uniqueFieldName(revision, fields)),
      V: signatureRef,
      F: 132, // Print + Locked; Rect [0 0 0 0]: an invisible signature
      Rect: [0, 0, 0, 0],
      P: page.ref,
    }),
  );
  fields.push(fieldRef);
  const annots = page.dict.get(PDFName.of('Annots'));
  if (annots instanceof PDFRef) {
    const array = revision.lookupArray(annots);
    array.push(fieldRef);
    changed.set(annots, array);
  } else {
    if (annots instanceof PDFArray) annots.push(fieldRef);
    else page.dict.set(PDFName.of('Annots'), context.obj([fieldRef]));
    changed.set(page.ref, page.dict);
  }

  // Assemble the update: changed objects, the signature dictionary, the xref section and trailer.
  const parts: Buffer[] = [original];
  let offset = original.length;
  const push = (part: Buffer): void => {
    parts.push(part);
    offset += part.length;
  };
  const last = original[original.length - 1];
  if (last !== 0x0a && last !== 0x0d) push(Buffer.from('\n'));
  const offsets = new Map<number, { offset: number; generation: number }>();
  for (const [ref, object] of changed) {
    offsets.set(ref.objectNumber, { offset, generation: ref.generationNumber });
    push(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'));
    push(serialize(object));
    push(Buffer.from('\nendobj\n', 'latin1'));
  }
  offsets.set(signatureRef.objectNumber, { offset, generation: 0 });
  const head = Buffer.from(
    `${signatureRef.objectNumber} 0 obj\n<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n/ByteRange ${BYTE_RANGE_PLACEHOLDER}\n/Contents `,
    'latin1',
  );
  const byteRangeAt = offset + head.indexOf(BYTE_RANGE_PLACEHOLDER);
  push(head);
  const contentsAt = offset;
  push(Buffer.from(`<${'0'.repeat(reservedBytes * 2)}>`, 'latin1'));
  const contentsEnd = offset;
  const entries = [`/M (${pdfDate(signingTime)})`];
  if (options.reason) entries.push(`/Reason ${PDFHexString.fromText(options.reason).toString()}`);
  if (options.location) entries.push(`/Location ${PDFHexString.fromText(options.location).toString()}`);
  if (options.contactInfo) entries.push(`/ContactInfo ${PDFHexString.fromText(options.contactInfo).toString()}`);
  push(Buffer.from(`\n${entries.join('\n')}\n>>\nendobj\n`, 'latin1'));

  const xrefAt = offset;
  push(Buffer.from(xrefSection(offsets), 'latin1'));
  const trailer = context.obj({ Size: context.largestObjectNumber + 1, Root: catalog.ref, Prev: revision.startXref });
  for (const key of ['Info', 'ID']) {
    const value = revision.trailer.get(PDFName.of(key));
    if (value) trailer.set(PDFName.of(key), value);
  }
  push(Buffer.from('trailer\n', 'latin1'));
  push(serialize(trailer));
  push(Buffer.from(`\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));

  const signed = Buffer.concat(parts);
  const byteRange = [0, contentsAt, contentsEnd, signed.length - contentsEnd];
  const byteRangeText = `[${byteRange.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ');
  signed.write(byteRangeText, byteRangeAt, 'latin1');

  const contentDigest = createHash('sha256').update(signed.subarray(0, contentsAt)).update(signed.subarray(contentsEnd)).digest();
  const cms = await buildCadesSignature({ signer, unitCode, chain, contentDigest: new Uint8Array(contentDigest) });
  if (cms.byteLength > reservedBytes) {
    throw new Error(`The signature needs ${cms.byteLength} bytes but ${reservedBytes} were reserved; pass a larger reservedBytes`);
  }
  signed.write(Buffer.from(cms).toString('hex'), contentsAt + 1, 'latin1');
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.length);
}

/** The AcroForm's /Fields array, created if missing; whatever holds it is marked changed. */
function signatureFields(revision: PdfRevision, catalog: { ref: PDFRef; dict: PDFDict }, changed: Map<PDFRef, PDFObject>): PDFArray {
  const { context } = revision;
  let form: PDFDict;
  const existing = catalog.dict.get(PDFName.of('AcroForm'));
  if (existing instanceof PDFRef) {
    form = revision.lookupDict(existing);
    changed.set(existing, form);
  } else if (existing instanceof PDFDict) {
    form = existing;
    changed.set(catalog.ref, catalog.dict);
  } else {
    const formRef = context.nextRef();
    form = context.obj({});
    catalog.dict.set(PDFName.of('AcroForm'), formRef);
    changed.set(catalog.ref, catalog.dict);
    changed.set(formRef, form);
  }
  form.set(PDFName.of('SigFlags'), PDFNumber.of(3)); // SignaturesExist | AppendOnly
  const fields = form.get(PDFName.of('Fields'));
  if (fields instanceof PDFRef) {
    const array = revision.lookupArray(fields);
    changed.set(fields, array);
    return array;
  }
  if (fields instanceof PDFArray) return fields;
  const array = context.obj([]);
  form.set(PDFName.of('Fields'), array);
  return array;
}

function uniqueFieldName(revision: PdfRevision, fields: PDFArray): string {
  const taken = new Set(
    fields.asArray().map((entry) => {
      const field = revision.resolve(entry);
      const name = field instanceof PDFDict ? field.get(PDFName.of('T')) : undefined;
      return name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : '';
    }),
  );
  let index = 1;
  while (taken.has(`Signature${index}`)) index += 1;
  return `Signature${index}`;
}

function serialize(object: PDFObject): Buffer {
  const bytes = Buffer.alloc(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

/** Subsections of consecutive object numbers; each entry exactly 20 bytes. */
function xrefSection(offsets: Map<number, { offset: number; generation: number }>): string {
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let text = 'xref\n';
  for (let start = 0; start < numbers.length; ) {
    let end = start;
    while (numbers[end + 1] === (numbers[end] ?? 0) + 1) end += 1;
    text += `${numbers[start]} ${end - start + 1}\n`;
    for (const number of numbers.slice(start, end + 1)) {
      const entry = offsets.get(number);
      if (!entry) continue;
      text += `${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} n \n`;
    }
    start = end + 1;
  }
  return text;
}

function lastStartXref(pdf: Buffer): number {
  const tail = pdf.toString('latin1', Math.max(0, pdf.length - 1024));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match?.[1]) throw new Error('Not a PDF: no startxref … %%EOF at its end');
  return Number(match[1]);
}

/** "D:20260706091500+07'00'": the claimed time in Vietnam time, which has no daylight saving. */
function pdfDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('signingTime is not a valid date');
  const local = new Date(date.getTime() + VIETNAM_UTC_OFFSET_MS);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `D:${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}+07'00'`;
}
