import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { forEachLine, LineTail } from './output';

export interface ServerJvm {
  java: string;
  /** The JVM's options and main class, without the port. */
  args: readonly string[];
  /** Where it runs; the archive is written there. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts a JVM server that takes its port as its last argument, waits until it listens,
 * and stops it, so it writes a dynamic class-data-sharing archive (`archive`, relative to
 * `cwd`) of every class its startup loaded. A JVM given that archive starts about twice
 * as fast.
 */
export async function recordClassArchive(server: ServerJvm, archive: string): Promise<void> {
  const port = await freePort();
  const child = spawn(server.java, [`-XX:ArchiveClassesAtExit=${archive}`, ...server.args, String(port)], {
    cwd: server.cwd,
    env: server.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = new LineTail();
  forEachLine([child.stdout, child.stderr], (line) => tail.push(line));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  try {
    await untilListening(port, exited);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\n${tail.toString()}`);
  } finally {
    child.kill('SIGTERM'); // the JVM writes the archive as it exits
    await exited;
  }
  const written = await stat(join(server.cwd, archive)).catch(() => undefined);
  if (!written?.size) throw new Error(`the JVM wrote no class archive:\n${tail.toString()}`);
}

async function untilListening(port: number, exited: Promise<void>): Promise<void> {
  let running = true;
  exited.then(
    () => (running = false),
    () => (running = false),
  );
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await accepts(port)) return;
    if (!running) throw new Error('the server exited before it listened');
    await sleep(100);
  }
  throw new Error(`the server did not listen on port ${String(port)} within ${String(START_TIMEOUT_MS / 1000)} s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port free now; another process may take it before the server binds it, which only fails this build. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
