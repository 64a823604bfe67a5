import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CivilDate } from '../../domain/calendar';
import { TEST_START_VARIABLE } from '../tools/temporal-test-server-at';
import { startInstant } from './start-dates';

const root = path.join(__dirname, '..', '..');
/** The suites whose outcome depends on the date they run: they read it off the time-skipping server's clock. */
export const TIMER_SUITES = 'test/timers';

export interface DateRun {
  date: CivilDate;
  passed: number;
  failed: number;
  /** The names of the tests that failed, for the table. */
  failures: string[];
}

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites: number;
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
}

/** Runs the timer suites once per date, on the Java test server (`server`) started at that date. */
export async function runTimerSuitesFrom(dates: readonly CivilDate[], server: string, env: NodeJS.ProcessEnv = process.env): Promise<DateRun[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoso-dates-'));
  try {
    const runs: DateRun[] = [];
    for (const date of dates) {
      const report = path.join(dir, `${date}.json`);
      const child = spawn(path.join(root, 'node_modules', '.bin', 'jest'), ['--json', `--outputFile=${report}`, TIMER_SUITES], {
        cwd: root,
        env: { ...env, TEMPORAL_TEST_SERVER: server, [TEST_START_VARIABLE]: startInstant(date) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
      await once(child, 'close');
      const result = await readFile(report, 'utf8').then((text) => JSON.parse(text) as JestReport, () => undefined);
      if (!result) {
        runs.push({ date, passed: 0, failed: 1, failures: [`jest wrote no report: ${output.trim().split('\n').slice(-3).join(' ')}`] });
        continue;
      }
      const failures = result.testResults.flatMap((suite) => suite.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName));
      runs.push({ date, passed: result.numPassedTests, failed: result.numFailedTests + result.numRuntimeErrorTestSuites, failures });
    }
    return runs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line per date, then the failures by name. */
export function printDateRuns(runs: readonly DateRun[]): void {
  for (const run of runs) console.log(`${run.date}  ${String(run.passed).padStart(3)} passed  ${String(run.failed).padStart(2)} failed`);
  for (const run of runs) for (const failure of run.failures) console.log(`✕ from ${run.date}: ${failure}`);
}
