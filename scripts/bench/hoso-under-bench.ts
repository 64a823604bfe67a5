import path from 'node:path';
import { loadDevIssuer } from '../../api/auth/dev-issuer';
import type { Principal } from '../../api/auth/claims';
import { connectPostgres } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { startStack } from '../dev-stack';
import { seedDemoData } from '../seed/seed';
import { startApiProcess, stopProcess } from '../stack/api-process';
import { freePort } from '../stack/free-port';
import { progress, UsageError } from './util';
import { startWorkerProcess } from './worker-process';
import type { throwAwayRun } from './throw-away-run';

/** `--name N` options that take a positive integer, each with its default. */
export function parseCountOptions<K extends string>(argv: readonly string[], defaults: Record<K, number>): Record<K, number> {
  const options = { ...defaults };
  for (let index = 0; index < argv.length; index++) {
    const [flag = '', inline] = (argv[index] as string).split('=', 2);
    const key = flag.replace(/^--/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    if (!flag.startsWith('--') || !(key in defaults)) throw new UsageError(`unknown option ${flag}`);
    const value = Number(inline ?? argv[++index]);
    if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} takes a positive integer`);
    options[key as K] = value;
  }
  return options;
}

/**
 * hoso as it runs in production, on a fresh, throw-away stack (`run`): the Temporal dev server, PostgreSQL with the
 * demo data and MinIO; the workflow worker, the documents worker and the API each in a process of their own.
 */
export async function startHosoUnderBench(run: Awaited<ReturnType<typeof throwAwayRun>>, taskQueue: string) {
  const { dataDir, logs, cleanups } = run;
  progress('starting a fresh Temporal dev server, PostgreSQL and MinIO');
  const stack = await startStack({ persistent: false, dataDir, temporalUi: false });
  cleanups.push(() => stack.stop());
  const env = parseEnv({ ...stack.env, TEMPORAL_TASK_QUEUE: taskQueue });
  const sql = connectPostgres(env, 4);
  cleanups.push(() => sql.end());
  await seedDemoData(sql);

  progress('starting the workflow worker, the documents worker and the API, each in its own process');
  for (const kind of ['hoso', 'documents'] as const) {
    const worker = await startWorkerProcess({ kind, env: stack.env, taskQueue, logFile: path.join(logs, `worker-${kind}.log`) });
    cleanups.push(() => worker.stop());
  }
  const port = await freePort();
  const api = await startApiProcess({ ...stack.env, TEMPORAL_TASK_QUEUE: taskQueue, API_PORT: String(port) }, path.join(logs, 'api.log'));
  cleanups.push(() => stopProcess(api));
  const baseUrl = `http://127.0.0.1:${port}`;
  const issuer = await loadDevIssuer(env.AUTH_DEV_KEY_FILE, env.AUTH_ISSUER, env.AUTH_AUDIENCE);
  const tokens = new Map<Principal, string>();
  const tokenOf = async (principal: Principal) => tokens.get(principal) ?? (tokens.set(principal, await issuer.issue(principal)).get(principal) as string);
  /** A JSON request as `principal`; anything but 2xx throws with the answer's start. */
  const request = async (principal: Principal, method: string, route: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${await tokenOf(principal)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  return { stack, env, sql, baseUrl, request };
}
