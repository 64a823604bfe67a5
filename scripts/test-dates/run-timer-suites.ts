import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  /** The names of the tests that failed, each with the first lines of its message, for the table. */
  failures: string[];
}

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites: number;
  testResults: Array<{ message: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>;
}

/** The first lines of a failure message: enough to tell a wrong date from a server that never started. */
const headOf = (message: string) => message.split('\n').filter((line) => line.trim()).slice(0, 6).join('\n    ');

/** Where the output of the dates that failed is kept, whole, after the run. */
export const DATE_LOGS = path.join(tmpdir(), 'hoso-test-dates');

/** Runs the timer suites once per date, on the Java test server (`server`) started at that date. */
export async function runTimerSuitesFrom(dates: readonly CivilDate[], server: string, env: NodeJS.ProcessEnv = process.env): Promise<DateRun[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hoso-dates-'));
  await rm(DATE_LOGS, { recursive: true, force: true });
  try {
    const runs: DateRun[] = [];
    for (const date of dates) {
      const report = path.join(dir, `${date}.json`);
      const child = spawn(path.join(root, 'node_modules', '.bin', 'jest'), ['--json', `--outputFile=${report}`, TIMER_SUITES], {
        cwd: root,
        env: { ...env, TEMPORAL_TEST_SERVER: server, [TEST_START_VARIABLE]: startInstant(date) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const output: Buffer[] = [];
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      await once(child, 'close');
      const result = await readFile(report, 'utf8').then((text) => JSON.parse(text) as JestReport, () => undefined);
      const run = result ? runOf(date, result) : { date, passed: 0, failed: 1, failures: ['jest wrote no report'] };
      if (run.failed) await keepLog(date, Buffer.concat(output));
      runs.push(run);
    }
    return runs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runOf(date: CivilDate, report: JestReport): DateRun {
  const failures = report.testResults.flatMap((suite) => [
    ...suite.assertionResults.filter((test) => test.status === 'failed').map((test) => `${test.fullName}\n    ${headOf(test.failureMessages.join('\n'))}`),
    ...(suite.message && !suite.assertionResults.some((test) => test.status === 'failed') ? [`suite did not run\n    ${headOf(suite.message)}`] : []),
  ]);
  return { date, passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites, failures };
}

async function keepLog(date: CivilDate, output: Buffer): Promise<void> {
  await mkdir(DATE_LOGS, { recursive: true });
  await writeFile(path.join(DATE_LOGS, `${date}.log`), output);
}

/** One line per date, then the failures by name with the head of their message, and where the whole output is. */
export function printDateRuns(runs: readonly DateRun[]): void {
  for (const run of runs) console.log(`${run.date}  ${String(run.passed).padStart(3)} passed  ${String(run.failed).padStart(2)} failed`);
  for (const run of runs) for (const failure of run.failures) console.log(`✕ from ${run.date}: ${failure}`);
  if (runs.some((run) => run.failed)) console.log(`The whole output of each date that failed: ${DATE_LOGS}/<date>.log`);
}
