/**
 * The declarative shape of a Vietnamese administrative document (văn bản hành chính) as
 * Nghị định 30/2020/NĐ-CP lays it out. Forms map their typed data to this; one function
 * renders it (`renderAdministrativeDocument`).
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A piece of inline text in one style. */
export interface TextRun {
  text: string;
  style?: FontStyle;
}

/** Plain text (one style, given by the block) or styled runs. `\n` forces a line break. */
export type RichText = string | readonly TextRun[];

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** Body paragraph; justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  /** Style of plain-string text. Default 'regular'. */
  style?: FontStyle;
  align?: Alignment;
  /** First-line indent. Default true for justified/left paragraphs. */
  indent?: boolean;
}

/** Section heading, e.g. "I. THÔNG TIN VỀ NGƯỜI BỊ ĐỀ NGHỊ". Kept with what follows it. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
  align?: 'left' | 'center';
}

/** A labelled line: "Họ và tên: Nguyễn Thị Hường". An empty value prints a dotted leader to fill in by hand. */
export interface FieldBlock {
  kind: 'field';
  label: string;
  value: string;
  /** Print the value in bold (e.g. the person's name). */
  emphasis?: boolean;
}

/** Several labelled values on one line, in columns ("Ngày sinh: … Giới tính: …"). */
export interface FieldRowBlock {
  kind: 'fieldRow';
  fields: ReadonlyArray<{ label: string; value: string; emphasis?: boolean; /** relative column width, default 1 */ width?: number }>;
}

export interface TableColumn {
  header: string;
  /** Relative width (weights are scaled to the text width). */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A ruled table; the header row repeats on every page the table spans; tall rows split across pages. */
export interface TableBlock {
  kind: 'table';
  columns: readonly TableColumn[];
  rows: ReadonlyArray<readonly string[]>;
  /** Font size of the cells. Default: body size − 1. */
  fontSize?: number;
}

/** Checkboxes drawn as boxes (the font has no ☐ glyph), ticked with a cross when checked. */
export interface CheckboxesBlock {
  kind: 'checkboxes';
  /** Optional label printed before the options, e.g. "Tình trạng nơi cư trú:". */
  label?: string;
  options: ReadonlyArray<{ label: string; checked: boolean }>;
  /** 'inline': options flow on the line(s) after the label; 'stacked': one option per line. Default 'inline'. */
  layout?: 'inline' | 'stacked';
}

/** Vertical space in points. */
export interface SpacerBlock {
  kind: 'spacer';
  height: number;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | FieldBlock
  | FieldRowBlock
  | TableBlock
  | CheckboxesBlock
  | SpacerBlock;

/** Calendar date: a `YYYY-MM-DD` string (preferred: survives JSON and Temporal payloads) or a Date, read in Vietnam time (UTC+7). */
export type DocumentDate = Date | string;

export interface AdministrativeDocument {
  /**
   * Tên cơ quan, tổ chức ban hành văn bản: `parent` is the superior body (printed regular), `name` the issuing unit
   * (bold). Caps as printed. A name too long for its column wraps; put `\n` where it should break ("ỦY BAN NHÂN DÂN\nXÃ TIÊN DU").
   */
  issuer: { parent?: string; name: string };
  /**
   * The form's number in the instrument that prescribes it, e.g. "Mẫu số 27", printed bold at the top right of page 1
   * as the annexes of the decrees print it. Omitted when the law gives the form no number.
   */
  formNumber?: string;
  /** Số, ký hiệu, without "Số: ", e.g. "15/TB-CAX". Omitted: no number line. */
  number?: string;
  /** Địa danh, e.g. "Tiên Du". */
  place: string;
  /** Ngày ban hành. Also the PDF creation date, so equal input gives equal bytes. */
  date: DocumentDate;
  /** Tên loại (and trích yếu if written in caps), printed bold caps and centred; wraps. */
  title: string;
  /** Trích yếu nội dung, printed bold under the title. */
  subtitle?: string;
  body: readonly Block[];
  /** Nơi nhận. Printed as "- item;" with the last item ending in ".". */
  recipients: readonly string[];
  /** Chức vụ (caps) and họ tên of the signer; `onBehalfOf` is the authority line above it, e.g. "KT. TRƯỞNG CÔNG AN XÃ". */
  signer: { title: string; name: string; onBehalfOf?: string };
  footer?: { documentCode?: string };
  metadata?: { title?: string; author?: string; subject?: string; keywords?: readonly string[] };
  /** Body font size, 13–14 (Nghị định 30/2020). Default 14. */
  bodyFontSize?: 13 | 14;
}

/**
 * Where a reader checks an issued document: the lookup code and the public URL the archive assigned it.
 * Not part of a form's data (the archive assigns it when it issues the document), so it is a render option.
 */
export interface DocumentVerification {
  /** Mã tra cứu, e.g. "HS7K-2Q9M-XT4P". */
  code: string;
  /** The public verification URL the QR code holds. */
  url: string;
}

export interface RenderOptions {
  /** Prints a QR code of `url` and the code at the foot of page 1. Omitted: the output is as without this option. */
  verification?: DocumentVerification;
}
