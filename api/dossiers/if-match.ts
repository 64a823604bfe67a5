import { ApiError } from '../errors';

/** The ETag of a dossier: its version, the number of events recorded (strong: equal tags mean the same state). */
export const etagOfVersion = (version: number) => `"${version}"`;

/**
 * Whether an If-Match header (RFC 9110 §13.1.1) names the version: one of its entity tags, compared strongly as the
 * RFC requires (a weak `W/"12"` never matches), or `*`, which any existing dossier matches.
 */
export function ifMatchAccepts(ifMatch: string, version: number): boolean {
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  return tags.includes('*') || tags.includes(etagOfVersion(version));
}

/** The longest If-Match read: a few versions' tags. Longer is no header this API's clients send (api/openapi.ts). */
export const IF_MATCH_MAX_LENGTH = 200;

/** The If-Match header of a request, if any; 400 when it is longer than any list of versions would be. */
export function ifMatchOf(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (header.length > IF_MATCH_MAX_LENGTH) {
    throw new ApiError(400, 'invalid-if-match', `Tiêu đề If-Match dài quá ${IF_MATCH_MAX_LENGTH} ký tự.`, 'If-Match names the ETag the dossier was read with, e.g. "12".');
  }
  return header;
}
