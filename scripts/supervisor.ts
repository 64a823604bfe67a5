import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { stopProcess } from './stack/service';

export interface AppProcess {
  name: string;
  child: ChildProcess;
}

const tsx = require.resolve('tsx/cli');

/** Runs a TypeScript entry point as a child, its output prefixed with its name. */
export function spawnApp(name: string, entry: string, env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [tsx, entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on('data', prefix(process.stdout));
  child.stderr?.on('data', prefix(process.stderr));
  return { name, child };
}

/**
 * Keeps the children running until Ctrl-C, or until one of them stops on its own, which is reported
 * and brings the rest down: a half-running system is worse than a stopped one.
 */
export async function supervise(apps: readonly AppProcess[], shutdownServices: () => Promise<void>): Promise<number> {
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    await Promise.all(apps.map((app) => stopProcess(app.child)));
    await shutdownServices();
  };
  const exitCode = await new Promise<number>((resolve) => {
    // Kept for the whole stop: a repeated Ctrl-C, or the copy tsx relays to its child, must not kill this process
    // halfway and leave the services running.
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.log(`${signal}: still stopping hoso…`);
        return;
      }
      console.log(`\n${signal}: stopping hoso…`);
      void stopAll().then(() => resolve(0));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    for (const app of apps) {
      void once(app.child, 'exit').then(([code, signal]) => {
        if (stopping) return;
        console.error(`\n[supervisor] ${app.name} stopped unexpectedly (code ${code}, signal ${signal}); stopping everything.`);
        void stopAll().then(() => resolve(1));
      });
    }
  });
  return exitCode;
}
