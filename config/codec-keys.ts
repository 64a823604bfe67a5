import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, type Env } from './env';
import type { KeyRing } from './payload-codec';

/**
 * Where the payload codec's keys come from. In development, the environment or a key file; in production, a KMS
 * implements this port (it unwraps the ring's data keys at start), so that no key sits in the environment.
 */
export interface KeyRingSource {
  load(): Promise<KeyRing>;
}

export type CodecEnv = Pick<Env, 'TEMPORAL_CODEC_KEYS' | 'TEMPORAL_CODEC_ACTIVE_KEY' | 'TEMPORAL_CODEC_KEY_FILE'>;

/** TEMPORAL_CODEC_KEYS when set (parseEnv checked its form), otherwise the key file. */
export function keyRingSourceOf(env: CodecEnv): KeyRingSource {
  const list = env.TEMPORAL_CODEC_KEYS;
  if (!list) return keyRingFile(env.TEMPORAL_CODEC_KEY_FILE);
  return {
    load: async () => {
      const keys = new Map(list.split(',').map((entry) => {
        const [id = '', key = ''] = entry.split(':');
        return [id, Buffer.from(key, 'base64')];
      }));
      // With one key, it is the active one; parseEnv requires TEMPORAL_CODEC_ACTIVE_KEY with more.
      return { activeKeyId: env.TEMPORAL_CODEC_ACTIVE_KEY ?? [...keys.keys()][0] ?? '', keys };
    },
  };
}

const aes256Key = z.base64().refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 bytes (AES-256)');
const KeyFile = z
  .object({ activeKeyId: z.string().min(1), keys: z.record(z.string().min(1), aes256Key) })
  .refine((file) => file.activeKeyId in file.keys, 'activeKeyId must name one of the keys');
type KeyFile = z.infer<typeof KeyFile>;

function keyRingFile(file: string): KeyRingSource {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new ConfigError(
          `Invalid configuration: no payload codec keys: set TEMPORAL_CODEC_KEYS, or TEMPORAL_CODEC_KEY_FILE to a key file (${file} does not exist; npm start creates one)`,
        );
      }
      const parsed = KeyFile.safeParse(JSON.parse(text));
      if (!parsed.success) throw new ConfigError(`Invalid configuration: TEMPORAL_CODEC_KEY_FILE ${file}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      const keys = new Map(Object.entries(parsed.data.keys).map(([id, key]) => [id, Buffer.from(key, 'base64')]));
      return { activeKeyId: parsed.data.activeKeyId, keys };
    },
  };
}

/** The development key file: created once with one random key, kept on later runs (`wx`: another writer's file wins). */
export async function ensureDevCodecKeyFile(file: string): Promise<void> {
  const keyId = `dev-${randomBytes(4).toString('hex')}`;
  const content: KeyFile = { activeKeyId: keyId, keys: { [keyId]: randomBytes(32).toString('base64') } };
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, JSON.stringify(content, null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
