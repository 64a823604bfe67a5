import { z } from 'zod';

/**
 * What a dossier id is, in one place for the routes, the store, the audit and the OpenAPI document:
 * a UUID in its hyphenated hex form, any version or variant (hoso mints v4, other systems may not),
 * either case, kept in lower case because that is how PostgreSQL answers it and how the audit hashes it.
 * Anything else (braces, no hyphens, URNs) is not a dossier id, so a route answers 404 without a lookup.
 */
export const DOSSIER_ID_PATTERN = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$';

const DossierIdPattern = new RegExp(DOSSIER_ID_PATTERN);

/** A dossier id as hoso writes it (responses, the OpenAPI document): lower-case hex, hyphenated. */
export const DossierIdText = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  .describe('Mã hồ sơ (UUID)');

/** A dossier id as hoso reads it (paths, cursors, the audit), lower-cased. */
export const DossierIdSchema = z
  .string()
  .regex(DossierIdPattern, 'Mã hồ sơ không hợp lệ')
  .transform((id) => id.toLowerCase());

/** The dossier id in `text`, lower-cased, or undefined when `text` is not one. */
export function dossierIdIn(text: unknown): string | undefined {
  return typeof text === 'string' && DossierIdPattern.test(text) ? text.toLowerCase() : undefined;
}
