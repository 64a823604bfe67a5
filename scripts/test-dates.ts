import { printDateRuns, runTimerSuitesFrom } from './test-dates/run-timer-suites';
import { startDates } from './test-dates/start-dates';
import { ensureTemporalTestServerAt } from './tools/temporal-test-server-at';
import { runTestEntry } from './test-exit';

/**
 * `npm run test:dates`: the time-dependent suites (test/timers) from every start date of start-dates.ts, each on
 * Temporal's Java test server with its clock set to that date. `npm test` runs a sample of them.
 */
async function main(): Promise<number> {
  const dates = process.argv.slice(2).length ? process.argv.slice(2) : startDates();
  const server = await ensureTemporalTestServerAt();
  console.log(`▶ ${dates.length} start dates: ${dates.join(' ')}`);
  const runs = await runTimerSuitesFrom(dates, server);
  printDateRuns(runs);
  const passed = runs.reduce((sum, run) => sum + run.passed, 0);
  const failed = runs.reduce((sum, run) => sum + run.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

runTestEntry(main);
