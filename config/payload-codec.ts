import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type DataConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

/** The codec's keys: every key decrypts what it encrypted; only the active one encrypts (docs/decisions/0010). */
export interface KeyRing {
  activeKeyId: string;
  /** AES-256 keys (32 bytes) by id. */
  keys: ReadonlyMap<string, Uint8Array>;
}

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A payload marked encrypted that this key ring cannot open: its key is not in the ring, or it was altered. */
export class UndecryptablePayloadError extends Error {}

/**
 * Encrypts every payload with AES-256-GCM before it reaches Temporal: the whole payload (metadata and data) becomes
 * the ciphertext of a new one that names only its encoding and key id. A payload without that encoding (histories
 * recorded before encryption) passes through unchanged.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly activeKey: Uint8Array;

  constructor(private readonly ring: KeyRing) {
    const activeKey = ring.keys.get(ring.activeKeyId);
    if (!activeKey) throw new Error(`the active codec key ${ring.activeKeyId} is not in the key ring`);
    this.activeKey = activeKey;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => ({
      metadata: {
        [METADATA_ENCODING_KEY]: utf8.encode(ENCRYPTED_ENCODING),
        [KEY_ID_METADATA]: utf8.encode(this.ring.activeKeyId),
      },
      data: encrypt(temporal.api.common.v1.Payload.encode(payload).finish(), this.activeKey, this.ring.activeKeyId),
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || fromUtf8.decode(encoding) !== ENCRYPTED_ENCODING) return payload;
      const keyIdBytes = payload.metadata?.[KEY_ID_METADATA];
      const keyId = keyIdBytes ? fromUtf8.decode(keyIdBytes) : '(none)';
      const key = this.ring.keys.get(keyId);
      if (!key) throw new UndecryptablePayloadError(`no codec key ${keyId} in the key ring: a retired key is still needed to decrypt`);
      if (!payload.data) throw new UndecryptablePayloadError('an encrypted payload without data');
      return temporal.api.common.v1.Payload.decode(decrypt(payload.data, key, keyId));
    });
  }
}

/** What every Temporal client and worker of hoso converts payloads and failures with. */
export function dataConverterOf(ring: KeyRing): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(ring)], failureConverterPath: require.resolve('./failure-converter') };
}

/**
 * IV (12 bytes, random per payload) || ciphertext || GCM tag (16 bytes). The key id is authenticated with it, so a
 * payload relabelled with another key's id fails rather than decrypting under a key it was not meant for.
 */
function encrypt(plain: Uint8Array, key: Uint8Array, keyId: string): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(utf8.encode(keyId));
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function decrypt(sealed: Uint8Array, key: Uint8Array, keyId: string): Uint8Array {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(utf8.encode(keyId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new UndecryptablePayloadError(`a payload under codec key ${keyId} failed authentication: it was altered, or encrypted under another key`);
  }
}
