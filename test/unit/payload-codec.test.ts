import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationFailure, defaultPayloadConverter, type Payload } from '@temporalio/common';
import { decodeOptionalFailureToOptionalError, encodeErrorToFailure, loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import { ensureDevCodecKeyFile, keyRingSourceOf } from '../../config/codec-keys';
import { ConfigError, parseEnv } from '../../config/env';
import { dataConverterOf, ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA, UndecryptablePayloadError, type KeyRing } from '../../config/payload-codec';

const subject = { fullName: 'Nguyễn Văn An', idNumber: '001090012345' };
const payloadOf = (value: unknown): Payload => defaultPayloadConverter.toPayload(value);
const valueOf = (payload: Payload | undefined) => defaultPayloadConverter.fromPayload(payload as Payload);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const ring = (activeKeyId: string, keys: Record<string, Uint8Array>): KeyRing => ({ activeKeyId, keys: new Map(Object.entries(keys)) });

describe('the payload codec', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it('encrypts a payload so that nothing of it is readable, naming only its encoding and key', async () => {
    const [encrypted] = await new EncryptionCodec(ring('k1', { k1 })).encode([payloadOf(subject)]);
    expect(Object.fromEntries(Object.entries(encrypted?.metadata ?? {}).map(([key, value]) => [key, text(value)]))).toEqual({
      encoding: ENCRYPTED_ENCODING,
      [KEY_ID_METADATA]: 'k1',
    });
    expect(text(encrypted?.data)).not.toContain(subject.idNumber);
    expect(text(encrypted?.data)).not.toContain('json/plain');
    expect(valueOf((await new EncryptionCodec(ring('k1', { k1 })).decode([encrypted as Payload]))[0])).toEqual(subject);
  });

  it('uses a fresh IV for every payload: the same value never encrypts to the same bytes', async () => {
    const codec = new EncryptionCodec(ring('k1', { k1 }));
    const [first, second] = await codec.encode([payloadOf(subject), payloadOf(subject)]);
    expect(Buffer.from(first?.data ?? []).equals(Buffer.from(second?.data ?? []))).toBe(false);
  });

  it('keeps decrypting with a rotated-out key while the new one encrypts', async () => {
    const [old] = await new EncryptionCodec(ring('k1', { k1 })).encode([payloadOf(subject)]);
    const rotated = new EncryptionCodec(ring('k2', { k1, k2 }));
    const [fresh] = await rotated.encode([payloadOf(subject)]);
    expect(text(fresh?.metadata?.[KEY_ID_METADATA])).toBe('k2');
    expect((await rotated.decode([old as Payload, fresh as Payload])).map(valueOf)).toEqual([subject, subject]);
  });

  it('refuses a payload whose key left the ring, or that was altered', async () => {
    const [encrypted] = await new EncryptionCodec(ring('k1', { k1 })).encode([payloadOf(subject)]);
    await expect(new EncryptionCodec(ring('k2', { k2 })).decode([encrypted as Payload])).rejects.toThrow(/no codec key k1/);
    const relabelled = { ...encrypted, metadata: { ...encrypted?.metadata, [KEY_ID_METADATA]: Buffer.from('k2') } };
    // Even under the same key bytes: the key id is authenticated with the ciphertext.
    await expect(new EncryptionCodec(ring('k2', { k1, k2: k1 })).decode([relabelled])).rejects.toThrow(UndecryptablePayloadError);
    const tampered = Buffer.from(encrypted?.data ?? []);
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    await expect(new EncryptionCodec(ring('k1', { k1 })).decode([{ ...encrypted, data: tampered }])).rejects.toThrow(UndecryptablePayloadError);
    // Too short to hold an IV and a tag: refused the same way, not as a crypto library's error.
    await expect(new EncryptionCodec(ring('k1', { k1 })).decode([{ ...encrypted, data: Buffer.alloc(0) }])).rejects.toThrow(UndecryptablePayloadError);
    await expect(new EncryptionCodec(ring('k1', { k1 })).decode([{ ...encrypted, data: Buffer.alloc(5) }])).rejects.toThrow(UndecryptablePayloadError);
  });

  it('passes through payloads recorded before encryption, so that old histories still replay', async () => {
    const plain = payloadOf(subject);
    expect(await new EncryptionCodec(ring('k1', { k1 })).decode([plain])).toEqual([plain]);
  });

  it('encrypts failure messages and stack traces too, which can quote the data they failed on', async () => {
    const converter = loadDataConverter(dataConverterOf(ring('k1', { k1 })));
    const failure = await encodeErrorToFailure(converter, ApplicationFailure.nonRetryable(`no glyph in ${subject.fullName}`, 'form-text-unprintable'));
    expect(JSON.stringify(failure)).not.toContain(subject.fullName);
    expect(text(failure.encodedAttributes?.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(await decodeOptionalFailureToOptionalError(converter, failure)).toMatchObject({ message: `no glyph in ${subject.fullName}`, type: 'form-text-unprintable' });
  });

  it('refuses a key ring whose active key is not in it', () => {
    expect(() => new EncryptionCodec(ring('k3', { k1 }))).toThrow(/k3/);
  });
});

describe('the codec key ring', () => {
  const required = { DATABASE_URL: 'postgres://hoso:secret@127.0.0.1:5432/hoso', MINIO_ACCESS_KEY: 'hoso-dev', MINIO_SECRET_KEY: 'hoso-dev-secret' };
  const key = () => randomBytes(32).toString('base64');
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoso-codec-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads id:key pairs from TEMPORAL_CODEC_KEYS, encrypting with the active one', async () => {
    const env = parseEnv({ ...required, TEMPORAL_CODEC_KEYS: `2026-01:${key()},2026-07:${key()}`, TEMPORAL_CODEC_ACTIVE_KEY: '2026-07' });
    const loaded = await keyRingSourceOf(env).load();
    expect({ active: loaded.activeKeyId, ids: [...loaded.keys.keys()], lengths: [...loaded.keys.values()].map((k) => k.length) }).toEqual({
      active: '2026-07',
      ids: ['2026-01', '2026-07'],
      lengths: [32, 32],
    });
  });

  it.each([
    ['a key that is not 32 bytes', { TEMPORAL_CODEC_KEYS: `k1:${randomBytes(16).toString('base64')}` }, /TEMPORAL_CODEC_KEYS/],
    ['several keys and none active', { TEMPORAL_CODEC_KEYS: `k1:${key()},k2:${key()}` }, /TEMPORAL_CODEC_ACTIVE_KEY is required/],
    ['an active key not listed', { TEMPORAL_CODEC_KEYS: `k1:${key()}`, TEMPORAL_CODEC_ACTIVE_KEY: 'k2' }, /TEMPORAL_CODEC_ACTIVE_KEY must be one of/],
  ])('stops on %s', (_case, settings, message) => {
    expect(() => parseEnv({ ...required, ...settings })).toThrow(message);
  });

  it('creates the development key file once and keeps it', async () => {
    const file = path.join(dir, 'temporal-codec', 'keys.json');
    await ensureDevCodecKeyFile(file);
    const first = await readFile(file, 'utf8');
    await ensureDevCodecKeyFile(file);
    expect(await readFile(file, 'utf8')).toBe(first);
    const loaded = await keyRingSourceOf(parseEnv({ ...required, TEMPORAL_CODEC_KEY_FILE: file })).load();
    expect(loaded.keys.get(loaded.activeKeyId)?.length).toBe(32);
  });

  it('refuses to start without keys, or with a key file that does not hold its active key', async () => {
    const missing = path.join(dir, 'none.json');
    await expect(keyRingSourceOf(parseEnv({ ...required, TEMPORAL_CODEC_KEY_FILE: missing })).load()).rejects.toThrow(ConfigError);
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, JSON.stringify({ activeKeyId: 'k2', keys: { k1: key() } }));
    await expect(keyRingSourceOf(parseEnv({ ...required, TEMPORAL_CODEC_KEY_FILE: broken })).load()).rejects.toThrow(/activeKeyId/);
  });
});
