import { etagOfVersion, ifMatchAccepts } from '../../api/dossiers/if-match';

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
});
