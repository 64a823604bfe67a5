import express, { type RequestHandler } from 'express';
import { ApiError } from './errors';

const LIMIT = '1mb';

/** The body parser's refusals, by its error `type`: the client's mistakes, each with its own code. */
const refusals: Record<string, () => ApiError> = {
  'entity.parse.failed': () => new ApiError(400, 'malformed-body', 'Nội dung yêu cầu không phải JSON hợp lệ.'),
  'request.aborted': () => new ApiError(400, 'malformed-body', 'Nội dung yêu cầu không đầy đủ.'),
  'request.size.invalid': () => new ApiError(400, 'malformed-body', 'Nội dung yêu cầu không đầy đủ.', 'The body is not as long as its Content-Length says.'),
  'entity.too.large': () => new ApiError(413, 'body-too-large', 'Nội dung yêu cầu quá lớn.', 'The limit is 1 MB.'),
  'encoding.unsupported': () =>
    new ApiError(
      415,
      'unsupported-content-encoding',
      'Không nhận nội dung nén: hãy gửi nội dung không nén.',
      'Request bodies are taken uncompressed only (Content-Encoding: identity).',
      {},
      // RFC 9110 §15.5.16: a 415 for a content coding names the codings that would have been taken.
      { 'Accept-Encoding': 'identity' },
    ),
  'charset.unsupported': () => new ApiError(415, 'unsupported-charset', 'Không hỗ trợ bảng mã này.', 'Send JSON in UTF-8.'),
};

/**
 * Reads a JSON body of up to 1 MB, uncompressed. Compressed bodies are refused (415) rather than inflated: no client of
 * ours compresses what it sends (the console's bodies are a few KB), and this runs before authentication, where
 * inflating would let anyone make the API decompress for them. Every refusal of the body is the client's mistake
 * (4xx), whatever the parser tripped on: a body never answers 500.
 */
export function readJsonBody(): RequestHandler {
  const json = express.json({ limit: LIMIT, inflate: false });
  return (req, res, next) => {
    json(req, res, (error?: unknown) => next(error === undefined ? undefined : refusalOf(error)));
  };
}

function refusalOf(error: unknown): unknown {
  const { type, status } = typeof error === 'object' && error !== null ? (error as { type?: unknown; status?: unknown }) : {};
  if (typeof type === 'string' && Object.hasOwn(refusals, type)) return refusals[type]?.();
  // Another refusal of the request's bytes (the parser answers 4xx for them); a 5xx is ours, and stays one.
  if (typeof status === 'number' && status >= 400 && status < 500) return new ApiError(400, 'malformed-body', 'Nội dung yêu cầu không đọc được.');
  return error;
}
