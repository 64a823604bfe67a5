import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { isDependencyUnavailable } from './dependency-unavailable';

/** An error answered as RFC 9457 problem details, with a stable machine code and a Vietnamese title. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    /** Headers the answer carries, e.g. `Retry-After` or `WWW-Authenticate`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

/** The challenge of a 401 (RFC 6750 §3): a request without credentials gets it without an error code. */
export const BEARER_CHALLENGE = 'Bearer realm="hoso"';

export function validationError(error: z.ZodError): ApiError {
  return new ApiError(422, 'invalid-data', 'Dữ liệu không hợp lệ.', 'The request body failed validation.', {
    errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
}

export function notFound(): ApiError {
  return new ApiError(404, 'not-found', 'Không tìm thấy.');
}

/** A service hoso depends on is down or restarting: the caller may send the same request again. */
export function dependencyUnavailable(): ApiError {
  return new ApiError(
    503,
    'service-unavailable',
    'Hệ thống tạm thời không truy cập được dữ liệu. Vui lòng thử lại sau ít phút; gửi lại đúng yêu cầu này là an toàn.',
    'A service hoso depends on did not answer; the same request sent again is carried out at most once.',
    {},
    { 'Retry-After': '5' },
  );
}

export function errorHandler(log: (message: string, error: unknown) => void) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    // The request id, not the path, which is the caller's text: the request's log line has its route and status.
    const request = `${req.method} request ${String(res.locals.requestId ?? '(no id)')}`;
    // Part of the answer is already sent (a PDF stream that broke): Express ends the connection.
    if (res.headersSent) {
      log(`${request} failed after answering`, error);
      next(error);
      return;
    }
    const problem =
      error instanceof ApiError
        ? error
        : (pathProblem(error) ?? (isDependencyUnavailable(error) ? dependencyUnavailable() : new ApiError(500, 'internal-error', 'Lỗi hệ thống, vui lòng thử lại sau.')));
    if (problem.status >= 500) log(`${request} failed`, error);
    res.set(problem.headers);
    // RFC 9110 §15.5.2: a 401 names the scheme to authenticate with, and every route here takes a Bearer token.
    if (problem.status === 401 && !res.get('www-authenticate')) res.set('WWW-Authenticate', BEARER_CHALLENGE);
    res
      .status(problem.status)
      .type('application/problem+json')
      .json({
        type: `https://hoso.gov.vn/problems/${problem.code}`,
        title: problem.title,
        status: problem.status,
        code: problem.code,
        ...(problem.detail ? { detail: problem.detail } : {}),
        instance: req.originalUrl,
        ...problem.extra,
      });
  };
}

/** Paths the router cannot decode are the client's mistakes, not ours (the body's refusals: api/read-json-body.ts). */
function pathProblem(error: unknown): ApiError | undefined {
  // Express's router cannot decode a path segment such as `%ZZ`: the caller's mistake.
  return error instanceof URIError ? new ApiError(400, 'malformed-path', 'Đường dẫn yêu cầu không hợp lệ.', 'A path segment is not valid percent-encoded UTF-8.') : undefined;
}
