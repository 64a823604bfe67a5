import { processLogger, reportTo } from './logger';

/**
 * Keeps a long-running process (the API, a worker) serving when an error escapes every handler: a promise
 * rejected with nothing to catch it, or an exception thrown from an event or timer callback. Each is a bug,
 * logged loudly with a stable marker for alerts, but none may let one request stop the process that serves
 * every other request and dossier (issue 11). Request state lives in the request; the shared pools (PostgreSQL,
 * Temporal, MinIO) recover on their own, so carrying on is safe.
 */
export function surviveStrayErrors(processName: string, log: (message: string, error: unknown) => void = reportTo(processLogger)): void {
  process.on('unhandledRejection', (reason) => {
    log(`STRAY-ERROR ${processName}: a promise was rejected and nothing handled it; still running`, reason);
  });
  process.on('uncaughtException', (error, origin) => {
    log(`STRAY-ERROR ${processName}: ${origin} escaped every handler; still running`, error);
  });
}
