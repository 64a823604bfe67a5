import type { NextFunction, Request, Response } from 'express';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ApiError } from '../errors';
import { principalFromClaims, type Principal } from './claims';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  jwks: { keys: object[] } | URL;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export function createTokenVerifier({ issuer, audience, jwks }: TokenVerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey =
    jwks instanceof URL ? createRemoteJWKSet(jwks) : createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer, audience });
    const principal = principalFromClaims(payload);
    if (!principal) throw new Error('token lacks role or unit');
    return principal;
  };
}

/** Bearer authentication: sets `res.locals.principal` or answers 401. */
export function authenticate(verify: TokenVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1]) return next(new ApiError(401, 'unauthenticated', 'Cần đăng nhập (thiếu mã thông báo Bearer).'));
    try {
      res.locals.principal = await verify(match[1]);
      next();
    } catch {
      next(new ApiError(401, 'invalid-token', 'Mã thông báo không hợp lệ hoặc đã hết hạn.'));
    }
  };
}

export function principalOf(res: Response): Principal {
  return res.locals.principal as Principal;
}
