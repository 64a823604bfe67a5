import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { loadDevIssuer } from '../api/auth/dev-issuer';
import { devIssuer, stackSettingsOf } from '../config/env';
import { appProcess } from './chaos/app-process';
import { startStack } from './dev-stack';
import { demoUsers } from '../config/demo-data';
import { seedDemoData } from './seed/seed';
import { ensureArchiveReader } from './stack/minio-archive-reader';
import { logRotation, processLog } from './stack/process-log';
import { supervise, type Supervised } from './supervisor';
import { ensureConsoleBuilt } from './web/build-console';

/**
 * `npm start`: the whole system on one machine, data kept under .data/ (HOSO_DATA_DIR) between runs, each process
 * started again when it crashes (scripts/supervisor.ts), and its output kept in the data folder's logs/.
 */
async function main() {
  const { dataDir, apiPort, ports, restartPolicy } = stackSettingsOf(process.env);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const codecEndpoint = `${apiUrl}/api/v1/codec`;
  console.log(`Starting hoso (data in ${dataDir}) …`);
  // The console is built while the services start: only when its sources changed since the last build.
  const consoleBuilt = ensureConsoleBuilt();
  const stack = await startStack({
    persistent: true,
    dataDir,
    ports,
    echoLogs: true,
    temporalUiCodecEndpoint: codecEndpoint,
    ...(process.env.DATABASE_URL ? { external: { databaseUrl: process.env.DATABASE_URL } } : {}),
  });
  await consoleBuilt;
  const sql = postgres(stack.env.DATABASE_URL as string, { max: 1, onnotice: () => undefined });
  await seedDemoData(sql);
  await sql.end();

  const env = { ...stack.env, API_PORT: String(apiPort), API_PUBLIC_URL: apiUrl, ...(stack.temporalUiUrl ? { TEMPORAL_UI_ORIGIN: stack.temporalUiUrl } : {}) };
  const logFileOf = (name: string) => path.join(stack.logsDir, `${name}.log`);
  const app = (name: string, entry: string, ready?: () => Promise<boolean>) => {
    const log = processLog({ name, file: logFileOf(name), echo: true });
    return appProcess({ name, entry, env, logFile: logFileOf(name), onLine: (line, stream) => log.write(line, stream), ...(ready ? { ready } : {}) });
  };
  const apps = [app('worker', 'worker/main.ts'), app('api', 'api/main.ts', async () => (await fetch(`${apiUrl}/healthz`)).ok)];
  const supervised: Supervised[] = [
    ...stack.services().map((service) => ({ name: service, logFile: logFileOf(service), child: () => stack.processOf(service), restart: () => stack.restart(service) })),
    ...apps.map((started) => ({ name: started.name, logFile: logFileOf(started.name), child: started.child, restart: started.start })),
  ];
  const stopAll = async () => {
    await Promise.all(apps.map((started) => started.stop()));
    await stack.stop();
  };
  try {
    await Promise.all(apps.map((started) => started.start()));
    await waitForApi(`${apiUrl}/readyz`);
  } catch (error) {
    await stopAll();
    throw error;
  }

  const issuer = await loadDevIssuer(stack.env.AUTH_DEV_KEY_FILE as string, devIssuer.issuer, devIssuer.audience);
  const reader = await ensureArchiveReader({ endpoint: stack.env.MINIO_ENDPOINT as string, bucket: stack.env.MINIO_BUCKET as string, dataDir });
  const tokens = await Promise.all(
    demoUsers.map(async (user) => `  ${user.role.padEnd(18)} ${user.unitCode.padEnd(10)} ${await issuer.issue({ ...user, userId: user.id })}`),
  );
  console.log(`
hoso is running.
  Console       ${apiUrl}/   (sign in as any demo user)
  API           ${apiUrl}/api/v1
  API docs      ${apiUrl}/api/docs
  Temporal UI   ${stack.temporalUiUrl ?? '(disabled)'}
                decoded payloads for an administrator: sign in to the console as the administrator in the same
                browser, then in the Temporal UI's Codec Server settings choose "Use my browser setting", endpoint
                ${codecEndpoint}, and tick "Include cross-origin credentials"
  MinIO console ${stack.minioConsoleUrl}
                read only: user ${reader.accessKey}, password ${reader.secretKey}
  Data folder   ${dataDir}
  Logs          ${stack.logsDir}/<process>.log, for ${supervised.map(({ name }) => name).join(', ')} (rotated at ${logRotation.maxBytes / 2 ** 20} MiB, ${logRotation.keep} kept)

Demo tokens (valid 12 h; \`npm run token -- --role <role> --unit <code>\` makes more):
${tokens.join('\n')}

A process that crashes is started again (HOSO_RESTART_LIMIT failures within HOSO_RESTART_WINDOW_MS stop everything).
Ctrl-C stops everything.`);
  process.exitCode = await supervise(supervised, { policy: restartPolicy, stopAll });
}

async function waitForApi(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = await response.text();
    } catch (error) {
      last = String(error);
    }
    await sleep(500);
  }
  throw new Error(`the API did not become ready: ${last}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
