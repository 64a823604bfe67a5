import { describeTimeSkipping, startTimeSkipping, type TimeSkipping } from '../support/time-skipping';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The harness's own clock: tests drive dossiers side by side, each settling with a sleep after its action. */
describeTimeSkipping('the time-skipping clock of the test harness', () => {
  let harness: TimeSkipping;

  beforeAll(async () => {
    harness = await startTimeSkipping([]);
  }, 60_000);
  afterAll(() => harness?.stop());

  it('keeps skipping time after many sleeps at once', async () => {
    const { env } = harness;
    const start = await env.currentTimeMs();
    // Fifty sleeps at once reproduce, every time, what two dossiers settling side by side did now and then.
    await Promise.all(Array.from({ length: 50 }, (_, i) => env.sleep(HOUR + i * 1000)));
    // Without turns the server would keep one sleep's lock, and this month would pass in real time.
    await env.sleep(30 * DAY);
    expect((await env.currentTimeMs()) - start).toBeGreaterThanOrEqual(30 * DAY + HOUR + 49_000);
  }, 30_000);
});
