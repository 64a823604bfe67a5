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
