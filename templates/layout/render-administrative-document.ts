import { PDFDict, PDFDocument, PDFFont, PDFName, PDFString } from 'pdf-lib';
import './native-deflate';
import { FONT_STYLES, loadFonts, sharedFontkit } from './fonts';
import { assertGlyphsAvailable } from './missing-glyphs';
import { baselineOffset, BLACK, CONTENT, lineHeight, PAGE, PageCanvas } from './page-canvas';
import { checkboxMetrics, measure, toRuns, toWords, wrap, wrapWords, type Fonts, type Line, type Piece, type Word } from './text-flow';
import type {
  AdministrativeDocument,
  CheckboxesBlock,
  FieldBlock,
  FieldRowBlock,
  FontStyle,
  ParagraphBlock,
  RenderOptions,
  TableBlock,
  TextRun,
} from './types';
import { layoutVerificationMark } from './verification-mark';
import { formatPlaceAndDate, toPdfDateString } from './vietnamese-date';

const MM = 72 / 25.4;
/** Header and closing are two columns: issuing body / signature on the left 40 %, national motto / signer on the right 60 %. */
const LEFT_COLUMN = CONTENT.width * 0.4;
const RIGHT_COLUMN = CONTENT.width - LEFT_COLUMN;
const RIGHT_X = CONTENT.left + LEFT_COLUMN;
/** First-line indent of body paragraphs, 1.27 cm (Nghị định 30/2020: 1–1.27 cm). */
const INDENT = 12.7 * MM;
const PARAGRAPH_SPACING = 6;
const FIELD_SPACING = 2;
const HEADER_SIZE = 13;
const HEADER_LEADING = 1.15;
/** Room for the handwritten signature and the seal. */
const SIGNATURE_SPACE = 22 * MM;

/** Fixed subset tags: pdf-lib would otherwise append a generated suffix to each font name. */
const SUBSET_NAMES: Readonly<Record<FontStyle, string>> = {
  regular: 'HOSORG+LiberationSerif',
  bold: 'HOSOBD+LiberationSerif-Bold',
  italic: 'HOSOIT+LiberationSerif-Italic',
  boldItalic: 'HOSOBI+LiberationSerif-BoldItalic',
};

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PRODUCER = 'hoso (pdf-lib 1.17.1, Liberation Serif 2.1.5)';

/**
 * Renders an administrative document (Nghị định 30/2020/NĐ-CP layout) to PDF bytes, with the
 * verification mark (QR code and lookup code) at the foot of page 1 when `options.verification` is given.
 * Pure apart from reading the fonts once per process: equal input gives equal bytes.
 * Throws MissingGlyphsError, naming the characters, if any text cannot be drawn.
 */
export async function renderAdministrativeDocument(document: AdministrativeDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  assertGlyphsAvailable(document, { skipKeys: ['metadata', 'date', 'kind', 'style', 'align', 'layout'] });
  const creationDate = toPdfDateString(document.date);
  const bodySize = document.bodyFontSize ?? 14;

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(sharedFontkit);
  const loaded = loadFonts();
  const embedded: Partial<Record<FontStyle, PDFFont>> = {};
  for (const style of FONT_STYLES) {
    // Subsetting keeps composite glyphs (Vietnamese letters with two marks are composites in this font) intact.
    embedded[style] = await pdf.embedFont(loaded[style].bytes, { subset: true, customName: SUBSET_NAMES[style] });
  }
  const fonts = embedded as Fonts;
  const mark = options.verification ? layoutVerificationMark(options.verification) : undefined;
  // Page 1's text area ends above the mark: the body flows round it, never under it.
  const canvas = new PageCanvas(pdf, fonts, mark?.reserve);

  drawHeader(canvas, document);
  drawTitle(canvas, document);
  const closing = layoutClosing(canvas, document, bodySize);
  document.body.forEach((block, index) => {
    const previous = document.body[index - 1]?.kind;
    // Field lines sit close together; a paragraph after them gets a paragraph's spacing.
    if (block.kind === 'paragraph' && (previous === 'field' || previous === 'fieldRow' || previous === 'checkboxes')) {
      canvas.y -= PARAGRAPH_SPACING - FIELD_SPACING;
    }
    switch (block.kind) {
      case 'paragraph':
        // The last paragraph keeps its last lines with the signature: no page holds the signature alone.
        drawParagraph(canvas, block, bodySize, index === document.body.length - 1 ? closing.height : 0);
        break;
      case 'heading': {
        const lines = wrap([{ text: block.text, style: 'bold' }], { first: CONTENT.width, rest: CONTENT.width }, { fonts, size: bodySize });
        if (canvas.y < CONTENT.top) canvas.y -= PARAGRAPH_SPACING;
        canvas.ensure(lineHeight(bodySize) * (lines.length + 2)); // keep the heading with what follows
        canvas.flow(lines, { size: bodySize, align: block.align ?? 'left', x: () => CONTENT.left, width: () => CONTENT.width });
        canvas.y -= FIELD_SPACING;
        break;
      }
      case 'field':
        drawField(canvas, block, bodySize);
        break;
      case 'fieldRow':
        drawFieldRow(canvas, block, bodySize);
        break;
      case 'checkboxes':
        drawCheckboxes(canvas, block, bodySize);
        break;
      case 'table':
        drawTable(canvas, block, bodySize);
        break;
      case 'spacer':
        if (block.height > canvas.room) canvas.newPage();
        else canvas.y -= block.height;
        break;
      default: {
        const unknown: never = block;
        throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
      }
    }
  });
  closing.draw();
  drawPageDecorations(canvas, document);
  mark?.draw(canvas);
  canvas.finish();
  setMetadata(pdf, document, creationDate);
  dropUnusedFonts(pdf, FONT_STYLES.filter((style) => !canvas.stylesDrawn.has(style)).map((style) => fonts[style]));
  // A classic cross-reference table (no object streams): incremental-update PDF signers expect it.
  // objectsPerTick: pdf-lib would otherwise wait for a timer after every 50 objects written.
  return pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

/**
 * pdf-lib embeds every font it was handed when it saves, drawn in or not, and an empty subset still
 * adds ~4 KB (the hinting programs) and its compression. Most documents use two or three of the four
 * styles, so the others are taken off the document's (private) font list before saving; their unused
 * object numbers stay free.
 */
function dropUnusedFonts(pdf: PDFDocument, unused: readonly PDFFont[]): void {
  const embedding = (pdf as unknown as { fonts: PDFFont[] }).fonts;
  if (!Array.isArray(embedding)) throw new Error('pdf-lib changed: PDFDocument has no font list to trim');
  for (const font of unused) {
    const at = embedding.indexOf(font);
    if (at >= 0) embedding.splice(at, 1);
  }
}

function plainLines(canvas: PageCanvas, text: string, style: FontStyle, size: number, width: number): Line[] {
  return wrap([{ text, style }], { first: width, rest: width }, { fonts: canvas.fonts, size });
}

function widest(lines: readonly Line[]): number {
  return lines.reduce((max, line) => Math.max(max, line.width), 0);
}

/** Draws lines centred in a column from `top` down (no page breaks: used on page 1's header). Returns the last baseline. */
function centredLines(canvas: PageCanvas, lines: readonly Line[], x: number, width: number, top: number, size: number, leading = HEADER_LEADING): number {
  let baseline = top - baselineOffset(size, leading);
  lines.forEach((line, index) => {
    baseline = top - baselineOffset(size, leading) - index * lineHeight(size, leading);
    canvas.line(line, x, width, baseline, 'center', size);
  });
  return baseline;
}

/**
 * Ô 1–4 of Nghị định 30/2020: issuing body (superior body regular, issuing unit bold, a short
 * rule under it) and "Số:" on the left; national name (bold caps), motto (bold, ruled its full
 * length) and italic place and date on the right. "Số:" and the date share a baseline.
 */
function drawHeader(canvas: PageCanvas, document: AdministrativeDocument): void {
  const top = document.formNumber === undefined ? CONTENT.top : drawFormNumber(canvas, document.formNumber);
  const leftWidth = LEFT_COLUMN - 8;
  // Tên cơ quan 12–13 pt: 13 unless a name would need two lines at 13 but not at 12.
  const fitsOnOneLine = (size: number): boolean =>
    measure(canvas.fonts, 'bold', size, document.issuer.name) <= leftWidth &&
    (!document.issuer.parent || measure(canvas.fonts, 'regular', size, document.issuer.parent) <= leftWidth);
  const issuerSize = fitsOnOneLine(HEADER_SIZE) || !fitsOnOneLine(12) ? HEADER_SIZE : 12;
  let leftY = top;
  if (document.issuer.parent) {
    const lines = balancedLines(canvas, document.issuer.parent, 'regular', issuerSize, leftWidth);
    centredLines(canvas, lines, CONTENT.left, LEFT_COLUMN, leftY, issuerSize);
    leftY -= lines.length * lineHeight(issuerSize, HEADER_LEADING);
  }
  const nameLines = balancedLines(canvas, document.issuer.name, 'bold', issuerSize, leftWidth);
  const nameBaseline = centredLines(canvas, nameLines, CONTENT.left, LEFT_COLUMN, leftY, issuerSize);
  const issuerRule = Math.max(30, widest(nameLines) * 0.4); // 1/3–1/2 of the line
  const issuerRuleY = nameBaseline - issuerSize * 0.45;
  const leftCentre = CONTENT.left + LEFT_COLUMN / 2;
  canvas.rule(leftCentre - issuerRule / 2, leftCentre + issuerRule / 2, issuerRuleY);
  leftY = issuerRuleY;

  // Quốc hiệu 12–13 pt and Tiêu ngữ 13–14 pt: the smaller pair leaves a clear gutter between the columns.
  const nationalSize = 12;
  const mottoSize = 13;
  const nationalLines = plainLines(canvas, NATIONAL_NAME, 'bold', nationalSize, RIGHT_COLUMN);
  centredLines(canvas, nationalLines, RIGHT_X, RIGHT_COLUMN, top, nationalSize);
  let rightY = top - nationalLines.length * lineHeight(nationalSize, HEADER_LEADING);
  const mottoLines = plainLines(canvas, NATIONAL_MOTTO, 'bold', mottoSize, RIGHT_COLUMN);
  const mottoBaseline = centredLines(canvas, mottoLines, RIGHT_X, RIGHT_COLUMN, rightY, mottoSize);
  const mottoWidth = widest(mottoLines);
  const rightCentre = RIGHT_X + RIGHT_COLUMN / 2;
  const mottoRuleY = mottoBaseline - mottoSize * 0.38;
  canvas.rule(rightCentre - mottoWidth / 2, rightCentre + mottoWidth / 2, mottoRuleY);
  rightY = mottoRuleY;

  const rowTop = Math.min(leftY, rightY) - 8;
  const dateSize = 14;
  let bottom = rowTop - lineHeight(dateSize, HEADER_LEADING);
  if (document.number !== undefined) {
    const numberLines = plainLines(canvas, `Số: ${document.number}`, 'regular', HEADER_SIZE, leftWidth);
    numberLines.forEach((line, index) => {
      const baseline = rowTop - baselineOffset(dateSize, HEADER_LEADING) - index * lineHeight(HEADER_SIZE, HEADER_LEADING);
      canvas.line(line, CONTENT.left, LEFT_COLUMN, baseline, 'center', HEADER_SIZE);
      bottom = Math.min(bottom, baseline - HEADER_SIZE * 0.4);
    });
  }
  const dateLines = plainLines(canvas, formatPlaceAndDate(document.place, document.date), 'italic', dateSize, RIGHT_COLUMN);
  const dateBaseline = centredLines(canvas, dateLines, RIGHT_X, RIGHT_COLUMN, rowTop, dateSize);
  bottom = Math.min(bottom, dateBaseline - dateSize * 0.4);
  canvas.y = bottom;
}

/** "Mẫu số 27" flush right above the header, as the decrees' annexes print a form's number; returns the header's top. */
function drawFormNumber(canvas: PageCanvas, formNumber: string): number {
  const lines = plainLines(canvas, formNumber, 'bold', HEADER_SIZE, RIGHT_COLUMN);
  lines.forEach((line, index) => {
    canvas.line(line, RIGHT_X, RIGHT_COLUMN, CONTENT.top - baselineOffset(HEADER_SIZE, HEADER_LEADING) - index * lineHeight(HEADER_SIZE, HEADER_LEADING), 'right', HEADER_SIZE);
  });
  return CONTENT.top - (lines.length + 0.5) * lineHeight(HEADER_SIZE, HEADER_LEADING);
}

/**
 * Centred text broken into lines of even length: the narrowest width that still needs the
 * same number of lines as `maxWidth` does ("… ÁP DỤNG BIỆN PHÁP / ĐƯA VÀO CƠ SỞ …", not a
 * long line over a short one). Explicit `\n` breaks are kept.
 */
function balancedLines(canvas: PageCanvas, text: string, style: FontStyle, size: number, maxWidth: number): Line[] {
  return text.split('\n').flatMap((part) => {
    const greedy = plainLines(canvas, part, style, size, maxWidth);
    if (greedy.length < 2) return greedy;
    let low = widest(greedy) / greedy.length;
    let high = maxWidth;
    let best = greedy;
    for (let step = 0; step < 20 && high - low > 0.5; step++) {
      const middle = (low + high) / 2;
      const attempt = plainLines(canvas, part, style, size, middle);
      if (attempt.length <= greedy.length && widest(attempt) <= middle + 0.01) {
        best = attempt;
        high = middle;
      } else low = middle;
    }
    return best;
  });
}

/** Ô 5a: tên loại (bold caps) and trích yếu (bold), centred, with a short rule under them. */
function drawTitle(canvas: PageCanvas, document: AdministrativeDocument): void {
  const size = 14;
  const width = CONTENT.width - 2 * INDENT;
  canvas.y -= 16;
  const titleLines = balancedLines(canvas, document.title, 'bold', size, width);
  canvas.flow(titleLines, { size, align: 'center', x: () => CONTENT.left, width: () => CONTENT.width, leading: HEADER_LEADING });
  let last = titleLines;
  if (document.subtitle) {
    const subtitleLines = balancedLines(canvas, document.subtitle, 'bold', size, width);
    canvas.flow(subtitleLines, { size, align: 'center', x: () => CONTENT.left, width: () => CONTENT.width, leading: HEADER_LEADING });
    last = subtitleLines;
  }
  const rule = Math.max(50, widest(last) / 3);
  const centre = CONTENT.left + CONTENT.width / 2;
  const ruleY = canvas.y + lineHeight(size, HEADER_LEADING) - baselineOffset(size, HEADER_LEADING) - size * 0.45;
  canvas.rule(centre - rule / 2, centre + rule / 2, ruleY);
  canvas.y = ruleY - 14;
}

function drawParagraph(canvas: PageCanvas, block: ParagraphBlock, size: number, tail = 0): void {
  const align = block.align ?? 'justify';
  const indent = (block.indent ?? (align === 'justify' || align === 'left')) ? INDENT : 0;
  const lines = wrap(toRuns(block.text, block.style), { first: CONTENT.width - indent, rest: CONTENT.width }, { fonts: canvas.fonts, size, style: block.style ?? 'regular' });
  canvas.flow(lines, {
    size,
    align,
    x: (i) => (i === 0 ? CONTENT.left + indent : CONTENT.left),
    width: (i) => (i === 0 ? CONTENT.width - indent : CONTENT.width),
    keepTogether: true,
    tail: tail > 0 ? tail + PARAGRAPH_SPACING : 0,
  });
  canvas.y -= PARAGRAPH_SPACING;
}

function labelText(label: string): string {
  return `${label.replace(/:\s*$/, '')}: `;
}

/** Label and value runs; an empty value becomes a dotted leader to the end of the line (filled in by hand). */
function fieldRuns(
  canvas: PageCanvas,
  field: { label: string; value: string; emphasis?: boolean },
  size: number,
  widths: { first: number; rest: number },
): TextRun[] {
  const label: TextRun = { text: labelText(field.label), style: 'regular' };
  if (field.value.trim() !== '') return [label, { text: field.value, style: field.emphasis ? 'bold' : 'regular' }];
  const labelLines = wrap([label], widths, { fonts: canvas.fonts, size });
  const used = (labelLines[labelLines.length - 1] as Line).width + measure(canvas.fonts, 'regular', size, ' ');
  const room = (labelLines.length === 1 ? widths.first : widths.rest) - used - 1;
  const dots = Math.max(3, Math.floor(room / measure(canvas.fonts, 'regular', size, '.')));
  return [label, { text: '.'.repeat(dots), style: 'regular' }];
}

function drawField(canvas: PageCanvas, block: FieldBlock, size: number): void {
  const widths = { first: CONTENT.width - INDENT, rest: CONTENT.width };
  const lines = wrap(fieldRuns(canvas, block, size, widths), widths, { fonts: canvas.fonts, size });
  canvas.flow(lines, {
    size,
    align: 'left',
    x: (i) => (i === 0 ? CONTENT.left + INDENT : CONTENT.left),
    width: (i) => (i === 0 ? CONTENT.width - INDENT : CONTENT.width),
  });
  canvas.y -= FIELD_SPACING;
}

/** Fields side by side in columns; each column wraps on its own. */
function drawFieldRow(canvas: PageCanvas, block: FieldRowBlock, size: number): void {
  const gap = 10;
  const total = CONTENT.width - INDENT;
  const weights = block.fields.map((f) => f.width ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (total - gap * (block.fields.length - 1)) * (w / sum));
  const columns = block.fields.map((field, index) => {
    const width = widths[index] as number;
    return wrap(fieldRuns(canvas, field, size, { first: width, rest: width }), { first: width, rest: width }, { fonts: canvas.fonts, size });
  });
  const rows = Math.max(...columns.map((c) => c.length));
  const height = lineHeight(size);
  const offset = baselineOffset(size);
  for (let row = 0; row < rows; row++) {
    canvas.ensure(height);
    let x = CONTENT.left + INDENT;
    columns.forEach((lines, index) => {
      const line = lines[row];
      if (line) canvas.line(line, x, widths[index] as number, canvas.y - offset, 'left', size);
      x += (widths[index] as number) + gap;
    });
    canvas.y -= height;
  }
  canvas.y -= FIELD_SPACING;
}

function checkboxPiece(size: number, checked: boolean): Piece {
  const { side, gap } = checkboxMetrics(size);
  return { text: '', style: 'regular', width: side + gap, checkbox: { checked } };
}

function drawCheckboxes(canvas: PageCanvas, block: CheckboxesBlock, size: number): void {
  const options = { fonts: canvas.fonts, size };
  const firstWidth = CONTENT.width - INDENT;
  if ((block.layout ?? 'inline') === 'inline') {
    const words: Word[] = block.label ? toWords([{ text: block.label, style: 'regular' }], options) : [];
    const lastLabelWord = words[words.length - 1];
    if (lastLabelWord) lastLabelWord.spaceAfter = measure(canvas.fonts, 'regular', size, ' ');
    const labelWidth = words.reduce((sum, w) => sum + w.width + w.spaceAfter, 0);
    // Continuation lines start under the first box when the label is short, else at the indent.
    const hang = labelWidth <= firstWidth / 2 ? labelWidth : 0;
    block.options.forEach((option) => {
      const box = checkboxPiece(size, option.checked);
      const label = option.label.normalize('NFC').replace(/\s+/g, ' ').trim();
      const labelWidth = measure(canvas.fonts, 'regular', size, label);
      // An option that fits on a line is kept whole: the box never ends a line away from its label.
      const optionWords: Word[] =
        box.width + labelWidth <= CONTENT.width
          ? [{ pieces: [box, { text: label, style: 'regular', width: labelWidth }], width: box.width + labelWidth, spaceAfter: 0, breakAfter: false }]
          : toWords([box, { text: label, style: 'regular' }], options);
      const last = optionWords[optionWords.length - 1];
      if (last) last.spaceAfter = size * 1.5; // a wider gap between options than between words
      words.push(...optionWords);
    });
    const lines = wrapWords(words, { first: firstWidth, rest: firstWidth - hang }, options);
    canvas.flow(lines, {
      size,
      align: 'left',
      x: (i) => CONTENT.left + INDENT + (i === 0 ? 0 : hang),
      width: (i) => (i === 0 ? firstWidth : firstWidth - hang),
    });
  } else {
    if (block.label) {
      const labelLines = wrap([{ text: block.label, style: 'regular' }], { first: firstWidth, rest: CONTENT.width }, options);
      canvas.flow(labelLines, {
        size,
        align: 'left',
        x: (i) => (i === 0 ? CONTENT.left + INDENT : CONTENT.left),
        width: (i) => (i === 0 ? firstWidth : CONTENT.width),
      });
    }
    const hang = checkboxPiece(size, false).width;
    for (const option of block.options) {
      const x0 = CONTENT.left + INDENT;
      const lines = wrap([checkboxPiece(size, option.checked), { text: option.label, style: 'regular' }], { first: firstWidth, rest: firstWidth - hang }, options);
      canvas.flow(lines, {
        size,
        align: 'justify',
        x: (i) => (i === 0 ? x0 : x0 + hang),
        width: (i) => (i === 0 ? firstWidth : firstWidth - hang),
      });
    }
  }
  canvas.y -= FIELD_SPACING;
}

/** A ruled table. Rows taller than the room left are split between lines; the header row repeats on each page. */
function drawTable(canvas: PageCanvas, block: TableBlock, bodySize: number): void {
  const size = block.fontSize ?? bodySize - 1;
  const padX = 4;
  const padY = 3;
  const height = lineHeight(size);
  const offset = baselineOffset(size);
  const sum = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => (CONTENT.width * c.width) / sum);
  const xs = widths.map((_, i) => CONTENT.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const options = { fonts: canvas.fonts, size };
  const cellLines = (text: string, index: number, style: FontStyle): Line[] => {
    const width = (widths[index] as number) - 2 * padX;
    return wrap([{ text, style }], { first: width, rest: width }, options);
  };
  const header = block.columns.map((c, i) => cellLines(c.header, i, 'bold'));
  const headerRows = Math.max(...header.map((l) => l.length));

  const drawRow = (cells: readonly Line[][], from: number, count: number, bold: boolean): void => {
    const rowHeight = count * height + 2 * padY;
    cells.forEach((lines, i) => {
      const x = xs[i] as number;
      const width = widths[i] as number;
      canvas.page.drawRectangle({ x, y: canvas.y - rowHeight, width, height: rowHeight, borderWidth: 0.6, borderColor: BLACK });
      lines.slice(from, from + count).forEach((line, k) => {
        const align = bold ? 'center' : (block.columns[i]?.align ?? 'left');
        canvas.line(line, x + padX, width - 2 * padX, canvas.y - padY - offset - k * height, align, size);
      });
    });
    canvas.y -= rowHeight;
  };
  const drawHeaderRow = (): void => {
    canvas.ensure((headerRows + 1) * height + 4 * padY);
    drawRow(header, 0, headerRows, true);
  };

  drawHeaderRow();
  let fresh = true; // nothing but the header row on this page yet
  for (const row of block.rows) {
    const cells = block.columns.map((_, i) => cellLines(row[i] ?? '', i, 'regular'));
    const total = Math.max(1, ...cells.map((l) => l.length));
    let from = 0;
    while (from < total) {
      const left = total - from;
      const fits = Math.floor((canvas.room - 2 * padY) / height);
      if (left <= fits) {
        drawRow(cells, from, left, false);
        from = total;
      } else if (fits >= 2 || fresh) {
        // Split the row: at least two of its lines stay here, or whatever fits under a fresh header.
        const count = Math.max(1, fits);
        drawRow(cells, from, count, false);
        from += count;
        canvas.newPage();
        drawHeaderRow();
        fresh = true;
        continue;
      } else {
        canvas.newPage();
        drawHeaderRow();
        fresh = true;
        continue;
      }
      fresh = false;
    }
  }
  canvas.y -= PARAGRAPH_SPACING;
}

/** "- item;" lines, the last ending with "." (Nghị định 30/2020, Ô 9b). */
function recipientItems(recipients: readonly string[]): string[] {
  return recipients.map((r, index) => {
    const text = r.trim().replace(/^[-–]\s*/, '').replace(/[;.,]\s*$/, '');
    return `- ${text}${index === recipients.length - 1 ? '.' : ';'}`;
  });
}

/**
 * Signer block on the right (authority line and title in bold caps, room for the signature and
 * seal, name in bold) and "Nơi nhận:" on the left at the same height. Kept together on one page.
 */
function layoutClosing(canvas: PageCanvas, document: AdministrativeDocument, size: number): { height: number; draw: () => void } {
  const fonts = canvas.fonts;
  const height = lineHeight(size);
  const signerWidth = RIGHT_COLUMN - 10;
  const signerLines: Line[] = [
    ...(document.signer.onBehalfOf ? plainLines(canvas, document.signer.onBehalfOf, 'bold', size, signerWidth) : []),
    ...plainLines(canvas, document.signer.title, 'bold', size, signerWidth),
  ];
  const nameLines = plainLines(canvas, document.signer.name, 'bold', size, signerWidth);
  const signerHeight = (signerLines.length + nameLines.length) * height + SIGNATURE_SPACE;

  const labelSize = 12;
  const itemSize = 11;
  const itemLeading = 1.15;
  const dash = measure(fonts, 'regular', itemSize, '- ');
  const itemWidth = LEFT_COLUMN - 8;
  const items = recipientItems(document.recipients).map((item) =>
    wrap([{ text: item, style: 'regular' }], { first: itemWidth, rest: itemWidth - dash }, { fonts, size: itemSize }),
  );
  const itemLines = items.reduce((sum, lines) => sum + lines.length, 0);
  const recipientsHeight = items.length > 0 ? height + itemLines * lineHeight(itemSize, itemLeading) : 0;

  const gapAbove = height * 0.5;
  // A recipient list longer than a page flows on; the signer block never splits.
  const blockHeight = Math.max(signerHeight, Math.min(recipientsHeight, CONTENT.top - CONTENT.bottom));

  const draw = (): void => {
    canvas.y -= gapAbove;
    canvas.ensure(blockHeight);
    const page = canvas.page;
    const firstBaseline = canvas.y - baselineOffset(size);

    let baseline = firstBaseline;
    signerLines.forEach((line, index) => {
      if (index > 0) baseline -= height;
      canvas.line(line, RIGHT_X, RIGHT_COLUMN, baseline, 'center', size, page);
    });
    baseline -= SIGNATURE_SPACE;
    nameLines.forEach((line, index) => {
      if (index > 0) baseline -= height;
      canvas.line(line, RIGHT_X, RIGHT_COLUMN, baseline, 'center', size, page);
    });
    const signerBottom = baseline - size * 0.4;

    if (items.length > 0) {
      canvas.text('Nơi nhận:', CONTENT.left, firstBaseline, 'boldItalic', labelSize, page);
      canvas.y = firstBaseline - labelSize * 0.35;
      for (const lines of items) {
        canvas.flow(lines, {
          size: itemSize,
          align: 'left',
          leading: itemLeading,
          x: (i) => (i === 0 ? CONTENT.left : CONTENT.left + dash),
          width: (i) => (i === 0 ? itemWidth : itemWidth - dash),
        });
      }
    }
    if (canvas.page === page) canvas.y = Math.min(canvas.y, signerBottom);
  };
  return { height: gapAbove + blockHeight, draw };
}

/** Page numbers from page 2, centred in the top margin (Nghị định 30/2020); the document code in the bottom margin. */
function drawPageDecorations(canvas: PageCanvas, document: AdministrativeDocument): void {
  const numberSize = 13;
  canvas.pages.forEach((page, index) => {
    if (index > 0) {
      const text = String(index + 1);
      const width = measure(canvas.fonts, 'regular', numberSize, text);
      canvas.text(text, CONTENT.left + (CONTENT.width - width) / 2, PAGE.height - PAGE.marginTop / 2 - numberSize * 0.3, 'regular', numberSize, page);
    }
    const code = document.footer?.documentCode;
    if (code) {
      const codeSize = 8;
      const lines = plainLines(canvas, code, 'regular', codeSize, CONTENT.width);
      lines.forEach((line, i) => {
        canvas.line(line, CONTENT.left, CONTENT.width, PAGE.marginBottom / 2 - i * lineHeight(codeSize), 'right', codeSize, page);
      });
    }
  });
}

function setMetadata(pdf: PDFDocument, document: AdministrativeDocument, creationDate: string): void {
  const nfc = (s: string): string => s.normalize('NFC');
  const meta = document.metadata ?? {};
  const title = meta.title ?? [document.title, document.subtitle].filter(Boolean).join(' – ').replace(/\s*\n\s*/g, ' ');
  pdf.setTitle(nfc(title), { showInWindowTitleBar: true });
  pdf.setAuthor(nfc(meta.author ?? document.issuer.name));
  pdf.setSubject(nfc(meta.subject ?? (document.subtitle ?? document.title).replace(/\s*\n\s*/g, ' ')));
  if (meta.keywords && meta.keywords.length > 0) pdf.setKeywords(meta.keywords.map(nfc));
  pdf.setCreator('hoso');
  pdf.setProducer(PRODUCER);
  pdf.setLanguage('vi');
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  // Written as strings (not via setCreationDate) to keep the Vietnam offset: the date reads as the document's date.
  info.set(PDFName.of('CreationDate'), PDFString.of(creationDate));
  info.set(PDFName.of('ModDate'), PDFString.of(creationDate));
}
