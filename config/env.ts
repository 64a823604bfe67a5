import path from 'node:path';
import { z } from 'zod';

/** Issuer and audience of the built-in development token issuer. */
export const devIssuer = { issuer: 'hoso-dev-issuer', audience: 'hoso-api' } as const;

/** Where `vite build` puts the console (scripts/web/build-console.ts). */
export const webConsoleDist = path.join(__dirname, '..', 'web', 'dist');

/** Every setting hoso reads from the environment, in one schema, checked once at start. */
const EnvSchema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  API_PUBLIC_URL: z.url().optional(),

  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('hoso-dossiers'),
  /**
   * What `worker/main.ts` runs: `workflows` (dossier workflows, projection, notifications), `documents` (rendering,
   * signing and archiving forms, on TEMPORAL_TASK_QUEUE + "-documents"), or both; each scales by running more.
   */
  WORKER_ROLE: z.enum(['all', 'workflows', 'documents']).default('all'),

  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),

  MINIO_ENDPOINT: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:9000'),
  MINIO_ACCESS_KEY: z.string().min(3),
  MINIO_SECRET_KEY: z.string().min(8),
  MINIO_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
    .default('hoso-documents'),

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
   * `dev`: units' keys issued on first use by a local development CA in SIGNING_DEV_CA_DIR;
   * `p12`: one <unitCode>.p12 per unit in SIGNING_P12_DIR (an HSM or remote signer implements
   * the same DocumentSigner port: docs/decisions/0003-signing.md).
   */
  SIGNING_MODE: z.enum(['dev', 'p12']).default('dev'),
  SIGNING_DEV_CA_DIR: z.string().min(1).default('.data/dev-ca'),
  SIGNING_P12_DIR: z.string().min(1).optional(),
  SIGNING_P12_PASSWORD: z.string().optional(),
  /** PEM files of the CAs whose signatures the verification endpoint accepts (comma-separated); with `dev`, the dev CA's root. */
  SIGNING_TRUST_ANCHORS: z.string().min(1).optional(),

  NOTIFY_WEBHOOK_URL: z.url().optional(),
  /** The console's production build, served at `/`; empty serves none (an API-only deployment). */
  WEB_CONSOLE_DIR: z.string().default(webConsoleDist),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad or missing value throws a ConfigError naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) {
    if (result.data.AUTH_MODE === 'oidc' && !result.data.AUTH_JWKS_URL) {
      throw new ConfigError('Invalid configuration: AUTH_JWKS_URL is required when AUTH_MODE=oidc');
    }
    if (result.data.AUTH_MODE === 'oidc' && !result.data.AUTH_OIDC_CLIENT_ID) {
      throw new ConfigError("Invalid configuration: AUTH_OIDC_CLIENT_ID (the console's client at the provider) is required when AUTH_MODE=oidc");
    }
    if (result.data.AUTH_MODE === 'oidc' && !result.data.AUTH_OIDC_AUTHORITY && !URL.canParse(result.data.AUTH_ISSUER)) {
      throw new ConfigError('Invalid configuration: AUTH_OIDC_AUTHORITY is required when AUTH_MODE=oidc and AUTH_ISSUER is not a URL');
    }
    if (result.data.SIGNING_MODE === 'p12' && !(result.data.SIGNING_P12_DIR && result.data.SIGNING_P12_PASSWORD && result.data.SIGNING_TRUST_ANCHORS)) {
      throw new ConfigError('Invalid configuration: SIGNING_P12_DIR, SIGNING_P12_PASSWORD and SIGNING_TRUST_ANCHORS are required when SIGNING_MODE=p12');
    }
    return result.data;
  }
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Where the API is reached from outside (links in documents, the OpenAPI server). */
export function publicUrlOf(env: Pick<Env, 'API_PUBLIC_URL' | 'API_PORT'>): string {
  return env.API_PUBLIC_URL ?? `http://127.0.0.1:${env.API_PORT}`;
}

/** For process entry points: parse or print the problem and exit. */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
