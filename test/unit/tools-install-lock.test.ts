import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { withInstallLock } from '../../scripts/tools/install-lock';

const INSTALL_LOCK_MODULE = join(__dirname, '..', '..', 'scripts', 'tools', 'install-lock');
const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

/**
 * A program that takes the lock and prints its pid (tsx runs it in a child process of its own),
 * "builds" for the milliseconds it is given, and writes the file it is given.
 */
const HOLDING_PROCESS = `
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { withInstallLock } from ${JSON.stringify(INSTALL_LOCK_MODULE)};
void withInstallLock('minio', 'building the MinIO server', async () => {
  console.log(process.pid);
  await sleep(Number(process.argv[2]));
  await writeFile(process.argv[3], 'built');
});
`;

/** The tsx wrapper process, and the pid of the program it runs. */
interface Holder {
  process: ChildProcess;
  pid: number;
}

describe('withInstallLock', () => {
  const saved = process.env.HOSO_TOOLS_DIR;
  let root: string;
  let holder: Holder | undefined;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'hoso-install-lock-'));
    process.env.HOSO_TOOLS_DIR = join(root, 'tools');
    await writeFile(join(root, 'hold.ts'), HOLDING_PROCESS);
    jest.spyOn(console, 'error').mockImplementation(() => undefined); // "waiting for …"
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    if (holder) stop(holder);
    holder = undefined;
    if (saved === undefined) delete process.env.HOSO_TOOLS_DIR;
    else process.env.HOSO_TOOLS_DIR = saved;
    await rm(root, { recursive: true, force: true });
  });

  /** Starts a process that holds the lock, and resolves once it does. */
  async function startHolder(holdMs: number): Promise<Holder> {
    const args = [join(root, 'hold.ts'), String(holdMs), join(root, 'built')];
    // Jest's process.env is its sandbox's copy: hand it over, or the child gets the real one.
    const child = spawn(TSX, args, { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    const [pid] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    holder = { process: child, pid: Number(pid) };
    return holder;
  }

  it('runs one install at a time within a process', async () => {
    const events: string[] = [];
    const install = (name: string) =>
      withInstallLock('minio', `building ${name}`, async () => {
        events.push(`${name} starts`);
        await sleep(300);
        events.push(`${name} ends`);
      });

    await Promise.all([install('a'), install('b')]);

    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('makes another process wait until the holder is done, then finds its build', async () => {
    await startHolder(1000);

    const found = await withInstallLock('minio', 'building the MinIO server', () => readFile(join(root, 'built'), 'utf8'));

    expect(found).toBe('built');
  });

  it('takes over the lock of a process that died holding it', async () => {
    const { process: child, pid } = await startHolder(60_000);
    process.kill(pid, 'SIGKILL');
    await once(child, 'exit');

    await expect(withInstallLock('minio', 'building the MinIO server', async () => 'built', { timeoutMs: 2000 })).resolves.toBe('built');
    expect(await readdir(join(root, 'tools', 'locks'))).toEqual([]);
  });

  it('gives up after its timeout, naming the holder and the lock to delete', async () => {
    const { pid } = await startHolder(60_000);
    const lock = join(root, 'tools', 'locks', 'minio.lock');

    await expect(withInstallLock('minio', 'building the MinIO server', async () => 'built', { timeoutMs: 500 })).rejects.toThrow(
      `process ${String(pid)} (building the MinIO server, since`,
    );
    await expect(withInstallLock('minio', 'building the MinIO server', async () => 'built', { timeoutMs: 0 })).rejects.toThrow(
      `If that process is not installing anything, delete ${lock}.`,
    );
  });

  it('releases the lock when the install fails', async () => {
    await expect(withInstallLock('minio', 'building the MinIO server', () => Promise.reject(new Error('go build failed')))).rejects.toThrow('go build failed');

    await expect(withInstallLock('minio', 'building the MinIO server', async () => 'built', { timeoutMs: 0 })).resolves.toBe('built');
  });
});

function stop({ process: child, pid }: Holder): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  child.kill('SIGKILL');
}
