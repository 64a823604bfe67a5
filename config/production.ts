import { developmentCredentials } from './development-credentials';
import type { Env } from './env';

/** Secrets anyone can read: the development stack's and MinIO's factory default (`change-me` placeholders: isPublicSecret). */
const publicSecrets = new Set<string>([...Object.values(developmentCredentials), 'minioadmin']);

/** Settings whose names say they hold a secret (MINIO_SECRET_KEY, SIGNING_P12_PASSWORD…); DATABASE_URL carries one too. */
const SECRET_SETTING = /(PASSWORD|SECRET|_KEYS?)$/;

/** A secret that protects nothing: a development default or a placeholder left in place. */
export function isPublicSecret(value: string): boolean {
  return publicSecrets.has(value) || /^change[-_ ]?me/i.test(value);
}

/**
 * What HOSO_ENV=production refuses to start with, one line per setting, naming it: development sign-in and signing,
 * public secrets, a public address that is not HTTPS (it is printed on every signed document as the verification QR),
 * and payloads that would reach Temporal with the development key or none.
 */
export function refusalsInProduction(env: Env, source: NodeJS.ProcessEnv): string[] {
  if (env.HOSO_ENV !== 'production') return [];
  const refusals: string[] = [];
  if (env.AUTH_MODE === 'dev') refusals.push('AUTH_MODE: dev (tokens from the built-in development issuer) is refused when HOSO_ENV=production; use oidc');
  if (env.SIGNING_MODE === 'dev') refusals.push('SIGNING_MODE: dev (keys from the development CA) is refused when HOSO_ENV=production; use p12');
  for (const [name, value] of Object.entries(env)) {
    if (SECRET_SETTING.test(name) && typeof value === 'string' && isPublicSecret(value)) {
      refusals.push(`${name}: a development default or change-me placeholder is refused when HOSO_ENV=production`);
    }
  }
  for (const name of ['DATABASE_URL', 'DATABASE_APP_URL'] as const) {
    const url = env[name];
    if (url && isPublicSecret(new URL(url).password)) {
      refusals.push(`${name}: the password is a development default or change-me placeholder, refused when HOSO_ENV=production`);
    }
  }
  refusals.push(...applicationRoleRefusals(env));
  refusals.push(...publicUrlRefusals(env));
  refusals.push(...codecKeyRefusals(source));
  return refusals;
}

/** The API and workers connect as the application role, which may only append to the audit trail (docs/decisions/0006-audit-trail.md). */
function applicationRoleRefusals(env: Pick<Env, 'DATABASE_URL' | 'DATABASE_APP_URL'>): string[] {
  if (!env.DATABASE_APP_URL) {
    return ['DATABASE_APP_URL: required when HOSO_ENV=production (the application role; the owner in DATABASE_URL could alter the audit trail)'];
  }
  if (env.DATABASE_URL && new URL(env.DATABASE_URL).username === new URL(env.DATABASE_APP_URL).username) {
    return ["DATABASE_APP_URL: must name another role than DATABASE_URL's owner when HOSO_ENV=production (the owner could alter the audit trail)"];
  }
  return [];
}

function publicUrlRefusals(env: Pick<Env, 'API_PUBLIC_URL'>): string[] {
  if (!env.API_PUBLIC_URL) return ['API_PUBLIC_URL: required when HOSO_ENV=production (signed documents print it as their verification QR code)'];
  if (new URL(env.API_PUBLIC_URL).protocol !== 'https:') return ['API_PUBLIC_URL: must be https:// when HOSO_ENV=production (signed documents print it as their verification QR code)'];
  return [];
}

/**
 * The payload codec's keys must be given: TEMPORAL_CODEC_KEYS, or TEMPORAL_CODEC_KEY_FILE naming a mounted key file.
 * Read from the raw environment because the key file's default is the one `npm start` creates.
 */
function codecKeyRefusals(source: NodeJS.ProcessEnv): string[] {
  if (source.TEMPORAL_CODEC_KEYS || source.TEMPORAL_CODEC_KEY_FILE) return [];
  return ['TEMPORAL_CODEC_KEYS: required when HOSO_ENV=production (or TEMPORAL_CODEC_KEY_FILE naming the key file), so that no payload reaches Temporal with a development key'];
}
