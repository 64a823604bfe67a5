import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from './dev-stack';
import { ensureDockerCompose } from './tools/docker-compose';
import { ensurePdfsig, ensurePyhanko } from './tools/pdf-verifiers';
import { ensureZbarimg } from './tools/qr-decoder';
import { ensureSchemathesis } from './tools/schemathesis';
import { ensureTemporalTestServer } from './tools/temporal';
import { ensureTemporalTestServerAt } from './tools/temporal-test-server-at';
import { ensureTemporalServer, ensureTemporalSqlTool } from './tools/temporal-server';
import { ensureSqlite3 } from './tools/sqlite';
import { ensureChromium } from './tools/chromium';
import { ensureConsoleBuilt } from './web/build-console';
import { printDateRuns, runTimerSuitesFrom } from './test-dates/run-timer-suites';
import { sampleOf, startDates } from './test-dates/start-dates';
import { runTestEntry } from './test-exit';

const root = path.join(__dirname, '..');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  return once(child, 'exit').then(([code]) => (code as number | null) ?? 1);
}

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/**
 * `npm test`: type-check and lint, start fresh real services on free ports, run every jest test
 * (or the files given as arguments) against them, tear everything down, print `N passed, N failed`.
 */
async function main(): Promise<number> {
  const jestArgs = process.argv.slice(2);
  for (const [name, check] of [
    ['typecheck', () => run(bin('tsc'), ['--noEmit', '-p', '.'])],
    ['typecheck the web console', () => run(bin('tsc'), ['--noEmit', '-p', 'web'])],
    ['lint', () => run(bin('eslint'), ['.'])],
  ] as const) {
    console.log(`\n▶ ${name}`);
    if ((await check()) !== 0) {
      console.log(`${name} failed\n0 passed, 1 failed`);
      return 1;
    }
  }

  console.log('\n▶ starting Temporal, PostgreSQL and MinIO for the tests');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hoso-test-'));
  const [testServer, testServerAt, dockerConfig, , , , , chromium, , , , , stack] = await Promise.all([
    ensureTemporalTestServer(),
    // The same server, in Java, started at any date: the timer suites run again from a sample of dates.
    ensureTemporalTestServerAt(),
    ensureDockerCompose(),
    // The two independent signature verifiers of the signing tests, installed once into the tools cache.
    ensurePdfsig(),
    ensurePyhanko(),
    // Reads the QR codes printed on documents back.
    ensureZbarimg(),
    // Fuzzes the API from its OpenAPI document.
    ensureSchemathesis(),
    // The browser the console's tests drive, and the console they load, built from the sources checked out.
    ensureChromium(),
    ensureConsoleBuilt(),
    // The chaos test runs production's shape: the Temporal server itself, built from source once.
    ensureTemporalServer(),
    ensureTemporalSqlTool(),
    // The backup test copies the Temporal dev server's store with SQLite's online backup.
    ensureSqlite3(),
    startStack({ persistent: false, dataDir, temporalUi: false }),
  ]);
  const report = path.join(dataDir, 'jest-report.json');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...stack.env, TEMPORAL_TEST_SERVER: testServer, HOSO_TEST_STACK: '1', CHROMIUM: chromium };
    // Where docker finds the compose plugin we built, for the docker-compose.yml checks.
    if (dockerConfig) env.DOCKER_CONFIG = dockerConfig;
    await run(bin('jest'), ['--json', `--outputFile=${report}`, ...jestArgs], env);
    const result = JSON.parse(await readFile(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numRuntimeErrorTestSuites: number;
      success: boolean;
    };
    let passed = result.numPassedTests;
    let failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
    if (jestArgs.length === 0) {
      const dates = sampleOf(startDates(), Math.floor(Date.now() / 86_400_000));
      console.log(`\n▶ the timer suites from other dates (all of them: npm run test:dates): ${dates.join(' ')}`);
      const runs = await runTimerSuitesFrom(dates, testServerAt, env);
      printDateRuns(runs);
      for (const run of runs) {
        passed += run.passed;
        failed += run.failed;
      }
    }
    console.log(`\n${passed} passed, ${failed} failed`);
    return result.success && failed === 0 ? 0 : 1;
  } catch (error) {
    console.error(error);
    console.log('\n0 passed, 1 failed');
    return 1;
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runTestEntry(main);
