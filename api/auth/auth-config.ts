import { ConfigError, type Env } from '../../config/env';
import type { AuthConfig } from '../../domain/schemas/auth';

/** What `GET /api/v1/auth/config` tells the console, from the environment (config/env.ts). */
export function authConfigOf(env: Pick<Env, 'AUTH_MODE' | 'AUTH_ISSUER' | 'AUTH_OIDC_AUTHORITY' | 'AUTH_OIDC_CLIENT_ID' | 'AUTH_OIDC_SCOPE'>): AuthConfig {
  if (env.AUTH_MODE === 'dev') return { mode: 'dev' };
  // parseEnv refuses oidc without a client id; this narrows the type for callers that build an Env themselves.
  if (!env.AUTH_OIDC_CLIENT_ID) throw new ConfigError('Invalid configuration: AUTH_OIDC_CLIENT_ID is required when AUTH_MODE=oidc');
  return { mode: 'oidc', authority: env.AUTH_OIDC_AUTHORITY ?? env.AUTH_ISSUER, clientId: env.AUTH_OIDC_CLIENT_ID, scope: env.AUTH_OIDC_SCOPE };
}
