import type { Payload, PayloadCodec } from '@temporalio/common';
import { Router, type Request, type RequestHandler } from 'express';
import { UndecryptablePayloadError } from '../../config/payload-codec';
import type { Operation } from '../../domain/access';
import { CodecPayloadsSchema, type CodecPayloads } from '../../domain/schemas/codec';
import type { Guard } from '../access/guard';
import { describeForAudit, type AuditDescription } from '../audit/audit-trail';
import { principalOf } from '../auth/authenticate';
import { ApiError } from '../errors';
import { parse } from '../parse';
import { noStore } from '../security-headers';

export interface CodecRouteDeps {
  /** The codecs of the API's own Temporal client: what the UI decodes is what hoso encrypted. */
  codecs: readonly PayloadCodec[];
  guard: Guard;
  /** Bearer authentication; in development, also the console's sign-in cookie (api/auth/dev-session-cookies.ts). */
  authenticate: RequestHandler;
  /** TEMPORAL_UI_ORIGIN: the one browser origin allowed to call (CORS); without it, no browser may. */
  uiOrigin: string | undefined;
  /** Whether the UI's cookies authenticate it (AUTH_MODE=dev): the answers then allow credentials. */
  credentials: boolean;
}

const directions = { decode: 'payloads.decode', encode: 'payloads.encode' } as const satisfies Record<string, Operation>;
// What a namespace name looks like; anything else the header carries stays out of the audit.
const NamespaceName = /^[\w.-]{1,255}$/;

/**
 * The codec server of the Temporal UI (docs/decisions/0010-payload-encryption.md): `POST /decode` and `/encode` take
 * and answer `{ payloads: [{ metadata, data }] }` in base64, as the UI's remote codec protocol says. For
 * administrators only, and audited: a decoded payload shows the person's name, ID number and what officers wrote.
 */
export function codecRoutes({ codecs, guard, authenticate, uiOrigin, credentials }: CodecRouteDeps): Router {
  const router = Router();
  router.use(temporalUiCors(uiOrigin, credentials));
  for (const [direction, operation] of Object.entries(directions)) {
    // Described before authentication, so that a refused call is audited as what it asked for.
    const audited: RequestHandler = (req, res, next) => {
      describeForAudit(res, auditOf(req, operation));
      next();
    };
    router.post(`/${direction}`, audited, authenticate, noStore, async (req, res) => {
      guard.scope(operation, principalOf(res));
      const { payloads } = parse(CodecPayloadsSchema, req.body);
      describeForAudit(res, auditOf(req, operation, { payloads: payloads.length }));
      const converted = direction === 'decode' ? await decode(codecs, payloads.map(payloadOf)) : await encode(codecs, payloads.map(payloadOf));
      const answer: CodecPayloads = { payloads: converted.map(jsonOf) };
      res.json(answer);
    });
  }
  return router;
}

/** The namespace the UI names is kept as the target; the payloads themselves only as a count. */
function auditOf(req: Request, action: Operation, details?: Record<string, unknown>): AuditDescription {
  const namespace = req.get('x-namespace');
  return { action, ...(namespace && NamespaceName.test(namespace) ? { target: namespace } : {}), ...(details ? { details } : {}) };
}

/** As the SDK applies codecs: encoded in order, decoded in reverse. */
async function encode(codecs: readonly PayloadCodec[], payloads: Payload[]): Promise<Payload[]> {
  for (const codec of codecs) payloads = await codec.encode(payloads);
  return payloads;
}

async function decode(codecs: readonly PayloadCodec[], payloads: Payload[]): Promise<Payload[]> {
  try {
    for (const codec of [...codecs].reverse()) payloads = await codec.decode(payloads);
    return payloads;
  } catch (error) {
    if (!(error instanceof UndecryptablePayloadError)) throw error;
    throw new ApiError(422, 'undecryptable-payload', 'Không giải mã được dữ liệu: không do hoso mã hóa, đã bị sửa, hoặc khóa của nó không còn.', error.message);
  }
}

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');
const base64Of = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');

function payloadOf({ metadata, data }: CodecPayloads['payloads'][number]): Payload {
  return { metadata: Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, bytesOf(value)])), data: bytesOf(data) };
}

function jsonOf(payload: Payload): CodecPayloads['payloads'][number] {
  return { metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, base64Of(value)])), data: base64Of(payload.data) };
}

/**
 * CORS for the Temporal UI, which calls from its own origin with `Content-Type: application/json`, `X-Namespace` and,
 * when it passes its access token, `Authorization` and `Authorization-Extras` (its ID token): so the browser asks
 * first (OPTIONS), without credentials, and is answered here before authentication. Another origin gets no
 * `Access-Control-Allow-Origin`, and its browser does not send the request.
 */
function temporalUiCors(origin: string | undefined, credentials: boolean): RequestHandler {
  return (req, res, next) => {
    res.vary('Origin');
    const allowed = origin !== undefined && req.get('origin') === origin;
    if (allowed) {
      res.set('Access-Control-Allow-Origin', origin);
      if (credentials) res.set('Access-Control-Allow-Credentials', 'true');
    }
    if (req.method !== 'OPTIONS') return next();
    if (allowed) {
      res.set({
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'authorization, authorization-extras, content-type, x-namespace',
        'Access-Control-Max-Age': '600',
      });
    }
    res.status(204).end();
  };
}
