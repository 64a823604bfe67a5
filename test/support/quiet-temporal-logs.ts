import { DefaultLogger, Runtime } from '@temporalio/worker';

/** Workers log every state change at INFO; tests only want warnings. The runtime can be installed once per process. */
export function quietTemporalLogs(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed by an earlier test file in this process
  }
}
