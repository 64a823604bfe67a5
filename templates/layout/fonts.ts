import * as fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

let loaded: Readonly<Record<FontStyle, LoadedFont>> | undefined;

/** The four font files, read and parsed once per process; the only I/O of the document layer. */
export function loadFonts(): Readonly<Record<FontStyle, LoadedFont>> {
  if (!loaded) {
    const load = (style: FontStyle): LoadedFont => {
      const bytes = new Uint8Array(readFileSync(join(FONT_DIRECTORY, FONT_FILES[style])));
      return { bytes, font: fontkit.create(bytes) };
    };
    loaded = {
      regular: load('regular'),
      bold: load('bold'),
      italic: load('italic'),
      boldItalic: load('boldItalic'),
    };
  }
  return loaded;
}

/*
 * pdf-lib parses the font again for every document (fontkit.create). Do not hand it a shared,
 * already-parsed fontkit font to save that time: fontkit caches glyph objects with the code
 * points they were first reached by, and subsetting reaches composite components (the "E" of
 * "Ệ") with none, so a later document would lose those letters from its text layer.
 */
export { fontkit };
