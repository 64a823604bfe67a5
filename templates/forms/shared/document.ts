/**
 * Building blocks shared by the forms: "Căn cứ" lines, "Kính gửi", the opening and closing of a
 * biên bản, co-signatures, and the frame every form returns (header, signer, footer, metadata).
 */
import type { AdministrativeDocument, Block, TableBlock } from '../../layout/types';
import { formatClock, formatCount, formatLongDate } from './dates';
import type { IssuerInput, OfficialInput, SignerInput } from './schema';

/**
 * What a form prints where a fact was not entered: a dotted line to fill in by hand, as on paper. A form never
 * makes up a reason, a place or a person nobody gave (a field block with an empty value draws its own leader).
 */
export const DOTTED_BLANK = '……………';

/** The text entered, or the dotted blank. */
export function orBlank(text: string | undefined): string {
  return text === undefined || text.trim() === '' ? DOTTED_BLANK : text;
}

/** Numbered paragraphs "1. …;" ending with "."; one dotted line when nothing was entered. */
export function numberedOrBlank(items: readonly string[]): Block[] {
  if (items.length === 0) return [{ kind: 'paragraph', text: DOTTED_BLANK }];
  return items.map((item, i) => ({ kind: 'paragraph', text: `${i + 1}. ${item.replace(/[.;]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}` }));
}

/** Paragraphs each ending with "."; one dotted line when nothing was entered. */
export function paragraphsOrBlank(items: readonly string[]): Block[] {
  if (items.length === 0) return [{ kind: 'paragraph', text: DOTTED_BLANK }];
  return items.map((item) => ({ kind: 'paragraph', text: `${item.replace(/[.;]\s*$/, '')}.` }));
}

/** "Căn cứ …" lines in italics, each ending with ";" and the last with "." (Nghị định 30/2020). */
export function basisLines(lines: readonly string[]): Block[] {
  return lines.map((line, index) => ({
    kind: 'paragraph',
    style: 'italic',
    text: `${line.trim().replace(/[;.,]+$/, '')}${index === lines.length - 1 ? '.' : ';'}`,
  }));
}

/** "Kính gửi: …" centred for one addressee; a list of "- …;" lines for several. */
export function addressees(names: readonly string[]): Block[] {
  if (names.length === 1) return [{ kind: 'paragraph', text: `Kính gửi: ${names[0] as string}.`, align: 'center', indent: false }];
  return [
    { kind: 'paragraph', text: 'Kính gửi:', align: 'center', indent: false },
    ...names.map((name, index): Block => ({ kind: 'paragraph', text: `- ${name}${index === names.length - 1 ? '.' : ';'}`, align: 'left' })),
  ];
}

/** A centred bold line: the authority of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TIÊN DU") or "QUYẾT ĐỊNH:". */
export function centredHeading(text: string): Block {
  return { kind: 'heading', text, align: 'center' };
}

/** A name as signed under a signature: without the "Ông" / "Bà" a sentence puts before it (a rank stays). */
export function signedName(name: string): string {
  return name.replace(/^(Ông|Bà|ông|bà)\s+/u, '');
}

/** "Ông Lê Văn Nam, Phó Trưởng Công an xã Tiên Du" */
export function officialLine(official: OfficialInput): string {
  return `${official.name}, ${official.title}`;
}

const clockOrBlank = (time: string | undefined): string => (time === undefined ? `${DOTTED_BLANK} giờ ${DOTTED_BLANK} phút` : formatClock(time));

/** "Hôm nay, hồi 09 giờ 30 phút, ngày 06 tháng 7 năm 2026, tại …" — the opening sentence of a biên bản; dotted where not entered. */
export function recordOpening(record: { startedAt?: string | undefined; issuedOn: Date | string; location?: string | undefined }, continuation: string): Block {
  return {
    kind: 'paragraph',
    text: `Hôm nay, hồi ${clockOrBlank(record.startedAt)}, ${formatLongDate(record.issuedOn)}, tại ${orBlank(record.location)}, ${continuation}`,
  };
}

/** The closing sentence of a biên bản: when it ends, copies, read back and signed. */
export function recordClosing(record: { endedAt?: string | undefined; copies: number }, copiesTo: string): Block {
  return {
    kind: 'paragraph',
    text:
      `Biên bản kết thúc vào hồi ${clockOrBlank(record.endedAt)} cùng ngày, được lập thành ${formatCount(record.copies)} bản có nội dung ` +
      `và giá trị như nhau, ${copiesTo}. Biên bản đã được đọc lại cho những người có tên trên cùng nghe, công nhận là đúng và cùng ký tên dưới đây./.`,
  };
}

/**
 * Signatures other than the signer's: the role, "(Ký, ghi rõ họ tên)", room to sign, the name —
 * kept on one page. One party is centred under the text; several sit side by side in ruled boxes.
 * Both are built from blocks the layout keeps whole (a heading with its lines; a table's header
 * row), because the layout draws a single signer block, in the right-hand column.
 */
export function signatureBlocks(parties: ReadonlyArray<{ role: string; name?: string; note?: string }>): Block[] {
  const cell = (party: { role: string; name?: string; note?: string }): string =>
    `${party.role}\n${party.note ?? '(Ký, ghi rõ họ tên)'}\n\n\n\n${party.name ?? ''}`;
  if (parties.length === 1) return [centredHeading(cell(parties[0] as { role: string }))];
  const table: TableBlock = {
    kind: 'table',
    columns: parties.map((party) => ({ header: cell(party), width: 1, align: 'center' as const })),
    rows: [],
  };
  return [table];
}

/** The table of documents in a dossier: STT, title, copies. */
export function documentsTable(documents: ReadonlyArray<{ title: string; copies?: number | undefined }>): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 1, align: 'center' },
      { header: 'Tên tài liệu', width: 8 },
      { header: 'Số bản', width: 1.6, align: 'center' },
    ],
    rows: documents.map((d, index) => [String(index + 1), d.title, formatCount(d.copies ?? 1)]),
  };
}

export interface DocumentFrame {
  dossierCode: string;
  documentId?: string | undefined;
  issuer: IssuerInput;
  documentNumber: string;
  place: string;
  issuedOn: Date | string;
  recipients: readonly string[];
  signer: SignerInput;
}

/**
 * The document every form returns: header from the issuer, number, place and date; the signer;
 * the dossier code in the footer. The PDF metadata names the form and the dossier only: never
 * the person (a file's properties travel further than its pages).
 */
export function composeDocument(
  frame: DocumentFrame,
  content: { formId: string; formTitle: string; formNumber?: string | undefined; title: string; subtitle?: string; body: readonly Block[] },
): AdministrativeDocument {
  const { issuer, signer } = frame;
  return {
    ...(content.formNumber ? { formNumber: content.formNumber } : {}),
    issuer: issuer.parent ? { parent: issuer.parent, name: issuer.name } : { name: issuer.name },
    number: frame.documentNumber,
    place: frame.place,
    date: frame.issuedOn,
    title: content.title,
    ...(content.subtitle ? { subtitle: content.subtitle } : {}),
    body: content.body,
    recipients: frame.recipients,
    signer: signer.onBehalfOf ? { title: signer.title, name: signer.name, onBehalfOf: signer.onBehalfOf } : { title: signer.title, name: signer.name },
    footer: { documentCode: frame.documentId ?? frame.dossierCode },
    bodyFontSize: 13,
    metadata: {
      title: content.formTitle,
      author: issuer.inlineName,
      subject: `Hồ sơ ${frame.dossierCode}`,
      keywords: [frame.dossierCode, content.formId],
    },
  };
}
