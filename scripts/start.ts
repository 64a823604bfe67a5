import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { loadDevIssuer } from '../api/auth/dev-issuer';
import { devIssuer } from '../config/env';
import { startStack } from './dev-stack';
import { demoUsers } from '../config/demo-data';
import { seedDemoData } from './seed/seed';
import { spawnApp, supervise } from './supervisor';
import { ensureConsoleBuilt } from './web/build-console';

const root = path.join(__dirname, '..');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** `npm start`: the whole system on one machine, data kept under .data/ between runs. */
async function main() {
  const dataDir = path.resolve(process.env.HOSO_DATA_DIR ?? path.join(root, '.data'));
  const apiPort = port('API_PORT', 3000);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const codecEndpoint = `${apiUrl}/api/v1/codec`;
  console.log(`Starting hoso (data in ${dataDir}) …`);
  // The console is built while the services start: only when its sources changed since the last build.
  const consoleBuilt = ensureConsoleBuilt();
  const stack = await startStack({
    persistent: true,
    dataDir,
    ports: {
      postgres: port('HOSO_POSTGRES_PORT', 54320),
      minio: port('HOSO_MINIO_PORT', 9000),
      minioConsole: port('HOSO_MINIO_CONSOLE_PORT', 9001),
      temporal: port('HOSO_TEMPORAL_PORT', 7233),
      temporalUi: port('HOSO_TEMPORAL_UI_PORT', 8233),
    },
    temporalUiCodecEndpoint: codecEndpoint,
    ...(process.env.DATABASE_URL ? { external: { databaseUrl: process.env.DATABASE_URL } } : {}),
  });
  await consoleBuilt;
  const sql = postgres(stack.env.DATABASE_URL as string, { max: 1, onnotice: () => undefined });
  await seedDemoData(sql);
  await sql.end();

  const env = { ...stack.env, API_PORT: String(apiPort), API_PUBLIC_URL: apiUrl, ...(stack.temporalUiUrl ? { TEMPORAL_UI_ORIGIN: stack.temporalUiUrl } : {}) };
  const apps = [spawnApp('worker', path.join(root, 'worker/main.ts'), env), spawnApp('api', path.join(root, 'api/main.ts'), env)];
  await waitForApi(`${apiUrl}/readyz`);

  const issuer = await loadDevIssuer(stack.env.AUTH_DEV_KEY_FILE as string, devIssuer.issuer, devIssuer.audience);
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
  Data folder   ${dataDir}

Demo tokens (valid 12 h; \`npm run token -- --role <role> --unit <code>\` makes more):
${tokens.join('\n')}

Ctrl-C stops everything.`);
  process.exitCode = await supervise(apps, stack.stop);
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
