import { FONT_STYLES, loadFonts } from './fonts';
import type { FontStyle } from './types';

/** Line breaks and tabs are handled by the layout, never drawn as glyphs. */
const LAYOUT_CHARACTERS = new Set(['\n', '\r', '\t']);

type Coverage = Readonly<Record<FontStyle | 'every', ReadonlySet<number>>>;
let coverage: Coverage | undefined;

/** The code points each style can draw, and those all four can: every string drawn is checked, so these are sets, built once. */
function fontCoverage(): Coverage {
  if (!coverage) {
    const fonts = loadFonts();
    const of = (style: FontStyle): Set<number> => new Set(fonts[style].font.characterSet.filter((codePoint) => fonts[style].font.hasGlyphForCodePoint(codePoint)));
    const [regular, bold, italic, boldItalic] = FONT_STYLES.map(of) as [Set<number>, Set<number>, Set<number>, Set<number>];
    const every = new Set([...regular].filter((codePoint) => bold.has(codePoint) && italic.has(codePoint) && boldItalic.has(codePoint)));
    coverage = { regular, bold, italic, boldItalic, every };
  }
  return coverage;
}

/**
 * Characters of `text` (after NFC normalisation) that the embedded font cannot draw, in order
 * of first appearance, without duplicates. Without `style`, a character counts as missing if
 * any of the four styles lacks it, since a form may print any value in any style.
 */
export function missingGlyphs(text: string, style?: FontStyle): string[] {
  const drawable = fontCoverage()[style ?? 'every'];
  const missing = new Set<string>();
  for (const character of text.normalize('NFC')) {
    if (!LAYOUT_CHARACTERS.has(character) && !drawable.has(character.codePointAt(0) as number)) missing.add(character);
  }
  return [...missing];
}

export function describeCharacter(character: string): string {
  const hex = (character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  return `"${character}" (U+${hex})`;
}

/** Thrown instead of drawing tofu: names each character and where in the document it was found. */
export class MissingGlyphsError extends Error {
  constructor(
    readonly characters: readonly string[],
    readonly locations: readonly string[],
  ) {
    super(
      `Cannot render: the font (Liberation Serif) has no glyph for ${characters.map(describeCharacter).join(', ')}` +
        (locations.length > 0 ? `; found in ${locations.join(', ')}` : ''),
    );
    this.name = 'MissingGlyphsError';
  }
}

/** Walks every printed string of a document-like value and throws MissingGlyphsError if any cannot be drawn. */
export function assertGlyphsAvailable(value: unknown, options: { skipKeys?: readonly string[] } = {}): void {
  const skip = new Set(options.skipKeys ?? []);
  const characters: string[] = [];
  const locations: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      const missing = missingGlyphs(node);
      if (missing.length > 0) {
        locations.push(path || '(text)');
        for (const c of missing) if (!characters.includes(c)) characters.push(c);
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, child] of Object.entries(node)) {
        if (!skip.has(key)) visit(child, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(value, '');
  if (characters.length > 0) throw new MissingGlyphsError(characters, locations);
}
