import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAuditAnchorKey } from '../../config/audit-anchor-key';
import { ConfigError } from '../../config/env';

describe('the audit anchors’ key', () => {
  const key = Buffer.alloc(32, 9).toString('base64');

  it('is AUDIT_ANCHOR_KEY when given', async () => {
    expect(await loadAuditAnchorKey({ HOSO_ENV: 'production', AUDIT_ANCHOR_KEY: key, AUDIT_ANCHOR_KEY_FILE: '/nowhere' })).toEqual(Buffer.alloc(32, 9));
  });

  it('comes from the development key file without it', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'hoso-anchor-')), 'key');
    await writeFile(file, `${key}\n`);
    expect(await loadAuditAnchorKey({ HOSO_ENV: 'development', AUDIT_ANCHOR_KEY_FILE: file })).toEqual(Buffer.alloc(32, 9));
  });

  it('is required when HOSO_ENV=production: a key file left by development is no secret', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'hoso-anchor-')), 'key');
    await writeFile(file, key);
    await expect(loadAuditAnchorKey({ HOSO_ENV: 'production', AUDIT_ANCHOR_KEY_FILE: file })).rejects.toThrow(ConfigError);
    await expect(loadAuditAnchorKey({ HOSO_ENV: 'production', AUDIT_ANCHOR_KEY_FILE: file })).rejects.toThrow(/AUDIT_ANCHOR_KEY is required when HOSO_ENV=production/);
  });

  it('names the setting when neither the key nor its file is there', async () => {
    await expect(loadAuditAnchorKey({ HOSO_ENV: 'development', AUDIT_ANCHOR_KEY_FILE: '/nowhere/key' })).rejects.toThrow(/set AUDIT_ANCHOR_KEY \(\/nowhere\/key does not exist/);
  });
});
