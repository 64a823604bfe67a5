import { etagOfVersion, ifMatchAccepts, ifMatchOf } from '../../api/dossiers/if-match';
import { ApiError } from '../../api/errors';

/** An action sent with If-Match acts only on the version its sender saw (RFC 9110 §13.1.1). */
describe('If-Match on a dossier action', () => {
  it('names the dossier’s version as a strong entity tag', () => {
    expect(etagOfVersion(12)).toBe('"12"');
  });

  it('accepts the current version, alone or in a list, and *', () => {
    expect(ifMatchAccepts('"12"', 12)).toBe(true);
    expect(ifMatchAccepts('"11", "12"', 12)).toBe(true);
    expect(ifMatchAccepts('*', 3)).toBe(true);
  });

  it('refuses an older version, a weak tag (strong comparison), an unquoted number and anything else', () => {
    expect(ifMatchAccepts('W/"12"', 12)).toBe(false);
    expect(ifMatchAccepts('"11"', 12)).toBe(false);
    expect(ifMatchAccepts('12', 12)).toBe(false);
    expect(ifMatchAccepts('"120"', 12)).toBe(false);
    expect(ifMatchAccepts('', 12)).toBe(false);
  });

  it('reads no header as none, and refuses one longer than any list of versions with 400', () => {
    expect(ifMatchOf(undefined)).toBeUndefined();
    expect(ifMatchOf('')).toBeUndefined();
    expect(ifMatchOf('"12"')).toBe('"12"');
    expect(ifMatchOf(`"${'1'.repeat(198)}"`)).toHaveLength(200);
    expect(() => ifMatchOf(`"${'1'.repeat(199)}"`)).toThrow(expect.objectContaining<Partial<ApiError>>({ status: 400, code: 'invalid-if-match' }));
  });
});
