import path from 'node:path';
import postgres from 'postgres';
import { startStack, type Stack } from '../dev-stack';
import { seedDemoData } from '../seed/seed';
import { freePort } from '../stack/free-port';
import { appProcess, type AppProcess } from './app-process';

/** hoso in production's shape on one machine: the services of the stack, and each of its processes replicated as in a deployment. */
export interface ProductionShape {
  stack: Stack;
  /** The environment every process of hoso runs with. */
  env: Record<string, string>;
  workflowWorkers: AppProcess[];
  documentsWorker: AppProcess;
  apis: Array<AppProcess & { url: string }>;
  stop(): Promise<void>;
}

/**
 * The Temporal server (built from source, its state in PostgreSQL), MinIO erasure-coded over 4 drives, PostgreSQL;
 * then two workflow workers, one documents worker and two API replicas, each a process of its own, as a container
 * orchestrator would run them. Nothing in front of the APIs: the clients choose a replica, as a load balancer would.
 */
export async function startProductionShape(dataDir: string): Promise<ProductionShape> {
  const logs = path.join(dataDir, 'logs');
  const stack = await startStack({ persistent: true, dataDir, temporalUi: false, productionShape: true });
  const processes: AppProcess[] = [];
  try {
    const owner = postgres(stack.env.DATABASE_URL as string, { max: 1, onnotice: () => undefined });
    await seedDemoData(owner).finally(() => owner.end());
    const env = {
      ...stack.env,
      // The chaos run checks every document through the public /verify, from this one address.
      RATE_LIMIT_VERIFY_PER_MINUTE: '1000000',
      AUDIT_ANCHOR_INTERVAL_MINUTES: '1',
    };
    const worker = (name: string, role: 'workflows' | 'documents') =>
      appProcess({ name, entry: 'worker/main.ts', env: { ...env, WORKER_ROLE: role }, logFile: path.join(logs, `${name}.log`) });
    const workflowWorkers = [worker('workflow-worker-1', 'workflows'), worker('workflow-worker-2', 'workflows')];
    const documentsWorker = worker('documents-worker', 'documents');
    const apis = await Promise.all(
      ['api-1', 'api-2'].map(async (name) => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const api = appProcess({
          name,
          entry: 'api/main.ts',
          // Each replica spools its audit rows on a disk of its own.
          env: { ...env, API_PORT: String(port), API_PUBLIC_URL: url, AUDIT_SPOOL_DIR: path.join(dataDir, `audit-spool-${name}`) },
          logFile: path.join(logs, `${name}.log`),
          ready: async () => (await fetch(`${url}/healthz`)).ok,
        });
        return Object.assign(api, { url });
      }),
    );
    processes.push(...workflowWorkers, documentsWorker, ...apis);
    await Promise.all(processes.map((process) => process.start()));
    return {
      stack,
      env,
      workflowWorkers,
      documentsWorker,
      apis,
      async stop() {
        await Promise.all(processes.map((process) => process.stop()));
        await stack.stop();
      },
    };
  } catch (error) {
    await Promise.all(processes.map((process) => process.stop()));
    await stack.stop();
    throw error;
  }
}
