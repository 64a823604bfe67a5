import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processLog, tailOfLog } from '../../scripts/stack/process-log';

describe("a process's log under the data folder", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoso-log-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('rotates by size and keeps only the newest files', async () => {
    const file = path.join(dir, 'worker.log');
    const log = processLog({ name: 'worker', file, maxBytes: 100, keep: 2 });
    // 10 lines of 40 bytes: two to a file, so five files were written and three are kept.
    for (let index = 0; index < 10; index++) log.write(`line ${String(index).padStart(2, '0')} ${'x'.repeat(31)}`);
    log.close();
    expect((await readdir(dir)).sort()).toEqual(['worker.log', 'worker.log.1', 'worker.log.2']);
    const linesOf = async (name: string) => (await readFile(path.join(dir, name), 'utf8')).split('\n').filter(Boolean).map((line) => line.slice(0, 7));
    expect(await linesOf('worker.log')).toEqual(['line 08', 'line 09']);
    expect(await linesOf('worker.log.1')).toEqual(['line 06', 'line 07']);
    expect(await linesOf('worker.log.2')).toEqual(['line 04', 'line 05']);
  });

  it('appends to the log a previous run left', async () => {
    const file = path.join(dir, 'api.log');
    for (const run of ['first', 'second']) {
      const log = processLog({ name: 'api', file });
      log.write(`${run} run`);
      log.close();
    }
    expect(await readFile(file, 'utf8')).toBe('first run\nsecond run\n');
  });

  it('shows its last lines, for the message of a process that keeps failing', () => {
    const file = path.join(dir, 'postgres.log');
    const log = processLog({ name: 'postgres', file });
    for (let index = 1; index <= 50; index++) log.write(`line ${index}`);
    log.close();
    expect(tailOfLog(file, 3)).toBe('line 48\nline 49\nline 50');
    expect(tailOfLog(path.join(dir, 'absent.log'))).toBe('(no log)');
  });
});
