import * as fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TrueTypeSubsetter } from './font-subset';
import type { FontStyle } from './types';

/** Liberation Serif: metric-compatible with Times New Roman (Nghị định 30/2020), covers Vietnamese. See templates/fonts/README.md. */
const FONT_FILES: Readonly<Record<FontStyle, string>> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface LoadedFont {
  bytes: Uint8Array;
  font: fontkit.Font;
}

// The package is CommonJS (no "type": "module"), so __dirname is available here.
const FONT_DIRECTORY = join(__dirname, '..', 'fonts');

/** Distinct strings shaped per font before the memo starts over; words repeat, so a few thousand cover a day's documents. */
const SHAPING_MEMO_LIMIT = 20_000;

let loaded: Readonly<Record<FontStyle, LoadedFont>> | undefined;

/**
 * The four fonts, read and parsed once per process and shared by every document: parsing and
 * shaping were most of a document's rendering time. Sharing is safe because
 * - every glyph reachable from a code point is created up front, with that code point: fontkit
 *   caches a glyph object with the code points it was first reached by, and subsetting reaches
 *   composite components (the "E" of "Ệ") with none, which would drop them from a later
 *   document's text layer;
 * - shaping depends only on the text, so its result is memoised (pdf-lib shapes each string
 *   twice, to measure and to draw); nothing downstream mutates a glyph run;
 * - subsets are per document (pdf-lib asks the font for a new one per embedding), and are cut
 *   from the file's bytes by TrueTypeSubsetter, which copies a composite glyph's bytes before
 *   renumbering its components.
 */
export function loadFonts(): Readonly<Record<FontStyle, LoadedFont>> {
  if (!loaded) {
    const load = (style: FontStyle): LoadedFont => {
      const bytes = new Uint8Array(readFileSync(join(FONT_DIRECTORY, FONT_FILES[style])));
      const font = fontkit.create(bytes);
      for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
      // fontkit's own subsetting re-encodes the whole font program per document (font-subset.ts).
      const subsetter = new TrueTypeSubsetter(bytes);
      font.createSubset = () => subsetter.createSubset();
      return { bytes, font: memoiseShaping(font) };
    };
    loaded = { regular: load('regular'), bold: load('bold'), italic: load('italic'), boldItalic: load('boldItalic') };
  }
  return loaded;
}

function memoiseShaping(font: fontkit.Font): fontkit.Font {
  const shape = font.layout.bind(font);
  const memo = new Map<string, fontkit.GlyphRun>();
  font.layout = (text, features) => {
    if (features !== undefined) return shape(text, features);
    let run = memo.get(text);
    if (!run) {
      if (memo.size >= SHAPING_MEMO_LIMIT) memo.clear();
      memo.set(text, (run = shape(text)));
    }
    return run;
  };
  return font;
}

/** What pdf-lib calls to parse an embedded font: hands back the shared font for hoso's own font files. */
export const sharedFontkit: Parameters<PDFDocument['registerFontkit']>[0] = {
  create(bytes: Uint8Array) {
    const shared = Object.values(loadFonts()).find((font) => font.bytes === bytes);
    return shared ? shared.font : fontkit.create(bytes);
  },
};
