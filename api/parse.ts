import type { z } from 'zod';
import { InvalidCursorError } from '../store/keyset';
import { assertGlyphsAvailable, describeCharacter, MissingGlyphsError } from '../templates/layout/missing-glyphs';
import { ApiError, validationError } from './errors';

/** Validates request input at the edge: 422 with every problem listed. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/**
 * Validates a body that the dossier's documents will print: text their font cannot draw is refused here (422),
 * not found later by a document activity that would fail on every retry and hold the dossier.
 */
export function parsePrintable<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const data = parse(schema, value);
  try {
    assertGlyphsAvailable(data);
  } catch (error) {
    if (!(error instanceof MissingGlyphsError)) throw error;
    const characters = error.characters.map(describeCharacter).join(', ');
    throw new ApiError(422, 'unprintable-text', 'Văn bản có ký tự không in được.', `The documents' font has no glyph for ${characters}.`, {
      errors: error.locations.map((path) => ({ path, message: `Không in được ký tự ${characters}` })),
    });
  }
  return data;
}

/** Runs a paged query; a cursor that is not one of ours is the client's mistake (400), not ours. */
export async function pageOf<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new ApiError(400, 'invalid-cursor', 'Con trỏ trang không hợp lệ.', 'Use the nextCursor of a previous page.');
    throw error;
  }
}
