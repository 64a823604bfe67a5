import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { openThroughApi } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/** The same seed sends the same requests: a failure names its seed and number, and `HOSO_FUZZ_SEED` replays it. */
const SEED = Number(process.env.HOSO_FUZZ_SEED ?? 20261205);
const REQUESTS = 1200;

/** mulberry32: a small PRNG whose sequence depends on the seed only. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const bytes = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(next() * 256)));
  return { next, pick, bytes, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomFrom>;

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-16',
  'application/json; charset=utf-16le',
  'application/json; charset=utf-7',
  'application/json; charset=utf-42',
  'application/json; charset=latin1',
  'application/json; charset=',
  'application/json; charset="utf-8',
  'application/json;;;',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '*/*',
  '',
];
const contentEncodings = ['identity', 'IDENTITY', 'gzip', 'x-gzip', 'deflate', 'br', 'zstd', 'compress', 'gzip, identity', 'identity, gzip', 'unknown-coding', ''];
const users = ['demo-police-x01', 'demo-health-yt01', 'demo-supervisor-t01', 'demo-admin', 'demo-clerk-ta01'];

/** Bodies worth sending: valid and invalid JSON, other charsets, compressed and not, too large, too deep. */
function bodyOf(random: Random, encoding: string | undefined): Buffer {
  const json = random.pick([
    {},
    { description: 'Sử dụng trái phép chất ma túy' },
    { healthFacilityCode: 'DEMO-YT01' },
    { result: 'not-addicted' },
    { subject: { fullName: 'Lê Văn Bình', idNumber: '001090000001' }, trigger: 'art32-b', detectedOn: '2026-09-01' },
    { targets: {} },
    { payloads: [{ metadata: {}, data: 'AA==' }] },
    { userId: 'demo-admin' },
    [],
    null,
    { deep: JSON.parse(`${'['.repeat(4000)}${']'.repeat(4000)}`) as unknown },
  ]);
  const text = JSON.stringify(json);
  const plain = random.pick([
    () => Buffer.from(text),
    () => Buffer.from(text.slice(0, Math.floor(random.next() * text.length))),
    () => Buffer.from(text, 'utf16le'),
    () => random.bytes(Math.floor(random.next() * 2048)),
    () => Buffer.from('{"description":'),
    () => Buffer.alloc(0),
    () => Buffer.from(`{"a":"${'x'.repeat(1_100_000)}"}`),
  ])();
  // A body that is what its Content-Encoding says, or not.
  if (encoding && /gzip/i.test(encoding) && random.chance(0.5)) return gzipSync(plain);
  return plain;
}

interface Answer {
  status: number | undefined;
  text: string;
}

/** One request as raw bytes, so that any header (a wrong Content-Length, a bad encoding) goes out as written. */
function sendRaw(baseUrl: string, head: string, body: Buffer, halfClose: boolean): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname);
    const done = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve({ status: status === undefined ? undefined : Number(status), text: text.slice(0, 600) });
    };
    const timer = setTimeout(() => socket.destroy(), 20_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      done();
    });
    socket.write(head);
    socket.write(body);
    if (halfClose) socket.end();
  });
}

describeWithStack('no request gets a 5xx, whatever its headers and body (seeded fuzz against the real stack)', () => {
  let hoso: Hoso;
  let dossierId: string;
  let operations: { method: string; path: string }[];
  beforeAll(async () => {
    const unlimited = '1000000';
    hoso = await startHoso({
      env: { RATE_LIMIT_VERIFY_PER_MINUTE: unlimited, RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: unlimited, RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: unlimited },
    });
    const opened = await openThroughApi(hoso);
    dossierId = (opened.body as { dossierId: string }).dossierId;
    // Every operation of the OpenAPI document, and the codec server's two, which the document leaves to the Temporal UI.
    const document = (await (await fetch(`${hoso.baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    operations = [
      ...Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).filter((method) => method !== 'parameters').map((method) => ({ method: method.toUpperCase(), path }))),
      { method: 'POST', path: '/api/v1/codec/decode' },
      { method: 'POST', path: '/api/v1/codec/encode' },
    ];
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  it(`answers ${REQUESTS} random requests to every route (seed ${SEED}) without a 5xx, and keeps serving`, async () => {
    const random = randomFrom(SEED);
    const today = civilDateAt(new Date());
    const tokens = new Map(await Promise.all(users.map(async (user) => [user, await hoso.tokenOf(user)] as const)));
    const failures: string[] = [];
    for (let index = 0; index < REQUESTS; index++) {
      const operation = operations[index % operations.length] as { method: string; path: string };
      const method = random.chance(0.1) ? random.pick(['PUT', 'PATCH', 'DELETE', 'POST', 'GET']) : operation.method;
      const path = operation.path
        .replace('{id}', random.chance(0.8) ? dossierId : encodeURIComponent(random.bytes(8).toString('latin1')))
        .replace('{documentId}', random.bytes(16).toString('hex'))
        .replace('{code}', 'AAAA-BBBB-CCCC')
        .replace('{unitCode}', random.pick(['DEMO-X01', 'DEMO-T01', '%ZZ']))
        .replace('{year}', random.pick([today.slice(0, 4), '1900', 'x']))
        .replace('{date}', random.pick([today, '2026-02-30']))
        .replace('{action}', random.pick(['record-violation', 'request-determination', 'no-such-action']));
      const encoding = random.chance(0.5) ? random.pick(contentEncodings) : undefined;
      const body = bodyOf(random, encoding);
      const headers: [string, string][] = [['Host', new URL(hoso.baseUrl).host], ['Connection', 'close']];
      const token = random.chance(0.7) ? tokens.get(random.pick(users)) : random.chance(0.5) ? 'not-a-token' : undefined;
      if (token) headers.push(['Authorization', `Bearer ${token}`]);
      if (random.chance(0.85)) headers.push(['Content-Type', random.pick(contentTypes)]);
      if (encoding !== undefined) headers.push(['Content-Encoding', encoding]);
      // The length as it is, missing, too short, too long, or not a number.
      const length = random.pick(['exact', 'exact', 'exact', 'missing', 'short', 'long', 'nonsense'] as const);
      if (length === 'exact') headers.push(['Content-Length', String(body.length)]);
      if (length === 'short' && body.length > 0) headers.push(['Content-Length', String(Math.floor(body.length / 2))]);
      if (length === 'long') headers.push(['Content-Length', String(body.length + 10)]);
      if (length === 'nonsense') headers.push(['Content-Length', random.pick(['-1', 'abc', '1e3', ''])]);
      if (random.chance(0.2)) headers.push(['If-Match', random.pick(['*', '"1"', 'W/"x"', random.bytes(40).toString('base64')])]);
      if (random.chance(0.2)) headers.push(['Idempotency-Key', random.bytes(random.pick([4, 200])).toString('base64')]);
      if (random.chance(0.2)) headers.push(['Accept', random.pick(['text/html', 'application/json', '*/*', 'image/png', ';;'])]);
      if (random.chance(0.05)) headers.push(['X-Padding', 'x'.repeat(random.pick([1_000, 20_000]))]);
      headers.push(['X-Request-Id', `fuzz-${SEED}-${index}`]);
      const head = `${method} ${path} HTTP/1.1\r\n${headers.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n`;
      // Only a body without a length, or shorter than its length, needs the client to say it has finished.
      const answer = await sendRaw(hoso.baseUrl, head, body, length !== 'exact');
      const label = `#${index} (seed ${SEED}) ${method} ${path.slice(0, 80)} ${headers.filter(([name]) => /content|accept/i.test(name)).map(([name, value]) => `${name}: ${value.slice(0, 60)}`).join('; ')} body ${body.length} B`;
      if (answer.status === undefined) {
        // No answer is only right when the request's framing left the server nothing to answer.
        if (length === 'exact') failures.push(`${label}: no answer`);
      } else if (answer.status >= 500) {
        failures.push(`${label}: ${answer.text}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${hoso.baseUrl}/healthz`)).status).toBe(200);
  }, 600_000);
});
