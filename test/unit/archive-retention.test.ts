import { archiveRetentionOf, ConfigError } from '../../config/env';

describe('the archive retention setting', () => {
  it('locks in compliance mode for 20 years unless told otherwise', () => {
    expect(archiveRetentionOf({})).toEqual({ ARCHIVE_RETENTION_MODE: 'COMPLIANCE', ARCHIVE_RETENTION: { validity: 20, unit: 'Years' } });
  });

  it('reads a period in days or years, and governance mode for development', () => {
    expect(archiveRetentionOf({ ARCHIVE_RETENTION_MODE: 'GOVERNANCE', ARCHIVE_RETENTION: '1d' })).toEqual({
      ARCHIVE_RETENTION_MODE: 'GOVERNANCE',
      ARCHIVE_RETENTION: { validity: 1, unit: 'Days' },
    });
    expect(archiveRetentionOf({ ARCHIVE_RETENTION: '70y' }).ARCHIVE_RETENTION).toEqual({ validity: 70, unit: 'Years' });
  });

  it.each([['ARCHIVE_RETENTION', '0y'], ['ARCHIVE_RETENTION', '20 years'], ['ARCHIVE_RETENTION', '6m'], ['ARCHIVE_RETENTION_MODE', 'compliance']])(
    'refuses %s=%s, naming it',
    (name, value) => {
      expect(() => archiveRetentionOf({ [name]: value })).toThrow(ConfigError);
      expect(() => archiveRetentionOf({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
    },
  );
});
