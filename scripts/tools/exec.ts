import { spawn } from 'node:child_process';
import { forEachLine, LineTail } from './output';

export interface RunResult {
  code: number | null;
  /** The last lines of stdout and stderr, for error messages. */
  tail: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv | undefined;
  /** Sees every output line as it comes, e.g. to stream a long build. */
  onLine?: ((line: string) => void) | undefined;
  /** Run as another user (needs root). */
  uid?: number | undefined;
  gid?: number | undefined;
}

/** Runs a command to completion. Rejects only if it cannot start (e.g. not installed). */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const { env = process.env, uid, gid } = options;
    const child = spawn(command, args, { env, uid, gid, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = new LineTail();
    forEachLine([child.stdout, child.stderr], (line) => {
      tail.push(line);
      options.onLine?.(line);
    });
    child.on('error', reject);
    // 'close' (not 'exit') waits for the output streams, so the tail is complete.
    child.on('close', (code) => resolve({ code, tail: tail.toString() }));
  });
}
