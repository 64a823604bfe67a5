import type { NextFunction, Request, Response } from 'express';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ApiError, BEARER_CHALLENGE } from '../errors';
import { clientAddressOf, rateLimited, type TokenBuckets } from '../rate-limit';
import { principalFromClaims, type Principal } from './claims';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  jwks: { keys: object[] } | URL;
  /** The only signature algorithms accepted: `none` and the symmetric ones never are. */
  algorithms: readonly string[];
  /** A token issued (`iat`) longer ago than this is refused, whatever its `exp` says. */
  maxTokenAgeSeconds: number;
  /** How far the issuer's clock may be off ours, for `exp`, `nbf` and an `iat` in the future. */
  clockToleranceSeconds: number;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/**
 * Checks a bearer JWT: signed by a key of the issuer's set with one of the pinned algorithms, for our audience, with
 * `exp`, `iat` and `sub`; not expired, not older than the maximum age, not issued in the future (jose refuses an `iat`
 * ahead of the clock by more than the tolerance once a maximum age is set).
 */
export function createTokenVerifier({ issuer, audience, jwks, algorithms, maxTokenAgeSeconds, clockToleranceSeconds }: TokenVerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey =
    jwks instanceof URL ? createRemoteJWKSet(jwks) : createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer,
      audience,
      algorithms: [...algorithms],
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: maxTokenAgeSeconds,
      clockTolerance: clockToleranceSeconds,
    });
    const principal = principalFromClaims(payload);
    if (!principal) throw new Error('token lacks role or unit');
    return principal;
  };
}

/**
 * Bearer authentication: sets `res.locals.principal` or answers 401 with its challenge (RFC 6750 §3.1). Each refused
 * token takes one from its address's bucket in `failures`; an address that has none left is answered 429 before its
 * token is even checked, so that guessing costs the guesser time and not us.
 */
export function authenticate(verify: TokenVerifier, failures: TokenBuckets) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1]) return next(new ApiError(401, 'unauthenticated', 'Cần đăng nhập (thiếu mã thông báo Bearer).'));
    const address = clientAddressOf(req);
    const wait = failures.wait(address);
    if (wait) return next(rateLimited(wait));
    try {
      res.locals.principal = await verify(match[1]);
      next();
    } catch {
      failures.take(address);
      next(
        new ApiError(401, 'invalid-token', 'Mã thông báo không hợp lệ hoặc đã hết hạn.', undefined, {}, {
          'WWW-Authenticate': `${BEARER_CHALLENGE}, error="invalid_token", error_description="The token is invalid, expired or too old"`,
        }),
      );
    }
  };
}

export function principalOf(res: Response): Principal {
  return res.locals.principal as Principal;
}
