import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { freePort } from './free-port';
import { spawnService, stopProcess, waitUntilReady, type ServiceHandle } from './service';

/**
 * Custom search attributes of a dossier workflow, registered when the dev server starts.
 * They carry no personal data: regime, current step, overdue flag and handling unit only.
 */
export const dossierSearchAttributes = [
  { name: 'HosoRegime', type: 'Keyword' },
  { name: 'HosoStep', type: 'Keyword' },
  { name: 'HosoOverdue', type: 'Bool' },
  { name: 'HosoUnit', type: 'Keyword' },
] as const;

export interface TemporalOptions {
  /** Path of the `temporal` CLI binary (see ensureTemporalCli). */
  cliPath: string;
  /** gRPC frontend port; a free one when omitted. */
  port?: number;
  /** Serve the Web UI (default true). */
  ui?: boolean;
  /** Web UI port; a free one when omitted. */
  uiPort?: number;
  /** The codec server the Web UI decodes payloads through (`--ui-codec-endpoint`): hoso's API, /api/v1/codec. */
  uiCodecEndpoint?: string;
  /** SQLite file that keeps state across restarts; in memory when omitted. */
  dbFile?: string;
  namespace?: string;
  logFile?: string;
  /** Also print its output on the terminal (npm start). */
  echo?: boolean;
  readyTimeoutMs?: number;
}

export interface TemporalHandle extends ServiceHandle {
  /** host:port for Connection.connect / NativeConnection.connect. */
  address: string;
  namespace: string;
  uiUrl?: string;
}

/** Starts `temporal server start-dev` and resolves once the namespace and search attributes are served. */
export async function startTemporal(options: TemporalOptions): Promise<TemporalHandle> {
  const { cliPath, ui = true, dbFile, namespace = 'default', logFile, echo, readyTimeoutMs = 60_000 } = options;
  const port = options.port ?? (await freePort());
  const address = `127.0.0.1:${port}`;

  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--namespace', namespace, '--log-level', 'warn'];
  for (const { name, type } of dossierSearchAttributes) args.push('--search-attribute', `${name}=${type}`);
  if (dbFile) {
    await mkdir(dirname(dbFile), { recursive: true });
    args.push('--db-filename', dbFile);
  }
  let uiUrl: string | undefined;
  if (ui) {
    const uiPort = options.uiPort ?? (await freePort());
    args.push('--ui-port', String(uiPort));
    if (options.uiCodecEndpoint) args.push('--ui-codec-endpoint', options.uiCodecEndpoint);
    uiUrl = `http://127.0.0.1:${uiPort}`;
  } else {
    args.push('--headless');
  }

  const service = await spawnService({ name: 'temporal', command: cliPath, args, logFile, echo });
  await waitUntilReady({
    name: `Temporal dev server on ${address}`,
    process: service,
    timeoutMs: readyTimeoutMs,
    probe: () => namespaceReady(address, namespace),
  });

  const handle: TemporalHandle = {
    name: 'temporal',
    child: service.child,
    address,
    namespace,
    stop: () => stopProcess(service.child),
  };
  if (uiUrl) handle.uiUrl = uiUrl;
  return handle;
}

/** Ready means the namespace answers and our search attributes exist on it. */
export async function namespaceReady(address: string, namespace: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: '2s' });
  try {
    // A deadline, so a server that accepts but never answers cannot stall the wait.
    const { customAttributes } = await connection.withDeadline(Date.now() + 5_000, async () => {
      await connection.workflowService.describeNamespace({ namespace });
      return connection.operatorService.listSearchAttributes({ namespace });
    });
    const missing = dossierSearchAttributes.filter(({ name }) => !customAttributes?.[name]);
    if (missing.length > 0) {
      throw new Error(`search attributes not registered: ${missing.map(({ name }) => name).join(', ')}`);
    }
    return true;
  } finally {
    await connection.close();
  }
}
