import type { PDFFont } from 'pdf-lib';
import type { Alignment, FontStyle, RichText, TextRun } from './types';

export type Fonts = Readonly<Record<FontStyle, PDFFont>>;

/** A drawable piece of a word: text in one style, or a checkbox. */
export interface Piece {
  text: string;
  style: FontStyle;
  width: number;
  checkbox?: { checked: boolean };
}

/** Text between two breakable spaces. `spaceAfter` is the gap to the next word on the same line. */
export interface Word {
  pieces: Piece[];
  width: number;
  spaceAfter: number;
  breakAfter: boolean;
}

export interface Line {
  words: Word[];
  /** Width with one natural space between words. */
  width: number;
  /** True if the line ends a paragraph or a forced break: never justified. */
  last: boolean;
}

export interface FlowOptions {
  fonts: Fonts;
  size: number;
  /** Style of plain-string text. */
  style?: FontStyle;
}

export function toRuns(text: RichText, style: FontStyle = 'regular'): TextRun[] {
  return typeof text === 'string' ? [{ text, style }] : text.map((run) => ({ text: run.text, style: run.style ?? style }));
}

/** Widths at 1 pt, per embedded font: one document measures the same words many times. */
const widthCache = new WeakMap<PDFFont, Map<string, number>>();

export function measure(fonts: Fonts, style: FontStyle, size: number, text: string): number {
  if (text.length === 0) return 0;
  const font = fonts[style];
  let widths = widthCache.get(font);
  if (!widths) widthCache.set(font, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) widths.set(text, (width = font.widthOfTextAtSize(text, 1)));
  return width * size;
}

/** Checkbox geometry relative to the font size: the side of the box and the gap after it. */
export function checkboxMetrics(size: number): { side: number; gap: number } {
  return { side: Math.round(size * 0.62 * 10) / 10, gap: size * 0.35 };
}

/** Splits styled runs into words. Runs are NFC-normalised; runs of spaces collapse; `\n` forces a break. */
export function toWords(runs: readonly (TextRun | Piece)[], options: FlowOptions): Word[] {
  const { fonts, size } = options;
  const words: Word[] = [];
  let current: Word | undefined;
  const finish = (spaceStyle: FontStyle | undefined, breakAfter = false): void => {
    if (!current) {
      if (breakAfter) words.push({ pieces: [], width: 0, spaceAfter: 0, breakAfter: true });
      else if (spaceStyle && words.length > 0) {
        const previous = words[words.length - 1] as Word;
        if (previous.spaceAfter === 0 && !previous.breakAfter) previous.spaceAfter = measure(fonts, spaceStyle, size, ' ');
      }
      return;
    }
    current.spaceAfter = spaceStyle ? measure(fonts, spaceStyle, size, ' ') : 0;
    current.breakAfter = breakAfter;
    words.push(current);
    current = undefined;
  };
  for (const run of runs) {
    if ('checkbox' in run && run.checkbox) {
      current ??= { pieces: [], width: 0, spaceAfter: 0, breakAfter: false };
      current.pieces.push(run);
      current.width += run.width;
      continue;
    }
    const style = run.style ?? options.style ?? 'regular';
    const text = run.text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    for (const token of text.split(/( +|\n)/)) {
      if (token === '') continue;
      if (token === '\n') finish(undefined, true);
      else if (token.startsWith(' ')) finish(style);
      else {
        current ??= { pieces: [], width: 0, spaceAfter: 0, breakAfter: false };
        const width = measure(fonts, style, size, token);
        const previous = current.pieces[current.pieces.length - 1];
        if (previous && previous.style === style && !previous.checkbox) {
          previous.text += token;
          previous.width = measure(fonts, style, size, previous.text);
        } else current.pieces.push({ text: token, style, width });
        current.width = current.pieces.reduce((sum, piece) => sum + piece.width, 0);
      }
    }
  }
  finish(undefined);
  return words;
}

/** Breaks a word wider than `width` into chunks that fit, character by character (never clip). */
function splitWord(word: Word, width: number, options: FlowOptions): Word[] {
  const { fonts, size } = options;
  const chunks: Word[] = [];
  let chunk: Word = { pieces: [], width: 0, spaceAfter: 0, breakAfter: false };
  for (const piece of word.pieces) {
    if (piece.checkbox) {
      if (chunk.width + piece.width > width && chunk.pieces.length > 0) {
        chunks.push(chunk);
        chunk = { pieces: [], width: 0, spaceAfter: 0, breakAfter: false };
      }
      chunk.pieces.push(piece);
      chunk.width += piece.width;
      continue;
    }
    for (const character of Array.from(piece.text)) {
      const w = measure(fonts, piece.style, size, character);
      if (chunk.width + w > width && chunk.pieces.length > 0) {
        chunks.push(chunk);
        chunk = { pieces: [], width: 0, spaceAfter: 0, breakAfter: false };
      }
      const last = chunk.pieces[chunk.pieces.length - 1];
      if (last && last.style === piece.style && !last.checkbox) {
        last.text += character;
        last.width = measure(fonts, piece.style, size, last.text);
      } else chunk.pieces.push({ text: character, style: piece.style, width: w });
      chunk.width = chunk.pieces.reduce((sum, p) => sum + p.width, 0);
    }
  }
  chunks.push(chunk);
  const final = chunks[chunks.length - 1] as Word;
  final.spaceAfter = word.spaceAfter;
  final.breakAfter = word.breakAfter;
  return chunks;
}

/**
 * Greedy line breaking. `widths.first` is the room on the first line (less a first-line indent),
 * `widths.rest` on the following ones.
 */
function breakLines(words: readonly Word[], widths: { first: number; rest: number }, options: FlowOptions): Line[] {
  const lines: Line[] = [];
  let line: Line = { words: [], width: 0, last: false };
  const room = (): number => (lines.length === 0 ? widths.first : widths.rest);
  const push = (last: boolean): void => {
    line.last = last;
    lines.push(line);
    line = { words: [], width: 0, last: false };
  };
  for (const word of words) {
    const previous = line.words[line.words.length - 1];
    const needed = previous ? line.width + previous.spaceAfter + word.width : word.width;
    if (previous && needed > room() + 0.01) push(false);
    if (line.words.length === 0 && word.width > room() + 0.01) {
      const chunks = splitWord(word, room(), options);
      chunks.forEach((chunk, index) => {
        if (index > 0) push(false);
        line.words.push(chunk);
        line.width = chunk.width;
      });
    } else {
      const before = line.words[line.words.length - 1];
      line.width = before ? line.width + before.spaceAfter + word.width : word.width;
      line.words.push(word);
    }
    if (word.breakAfter) push(true);
  }
  if (line.words.length > 0 || lines.length === 0) push(true);
  else if (lines.length > 0) (lines[lines.length - 1] as Line).last = true;
  return lines;
}

/** Lays out words already built (e.g. with adjusted gaps) into lines. */
export function wrapWords(words: readonly Word[], widths: { first: number; rest: number }, options: FlowOptions): Line[] {
  return breakLines(words, widths, options);
}

/** Words to lines, splitting any word too wide for a line. */
export function wrap(runs: readonly (TextRun | Piece)[], widths: { first: number; rest: number }, options: FlowOptions): Line[] {
  return breakLines(toWords(runs, options), widths, options);
}

export interface DrawOp {
  text: string;
  style: FontStyle;
  x: number;
  width: number;
  checkbox?: { checked: boolean };
}

/**
 * Positions a line's pieces. Justified lines spread the extra room over the gaps between
 * words (the font is CID-keyed, so the PDF word-spacing operator would not apply). Each word
 * keeps its trailing space character so that copied or extracted text has real spaces.
 */
export function placeLine(line: Line, x: number, width: number, align: Alignment, options: FlowOptions): DrawOp[] {
  const { fonts, size } = options;
  const gaps = line.words.length - 1;
  let start = x;
  let extra = 0;
  if (align === 'center') start = x + (width - line.width) / 2;
  else if (align === 'right') start = x + width - line.width;
  else if (align === 'justify' && !line.last && gaps > 0) extra = Math.max(0, (width - line.width) / gaps);
  const ops: DrawOp[] = [];
  let cursor = start;
  line.words.forEach((word, wordIndex) => {
    const isLastWord = wordIndex === line.words.length - 1;
    word.pieces.forEach((piece, pieceIndex) => {
      const trailingSpace = !isLastWord && pieceIndex === word.pieces.length - 1 && word.spaceAfter > 0 && !piece.checkbox;
      const op: DrawOp = { text: trailingSpace ? `${piece.text} ` : piece.text, style: piece.style, x: cursor, width: piece.width };
      if (piece.checkbox) op.checkbox = piece.checkbox;
      const previous = ops[ops.length - 1];
      // Merge with the previous op when nothing but a natural space separates them (fewer, longer text runs).
      if (
        extra === 0 &&
        previous &&
        !previous.checkbox &&
        !op.checkbox &&
        previous.style === op.style &&
        Math.abs(previous.x + measure(fonts, previous.style, size, previous.text) - op.x) < 0.01
      ) {
        previous.text += op.text;
        previous.width = op.x + op.width - previous.x;
      } else ops.push(op);
      cursor += piece.width;
    });
    if (!isLastWord) cursor += word.spaceAfter + extra;
  });
  return ops;
}
