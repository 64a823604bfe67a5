import { PDFDocument, PDFName, PDFPage, rgb } from 'pdf-lib';
import { missingGlyphs, MissingGlyphsError } from './missing-glyphs';
import { checkboxMetrics, placeLine, type Fonts, type Line } from './text-flow';
import type { Alignment, FontStyle } from './types';

const MM = 72 / 25.4;

/** A4 and the margins of Nghị định 30/2020, Phụ lục I (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm). */
export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  marginTop: 20 * MM,
  marginBottom: 20 * MM,
  marginLeft: 30 * MM,
  marginRight: 15 * MM,
} as const;

export const CONTENT = {
  left: PAGE.marginLeft,
  right: PAGE.width - PAGE.marginRight,
  width: PAGE.width - PAGE.marginLeft - PAGE.marginRight,
  top: PAGE.height - PAGE.marginTop,
  bottom: PAGE.marginBottom,
} as const;

export const BLACK = rgb(0, 0, 0);

/** The fonts' names in every page's resources: fixed, one per style (pdf-lib's drawText added a new name per call). */
const FONT_KEYS: Readonly<Record<FontStyle, string>> = { regular: 'F-regular', bold: 'F-bold', italic: 'F-italic', boldItalic: 'F-boldItalic' };

/** Three decimals: the content stream stays short, and positions are far finer than a printer's dot. */
const decimal = (value: number): string => String(Math.round(value * 1000) / 1000);

/** A page's text as content-stream operators, and the font and size they leave set. */
interface PageText {
  operators: string[];
  styles: Set<FontStyle>;
  font?: string;
}

/** Liberation Serif vertical metrics (units per em 2048: ascent 1825, descent 443). */
const ASCENT = 1825 / 2048;
const DESCENT = 443 / 2048;

/** Single line spacing as word processors set Times New Roman (≈1.15 em); Nghị định 30/2020 allows single to 1.5. */
export function lineHeight(size: number, factor = 1.15): number {
  return size * factor;
}

/** Distance from the top of a line box to its baseline, the glyphs centred in the box. */
export function baselineOffset(size: number, factor = 1.15): number {
  return size * (ASCENT + (factor - ASCENT - DESCENT) / 2);
}

/** Pages and a cursor that moves down the text area, adding a page when the next thing does not fit. */
export class PageCanvas {
  readonly pages: PDFPage[] = [];
  page: PDFPage;
  /** Top of the free space on the current page, in PDF points from the bottom. */
  y: number = CONTENT.top;
  /** Bottom of the text area on the current page. */
  bottom: number = CONTENT.bottom;
  /** The styles some text was drawn in: the others need not be embedded. */
  readonly stylesDrawn = new Set<FontStyle>();
  private readonly texts = new Map<PDFPage, PageText>();

  /** `firstPageReserve`: points kept free above the bottom margin of page 1 (for the verification mark). */
  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    firstPageReserve = 0,
  ) {
    this.page = this.newPage();
    this.bottom += firstPageReserve;
  }

  newPage(): PDFPage {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = CONTENT.top;
    this.bottom = CONTENT.bottom;
    return this.page;
  }

  get room(): number {
    return this.y - this.bottom;
  }

  /** Starts a new page unless `height` fits below the cursor (a fresh page always accepts). */
  ensure(height: number): void {
    if (height > this.room + 0.01 && this.y < CONTENT.top) this.newPage();
  }

  /**
   * Draws text as given, refusing (rather than drawing tofu) if the font lacks a glyph. The text is
   * written out by finish(): a text-showing operator per call, where pdf-lib's drawText wrote a
   * dozen operators and a new font resource per call, most of a page's drawing time.
   */
  text(text: string, x: number, baseline: number, style: FontStyle, size: number, page: PDFPage = this.page): void {
    const normalised = text.normalize('NFC');
    if (normalised.length === 0) return;
    const missing = missingGlyphs(normalised, style);
    if (missing.length > 0) throw new MissingGlyphsError(missing, []);
    let pageText = this.texts.get(page);
    if (!pageText) this.texts.set(page, (pageText = { operators: [], styles: new Set() }));
    const font = `/${FONT_KEYS[style]} ${decimal(size)} Tf`;
    if (pageText.font !== font) pageText.operators.push((pageText.font = font));
    // encodeText also adds the glyphs to the document's subset of the font.
    pageText.operators.push(`1 0 0 1 ${decimal(x)} ${decimal(baseline)} Tm ${this.fonts[style].encodeText(normalised).toString()} Tj`);
    pageText.styles.add(style);
    this.stylesDrawn.add(style);
  }

  /** Writes each page's text as a content stream of its own, black, with its fonts in the page's resources. */
  finish(): void {
    for (const [page, { operators, styles }] of this.texts) {
      for (const style of styles) page.node.setFontDictionary(PDFName.of(FONT_KEYS[style]), this.fonts[style].ref);
      const content = `q 0 0 0 rg BT\n${operators.join('\n')}\nET Q\n`;
      page.node.addContentStream(this.pdf.context.register(this.pdf.context.flateStream(content)));
    }
    this.texts.clear();
  }

  rule(x1: number, x2: number, y: number, thickness = 0.6, page: PDFPage = this.page): void {
    page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
  }

  checkbox(x: number, baseline: number, size: number, checked: boolean, page: PDFPage = this.page): void {
    const { side } = checkboxMetrics(size);
    const bottom = baseline - size * 0.04;
    page.drawRectangle({ x, y: bottom, width: side, height: side, borderColor: BLACK, borderWidth: 0.7 });
    if (checked) {
      const inset = side * 0.2;
      page.drawLine({ start: { x: x + inset, y: bottom + inset }, end: { x: x + side - inset, y: bottom + side - inset }, thickness: 0.9, color: BLACK });
      page.drawLine({ start: { x: x + inset, y: bottom + side - inset }, end: { x: x + side - inset, y: bottom + inset }, thickness: 0.9, color: BLACK });
    }
  }

  /** Draws one laid-out line with its baseline at `baseline`. */
  line(line: Line, x: number, width: number, baseline: number, align: Alignment, size: number, page: PDFPage = this.page): void {
    for (const op of placeLine(line, x, width, align, { fonts: this.fonts, size })) {
      if (op.checkbox) this.checkbox(op.x, baseline, size, op.checkbox.checked, page);
      else this.text(op.text, op.x, baseline, op.style, size, page);
    }
  }

  /**
   * Flows lines down the page, breaking pages between lines. `x(i)` and `width(i)` give each
   * line's left edge and width (first-line and hanging indents). With `keepTogether`, a
   * paragraph never leaves one line alone at the foot or head of a page (orphan, widow), and
   * its last two lines stay on the page with `tail` points of what follows (the signature).
   */
  flow(
    lines: readonly Line[],
    options: {
      size: number;
      align: Alignment;
      x: (index: number) => number;
      width: (index: number) => number;
      leading?: number;
      keepTogether?: boolean;
      tail?: number;
    },
  ): void {
    const height = lineHeight(options.size, options.leading);
    const offset = baselineOffset(options.size, options.leading);
    const count = lines.length;
    const tail = options.tail ?? 0;
    lines.forEach((line, index) => {
      if (options.keepTogether && count <= 3 && index === 0) this.ensure(count * height + tail);
      else if (options.keepTogether && count >= 4 && index === 0) this.ensure(2 * height);
      else if (options.keepTogether && count >= 4 && index === count - 2) this.ensure(2 * height + tail);
      else this.ensure(height);
      this.line(line, options.x(index), options.width(index), this.y - offset, options.align, options.size);
      this.y -= height;
    });
  }
}
