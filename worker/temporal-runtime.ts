import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from '../config/logger';
import { DOCUMENT_ISSUE_SECONDS } from '../activities/documents/issue-document';

const LEVELS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<LogLevel, string>;

/**
 * The worker process's Temporal runtime, installed before any connection: the SDK's logs (and the activities' and
 * workflows' `log`) go to hoso's JSON log, and with `metricsAddress` (WORKER_METRICS_ADDRESS) it serves Prometheus
 * metrics at `http://<metricsAddress>/metrics`: the SDK's (task latencies and failures, pollers, slots, cache) and
 * hoso's own recorded on its meter (document issue times), one endpoint per worker process. Durations in seconds.
 */
export function installTemporalRuntime({ logger, metricsAddress }: { logger: Logger; metricsAddress?: string }): Runtime {
  const temporal = logger.child({ component: 'temporal' });
  return Runtime.install({
    logger: new DefaultLogger('DEBUG', ({ level, message, meta }) => temporal[LEVELS[level]](meta ?? {}, message)),
    telemetryOptions: metricsAddress
      ? {
          metrics: {
            prometheus: {
              bindAddress: metricsAddress,
              useSecondsForDurations: true,
              // A form renders and signs in tens of milliseconds; a slow MinIO or a retry stretches it to seconds.
              histogramBucketOverrides: { [DOCUMENT_ISSUE_SECONDS]: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] },
            },
          },
        }
      : {},
  });
}
