import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { run } from '../tools/exec';
import { freeLowPort, freePort } from './free-port';
import { spawnService, stopProcess, waitUntilReady } from './service';
import { dossierSearchAttributes, namespaceReady, type TemporalHandle } from './temporal';

/** Where the server keeps its state: two databases on a PostgreSQL server, as in production. */
export interface TemporalPersistence {
  host: string;
  port: number;
  user: string;
  password: string;
}

export interface TemporalServerOptions {
  serverBin: string;
  sqlToolBin: string;
  persistence: TemporalPersistence;
  /** Where its configuration file is written. */
  configDir: string;
  namespace?: string;
  logFile?: string;
}

/** A prepared server: schemas in place, ports chosen and written into its configuration, so each start is the same server. */
export interface TemporalServer {
  address: string;
  namespace: string;
  start(readyTimeoutMs?: number): Promise<TemporalHandle>;
}

const DATABASES = { temporal: 'postgresql/v12/temporal', temporal_visibility: 'postgresql/v12/visibility' } as const;
const indexedValueTypes = { Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD, Bool: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL };

/**
 * Creates or upgrades the server's two databases with the schemas embedded in its release, and writes a configuration
 * with its four services (frontend, history, matching, worker) in one process on loopback ports.
 */
export async function prepareTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const { persistence, namespace = 'default' } = options;
  for (const [database, schema] of Object.entries(DATABASES)) await ensureSchema(options.sqlToolBin, persistence, database, schema);

  const [frontend, history, matching, worker] = await Promise.all(Array.from({ length: 4 }, () => freePort()));
  const membership = await Promise.all(Array.from({ length: 4 }, () => freeLowPort()));
  const service = (grpcPort: number | undefined, membershipPort: number | undefined) => ({ rpc: { grpcPort, membershipPort, bindOnLocalHost: true } });
  const datastore = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${persistence.host}:${persistence.port}`,
      connectProtocol: 'tcp',
      user: persistence.user,
      password: persistence.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const address = `127.0.0.1:${String(frontend)}`;
  // JSON is YAML: no YAML writer needed.
  const config = {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: 4,
      datastores: { default: datastore('temporal', 20), visibility: datastore('temporal_visibility', 4) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: service(frontend, membership[0]),
      history: service(history, membership[1]),
      matching: service(matching, membership[2]),
      worker: service(worker, membership[3]),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: address } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
  };
  await mkdir(options.configDir, { recursive: true });
  const configFile = join(options.configDir, 'temporal-server.yaml');
  await writeFile(configFile, JSON.stringify(config, null, 2));

  return {
    address,
    namespace,
    async start(readyTimeoutMs = 120_000) {
      const process = await spawnService({
        name: 'temporal-server',
        command: options.serverBin,
        args: ['--config-file', configFile, '--allow-no-auth', 'start'],
        logFile: options.logFile,
      });
      await waitUntilReady({
        name: `Temporal server on ${address}`,
        process,
        timeoutMs: readyTimeoutMs,
        intervalMs: 500,
        probe: async () => {
          await ensureNamespace(address, namespace);
          return namespaceReady(address, namespace);
        },
      });
      return { name: 'temporal-server', child: process.child, address, namespace, stop: () => stopProcess(process.child) };
    },
  };
}

/** Creates the database if missing, then brings its schema to the release's newest version; both are idempotent. */
async function ensureSchema(sqlTool: string, persistence: TemporalPersistence, database: string, schemaName: string): Promise<void> {
  const base = ['--plugin', 'postgres12', '--ep', persistence.host, '-p', String(persistence.port), '-u', persistence.user, '--pw', persistence.password];
  const tool = async (args: string[], tolerated?: RegExp) => {
    const result = await run(sqlTool, [...base, ...args]);
    if (result.code !== 0 && !(tolerated && tolerated.test(result.tail))) {
      throw new Error(`temporal-sql-tool ${args.join(' ')} failed (exit ${String(result.code)}):\n${result.tail}`);
    }
  };
  await tool(['--db', database, 'create-database'], /already exists/);
  await tool(['--db', database, 'setup-schema', '-v', '0.0'], /already exists/);
  await tool(['--db', database, 'update-schema', '--schema-name', schemaName]);
}

/** Registers the namespace and hoso's search attributes on a server that lacks them (a new one). */
async function ensureNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: '2s' });
  try {
    await connection.withDeadline(Date.now() + 10_000, async () => {
      await connection.workflowService
        .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('7 days') })
        .catch((error: unknown) => {
          if (!/already exists/i.test(String(error))) throw error;
        });
      const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
      const missing = dossierSearchAttributes.filter(({ name }) => !customAttributes?.[name]);
      if (missing.length === 0) return;
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(missing.map(({ name, type }) => [name, indexedValueTypes[type]])),
      });
    });
  } finally {
    await connection.close();
  }
}
