import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.join(__dirname, '..', '..');

/** api/main.ts in its own Node process, as `npm start` runs it; resolves once it answers /healthz. */
export async function startApiProcess(env: Record<string, string>, logFile: string): Promise<ChildProcess> {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'api', 'main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = once(child, 'exit');
  void exited.then(() => process.off('exit', killOnExit));
  for (let waited = 0; waited < 60_000; waited += 200) {
    const up = await fetch(`http://127.0.0.1:${env.API_PORT}/healthz`).then((response) => response.ok, () => false);
    if (up) return child;
    const dead = await Promise.race([exited.then(() => true), sleep(200).then(() => false)]);
    if (dead) break;
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not start:\n${readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')}`);
}

/** SIGTERM, then SIGKILL after five seconds. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000, undefined, { ref: false }).then(() => child.kill('SIGKILL'))]);
}
