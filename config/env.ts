import path from 'node:path';
import { z } from 'zod';
import { refusalsInProduction } from './production';

/** Issuer and audience of the built-in development token issuer. */
export const devIssuer = { issuer: 'hoso-dev-issuer', audience: 'hoso-api' } as const;

/**
 * The one algorithm the development issuer signs with, and so the one the API accepts with AUTH_MODE=dev. Here, not in
 * api/auth/dev-issuer.ts, so that the API reads it without loading the issuer (which the production image leaves out).
 */
export const DEV_ISSUER_ALGORITHM = 'ES256';

/** Where `vite build` puts the console (scripts/web/build-console.ts). */
export const webConsoleDist = path.join(__dirname, '..', 'web', 'dist');

const port = z.coerce.number().int().min(0).max(65535);

/** Every setting hoso reads from the environment, in one schema, checked once at start. */
const EnvSchema = z.object({
  /**
   * `production` refuses to start on development settings: dev sign-in or signing, public or placeholder secrets, a
   * public URL that is not https://, no payload codec keys (config/production.ts). `npm start` and `npm test` leave
   * it unset.
   */
  HOSO_ENV: z.enum(['development', 'production']).default('development'),
  API_PORT: port.default(3000),
  API_PUBLIC_URL: z.url().optional(),

  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  /**
   * TLS to Temporal (config/temporal-connection.ts): on with TEMPORAL_TLS=true, a CA file, a client certificate or an
   * API key. Mutual TLS with TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE (PEM); TEMPORAL_TLS_CA_FILE when the
   * server's certificate is from a private CA; TEMPORAL_API_KEY for a cluster that takes API keys (Temporal Cloud).
   */
  TEMPORAL_TLS: z.stringbool().default(false),
  TEMPORAL_TLS_CA_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('hoso-dossiers'),
  /**
   * What `worker/main.ts` runs: `workflows` (dossier workflows, projection, notifications), `documents` (rendering,
   * signing and archiving forms, on TEMPORAL_TASK_QUEUE + "-documents"), or both; each scales by running more.
   */
  WORKER_ROLE: z.enum(['all', 'workflows', 'documents']).default('all'),
  /**
   * The payload codec's key ring (docs/decisions/0010-payload-encryption.md): `id:base64key,…`, AES-256 keys of 32
   * bytes, every one of which decrypts, and the id of the one that encrypts (needed when there are several). Without
   * them, the key file that the development scripts create once.
   */
  TEMPORAL_CODEC_KEYS: z
    .string()
    .regex(/^[\w.-]+:[A-Za-z0-9+/]{43}=(,[\w.-]+:[A-Za-z0-9+/]{43}=)*$/, 'must be id:base64key pairs, comma-separated, each key 32 bytes')
    .optional(),
  TEMPORAL_CODEC_ACTIVE_KEY: z.string().min(1).optional(),
  TEMPORAL_CODEC_KEY_FILE: z.string().min(1).default('.data/temporal-codec/keys.json'),
  /**
   * The Temporal UI's origin (`https://temporal.example.vn`): the one browser origin allowed to call the codec server
   * at /api/v1/codec (CORS), so that the UI shows decoded payloads to administrators. Unset, no browser may.
   */
  TEMPORAL_UI_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),

  /**
   * The owner of hoso's tables: `scripts/migrate.ts` connects with it. The API and workers connect with
   * DATABASE_APP_URL, a role that may only append to the audit trail (docs/decisions/0006-audit-trail.md); given
   * DATABASE_URL alone, development falls back to the owner with a warning, and production refuses to start.
   */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_APP_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),

  /**
   * The audit trail's durability (docs/decisions/0006-audit-trail.md). Rows that PostgreSQL cannot take, or that
   * overflow AUDIT_QUEUE_LIMIT, are spooled to AUDIT_SPOOL_DIR (one per API process, on a persistent disk) and
   * replayed when it returns.
   */
  AUDIT_SPOOL_DIR: z.string().min(1).default('.data/audit-spool'),
  AUDIT_QUEUE_LIMIT: z.coerce.number().int().positive().default(10_000),
  /** An answer waits for its audit row: this long for PostgreSQL's commit, then for the spool's fsync instead. */
  AUDIT_DURABLE_WAIT_MS: z.coerce.number().int().positive().max(60_000).default(1000),
  /**
   * The chain's head is anchored in the archive bucket every AUDIT_ANCHOR_INTERVAL_MINUTES by the workflow worker,
   * with an HMAC-SHA256 keyed by AUDIT_ANCHOR_KEY (32 bytes, base64), a key the database never holds. Without it, the
   * key file the development scripts create once; production requires the key.
   */
  AUDIT_ANCHOR_KEY: z.base64().refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 bytes, base64').optional(),
  AUDIT_ANCHOR_KEY_FILE: z.string().min(1).default('.data/audit-anchor/key'),
  AUDIT_ANCHOR_INTERVAL_MINUTES: z.coerce.number().positive().max(24 * 60).default(10),

  MINIO_ENDPOINT: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:9000'),
  MINIO_ACCESS_KEY: z.string().min(3),
  MINIO_SECRET_KEY: z.string().min(8),
  MINIO_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
    .default('hoso-documents'),
  /**
   * The archive's object lock, set on the bucket by whoever creates it (the development stack; `minio-init` or the
   * operator in production, docs/deploy.md): every version of a document is kept at least this long from its upload.
   * COMPLIANCE: no one, not even MinIO's root user, can delete it or shorten its retention before then; GOVERNANCE:
   * an account allowed to bypass governance can (the development stack's mode, so that test objects do not outlive
   * their test). The period is `<n>d` or `<n>y`. 20 years is a conservative choice pending the legal retention of
   * files of administrative-handling measures (Luật Lưu trữ 2024; TT 10/2022/TT-BNV lists common files only, and no
   * row for these was confirmed): docs/legal-review.md §4, [OPEN]. A COMPLIANCE period can be lengthened, never shortened.
   */
  ARCHIVE_RETENTION_MODE: z.enum(['COMPLIANCE', 'GOVERNANCE']).default('COMPLIANCE'),
  ARCHIVE_RETENTION: z
    .string()
    .regex(/^[1-9]\d{0,4}[dy]$/, 'must be a number of days or years, such as 20y or 1d')
    .transform((period) => ({ validity: Number(period.slice(0, -1)), unit: period.endsWith('y') ? ('Years' as const) : ('Days' as const) }))
    .default({ validity: 20, unit: 'Years' }),

  /** `dev`: tokens signed by the built-in development issuer; `oidc`: tokens from an external provider's JWKS. */
  AUTH_MODE: z.enum(['dev', 'oidc']).default('dev'),
  AUTH_DEV_KEY_FILE: z.string().min(1).default('.data/dev-issuer/key.json'),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default(devIssuer.issuer),
  AUTH_AUDIENCE: z.string().min(1).default(devIssuer.audience),
  /**
   * With `oidc`, the console signs in at this provider as a public client (authorization code with PKCE): its client
   * id, the provider's address (default: AUTH_ISSUER) and the scope it asks for. `GET /api/v1/auth/config` tells the
   * console.
   */
  AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
  AUTH_OIDC_AUTHORITY: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_OIDC_SCOPE: z
    .string()
    .refine((scope) => scope.split(' ').includes('openid'), 'must include openid')
    .default('openid'),
  /**
   * The signature algorithms accepted from an OIDC provider (comma-separated): asymmetric ones only, since its JWKS holds
   * public keys (an HS256 token "signed" with a public key, or `none`, is never accepted). Keycloak signs RS256 by
   * default. With AUTH_MODE=dev only the development issuer's ES256 is accepted.
   */
  AUTH_ALGORITHMS: z
    .string()
    .transform((list) => list.split(',').map((alg) => alg.trim()))
    .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1))
    .default(['RS256', 'ES256']),
  /**
   * The oldest token accepted, by its `iat`, whatever its `exp` says (seconds). 12 h: a working day; the console renews
   * its token long before, and a token that leaked stops working by the next day.
   */
  AUTH_MAX_TOKEN_AGE_SECONDS: z.coerce.number().int().positive().default(12 * 3600),
  /** How far the issuer's clock and the API's may disagree when `exp`, `iat` and `nbf` are checked (seconds). */
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(60),

  /**
   * Rate limits (api/rate-limit.ts), per client address and per API process, as requests per minute with bursts of
   * up to the same number. A commune office puts several officers behind one address, so the defaults are far
   * above what people do by hand; signed-in traffic is not limited. 429 `rate-limited` with Retry-After beyond them.
   * - VERIFY: the public `GET /api/v1/verify/:code` (a QR code scanned by a phone);
   * - UNAUTHENTICATED: every other `/api` request without an Authorization header;
   * - AUTH_FAILURES: tokens refused; beyond it, a token from that address is answered 429 before it is even checked.
   */
  RATE_LIMIT_VERIFY_PER_MINUTE: z.coerce.number().int().positive().default(60),
  RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /**
   * Which proxies' X-Forwarded-For the API believes for the client's address (Express's `trust proxy`: `loopback`,
   * addresses or subnets, comma-separated, or a number of hops). Set it to the TLS proxy in front of the API, or every
   * client shares the proxy's rate limits; unset, the address of the connection counts.
   */
  API_TRUST_PROXY: z
    .string()
    .min(1)
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
    .optional(),
  /** How long a verification result is reused for the same code (seconds), so that scans do not re-read the PDF. */
  VERIFY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),

  /**
   * `dev`: units' keys issued on first use by a local development CA in SIGNING_DEV_CA_DIR;
   * `p12`: one <unitCode>.p12 per unit in SIGNING_P12_DIR (an HSM or remote signer implements
   * the same DocumentSigner port: docs/decisions/0003-signing.md).
   */
  SIGNING_MODE: z.enum(['dev', 'p12']).default('dev'),
  SIGNING_DEV_CA_DIR: z.string().min(1).default('.data/dev-ca'),
  SIGNING_P12_DIR: z.string().min(1).optional(),
  SIGNING_P12_PASSWORD: z.string().optional(),
  /** A JSON file of each unit's own .p12 password, `{ "<unitCode>": "<password>" }` (a mounted secret); SIGNING_P12_PASSWORD is for units it does not list. */
  SIGNING_P12_PASSWORDS_FILE: z.string().min(1).optional(),
  /** PEM files of the CAs whose signatures the verification endpoint accepts (comma-separated); with `dev`, the dev CA's root. */
  SIGNING_TRUST_ANCHORS: z.string().min(1).optional(),

  NOTIFY_WEBHOOK_URL: z.url().optional(),
  /** The console's production build, served at `/`; empty serves none (an API-only deployment). */
  WEB_CONSOLE_DIR: z.string().default(webConsoleDist),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /**
   * Observability (docs/operations.md). The API's `GET /metrics` answers a scraper on the same machine, and with
   * `Authorization: Bearer <METRICS_TOKEN>` one elsewhere. A worker serves the Temporal SDK's metrics and its own (document
   * issue times) at `http://<WORKER_METRICS_ADDRESS>/metrics`, such as 127.0.0.1:9464 (unset: none).
   */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  WORKER_METRICS_ADDRESS: z
    .string()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[\w.-]+):\d{1,5}$/, 'must be host:port, such as 127.0.0.1:9464')
    .optional(),

  /**
   * `npm start` on one machine (scripts/start.ts, docs/deploy.md): its data folder and the ports of its services. The
   * command-line tools (`npm run token`, `audit:verify`, `audit:anchor`, `backup`, `restore`) read the same, to reach
   * the stack they serve (scripts/stack-tool-env.ts).
   */
  HOSO_DATA_DIR: z.string().min(1).transform((dir) => path.resolve(dir)).default(path.join(__dirname, '..', '.data')),
  HOSO_POSTGRES_PORT: port.default(54320),
  HOSO_MINIO_PORT: port.default(9000),
  HOSO_MINIO_CONSOLE_PORT: port.default(9001),
  HOSO_TEMPORAL_PORT: port.default(7233),
  HOSO_TEMPORAL_UI_PORT: port.default(8233),
  /**
   * `npm start`'s supervisor starts a crashed process again, after 1 s, 2 s, 4 s … up to 1 min; it stops everything
   * once one process has failed HOSO_RESTART_LIMIT times within HOSO_RESTART_WINDOW_MS (scripts/stack/restart-policy.ts).
   */
  HOSO_RESTART_LIMIT: z.coerce.number().int().min(1).default(5),
  HOSO_RESTART_WINDOW_MS: z.coerce.number().int().positive().default(5 * 60_000),
});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad or missing value throws a ConfigError naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) {
    if (!result.data.DATABASE_URL && !result.data.DATABASE_APP_URL) {
      throw new ConfigError('Invalid configuration: DATABASE_APP_URL (or, in development, DATABASE_URL alone) is required');
    }
    if (result.data.AUTH_MODE === 'oidc' && !result.data.AUTH_JWKS_URL) {
      throw new ConfigError('Invalid configuration: AUTH_JWKS_URL is required when AUTH_MODE=oidc');
    }
    if (result.data.AUTH_MODE === 'oidc' && !result.data.AUTH_OIDC_CLIENT_ID) {
      throw new ConfigError("Invalid configuration: AUTH_OIDC_CLIENT_ID (the console's client at the provider) is required when AUTH_MODE=oidc");
    }
    if (result.data.AUTH_MODE === 'oidc' && !result.data.AUTH_OIDC_AUTHORITY && !URL.canParse(result.data.AUTH_ISSUER)) {
      throw new ConfigError('Invalid configuration: AUTH_OIDC_AUTHORITY is required when AUTH_MODE=oidc and AUTH_ISSUER is not a URL');
    }
    if (Boolean(result.data.TEMPORAL_TLS_CERT_FILE) !== Boolean(result.data.TEMPORAL_TLS_KEY_FILE)) {
      throw new ConfigError('Invalid configuration: TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together (mutual TLS)');
    }
    const codecKeyIds = result.data.TEMPORAL_CODEC_KEYS?.split(',').map((entry) => entry.split(':')[0]) ?? [];
    const activeCodecKey = result.data.TEMPORAL_CODEC_ACTIVE_KEY;
    if (codecKeyIds.length > 1 && !activeCodecKey) {
      throw new ConfigError('Invalid configuration: TEMPORAL_CODEC_ACTIVE_KEY is required when TEMPORAL_CODEC_KEYS lists several keys');
    }
    if (codecKeyIds.length && activeCodecKey && !codecKeyIds.includes(activeCodecKey)) {
      throw new ConfigError('Invalid configuration: TEMPORAL_CODEC_ACTIVE_KEY must be one of the ids in TEMPORAL_CODEC_KEYS');
    }
    const p12Passwords = result.data.SIGNING_P12_PASSWORD || result.data.SIGNING_P12_PASSWORDS_FILE;
    if (result.data.SIGNING_MODE === 'p12' && !(result.data.SIGNING_P12_DIR && p12Passwords && result.data.SIGNING_TRUST_ANCHORS)) {
      throw new ConfigError(
        'Invalid configuration: SIGNING_P12_DIR, SIGNING_P12_PASSWORD (or SIGNING_P12_PASSWORDS_FILE) and SIGNING_TRUST_ANCHORS are required when SIGNING_MODE=p12',
      );
    }
    const refusals = refusalsInProduction(result.data, source);
    if (refusals.length) throw new ConfigError(`Invalid configuration:\n${refusals.map((refusal) => `  ${refusal}`).join('\n')}`);
    return result.data;
  }
  throw configErrorOf(result.error);
}

function configErrorOf(error: z.ZodError): ConfigError {
  const lines = error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The archive's object lock settings alone, for the scripts that create the bucket without the rest of the settings. */
export function archiveRetentionOf(source: NodeJS.ProcessEnv) {
  const result = EnvSchema.pick({ ARCHIVE_RETENTION_MODE: true, ARCHIVE_RETENTION: true }).safeParse(source);
  if (result.success) return result.data;
  throw configErrorOf(result.error);
}

/** The settings of `npm start`'s stack alone, for the scripts that run it or serve it without the rest of the settings. */
export function stackSettingsOf(source: NodeJS.ProcessEnv) {
  const result = EnvSchema.pick({
    HOSO_DATA_DIR: true,
    API_PORT: true,
    HOSO_POSTGRES_PORT: true,
    HOSO_MINIO_PORT: true,
    HOSO_MINIO_CONSOLE_PORT: true,
    HOSO_TEMPORAL_PORT: true,
    HOSO_TEMPORAL_UI_PORT: true,
    HOSO_RESTART_LIMIT: true,
    HOSO_RESTART_WINDOW_MS: true,
  }).safeParse(source);
  if (!result.success) throw configErrorOf(result.error);
  const settings = result.data;
  return {
    dataDir: settings.HOSO_DATA_DIR,
    apiPort: settings.API_PORT,
    ports: {
      postgres: settings.HOSO_POSTGRES_PORT,
      minio: settings.HOSO_MINIO_PORT,
      minioConsole: settings.HOSO_MINIO_CONSOLE_PORT,
      temporal: settings.HOSO_TEMPORAL_PORT,
      temporalUi: settings.HOSO_TEMPORAL_UI_PORT,
    },
    restartPolicy: { limit: settings.HOSO_RESTART_LIMIT, windowMs: settings.HOSO_RESTART_WINDOW_MS },
  };
}

/** Where the API is reached from outside (links in documents, the OpenAPI server). */
export function publicUrlOf(env: Pick<Env, 'API_PUBLIC_URL' | 'API_PORT'>): string {
  return env.API_PUBLIC_URL ?? `http://127.0.0.1:${env.API_PORT}`;
}

/** For process entry points: parse or print the problem and exit. */
export function loadEnvOrExit(): Env {
  try {
    const env = parseEnv();
    if (!env.DATABASE_APP_URL) {
      console.warn('DATABASE_APP_URL is not set: connecting as the owner of DATABASE_URL, who can alter the audit trail (refused in production)');
    }
    return env;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
