import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ensureTemporalTestServerAt, TEST_START_VARIABLE } from '../../scripts/tools/temporal-test-server-at';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('the Java time-skipping test server', () => {
  let launcher: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'hoso-test-server-at-'));
    launcher = await ensureTemporalTestServerAt(); // the first run downloads it from Maven Central
  }, 300_000);

  afterAll(() => rm(scratch, { recursive: true, force: true }));

  /**
   * Starts the server the way @temporalio/testing starts the native one. Jest's process.env is a copy that never
   * reaches the processes the SDK's native core spawns, so a wrapper script sets the variable instead.
   */
  async function serverStartingAt(start: string | undefined): Promise<TestWorkflowEnvironment> {
    const wrapper = join(scratch, `at-${start ?? 'now'}`.replace(/:/g, '-'));
    const setStart = start === undefined ? `unset ${TEST_START_VARIABLE}` : `export ${TEST_START_VARIABLE}=${start}`;
    await writeFile(wrapper, `#!/bin/sh\n${setStart}\nexec '${launcher}' "$@"\n`, { mode: 0o755 });
    return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: wrapper } } });
  }

  // A date in the past, and one in the future: midnight of Tết 2027 in Vietnam.
  it.each(['2026-02-10T01:00:00Z', '2027-02-05T17:00:00Z'])('starts its clock at %s and skips time from there', async (start) => {
    const env = await serverStartingAt(start);
    try {
      const startedAt = await env.currentTimeMs();
      expect(Math.abs(startedAt - Date.parse(start))).toBeLessThan(MINUTE);
      await env.sleep('30 days');
      const skipped = (await env.currentTimeMs()) - startedAt;
      expect(skipped).toBeGreaterThanOrEqual(30 * DAY);
      expect(skipped).toBeLessThan(30 * DAY + MINUTE);
    } finally {
      await env.teardown();
    }
  });

  it(`starts at the real time without ${TEST_START_VARIABLE}`, async () => {
    const env = await serverStartingAt(undefined);
    try {
      expect(Math.abs((await env.currentTimeMs()) - Date.now())).toBeLessThan(MINUTE);
    } finally {
      await env.teardown();
    }
  });

  it(`refuses a ${TEST_START_VARIABLE} that is not an instant`, async () => {
    const started = promisify(execFile)(launcher, ['0'], { env: { ...process.env, [TEST_START_VARIABLE]: '2027-01-25' } });
    await expect(started).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('ISO 8601 instant') });
  });
});
