import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopProcess } from '../../scripts/stack/service';
import { supervise, type Supervised } from '../../scripts/supervisor';

/** A process of `node -e <script>`, started again by `restart` with the next script of `scripts` (the last one repeats). */
function nodeProcess(name: string, logFile: string, scripts: string[]): Supervised & { starts: number; stop(): Promise<void> } {
  let child: ChildProcess | undefined;
  const supervised = {
    name,
    logFile,
    starts: 0,
    child: () => child,
    async restart() {
      child = spawn(process.execPath, ['-e', scripts[Math.min(supervised.starts, scripts.length - 1)] ?? ''], { stdio: 'ignore' });
      supervised.starts++;
    },
    stop: async () => (child ? stopProcess(child) : undefined),
  };
  return supervised;
}

describe("npm start's supervisor", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoso-supervisor-'));
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts a crashed process again, and stops everything with its log once it keeps failing', async () => {
    const printed: string[] = [];
    jest.spyOn(console, 'error').mockImplementation((message: string) => void printed.push(message));
    const apiLog = path.join(dir, 'api.log');
    await writeFile(apiLog, 'listening\nError: cannot reach the database\n');
    const api = nodeProcess('api', apiLog, ['process.exit(3)']);
    // Killed once, then runs: it is kept running until everything stops.
    const worker = nodeProcess('worker', path.join(dir, 'worker.log'), ['process.kill(process.pid, "SIGKILL")', 'setInterval(() => {}, 1000)']);
    await Promise.all([api.restart(), worker.restart()]);
    let stopped = 0;
    const stopAll = async () => {
      stopped++;
      expect(worker.child()?.exitCode).toBeNull();
      await Promise.all([api.stop(), worker.stop()]);
    };

    const exitCode = await supervise([api, worker], { policy: { limit: 3, windowMs: 60_000 }, stopAll });

    expect({ exitCode, stopped, apiStarts: api.starts, workerStarts: worker.starts }).toEqual({ exitCode: 1, stopped: 1, apiStarts: 3, workerStarts: 2 });
    expect(printed).toEqual(
      expect.arrayContaining([
        expect.stringContaining('[supervisor] worker stopped unexpectedly (exit code 137, SIGKILL); restart 1 in 1 s'),
        '[supervisor] worker runs again (restart 1)',
        expect.stringContaining('[supervisor] api stopped unexpectedly (exit code 3); restart 1 in 1 s'),
        expect.stringContaining('[supervisor] api stopped unexpectedly (exit code 3); restart 2 in 2 s'),
      ]),
    );
    const givenUp = printed.find((line) => line.includes('failed 3 times'));
    expect(givenUp).toContain('api stopped unexpectedly (exit code 3): it failed 3 times within 1 min, so hoso stops.');
    expect(givenUp).toContain(`The last lines of ${apiLog}:\nlistening\nError: cannot reach the database`);
  }, 20_000);
});
