import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

export type { Logger };

/**
 * Where a log may have picked up a person's data by mistake: credentials and bodies. Loggers here are given ids,
 * codes and route patterns, never these; the list is the safety net if one ever is (docs/operations.md).
 */
const REDACTED = [
  'authorization',
  'cookie',
  'body',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.body',
  '*.authorization',
  '*.cookie',
  '*.body',
];

/**
 * hoso's structured logs: one JSON line per event on stdout (or `destination`), with the process's name. An error
 * keeps its type, code, message and stack, and its cause: a database error's `detail` quotes the row's values, and an
 * HTTP client's error its request, so no other property of an error is written.
 */
export function createLogger({ name, level, destination }: { name: string; level: LevelWithSilent; destination?: DestinationStream }): Logger {
  return pino(
    {
      name,
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
      serializers: { err: errorFields, error: errorFields },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The shape of the `log` callbacks that report a failure with its error (the audit writer, stray errors, …). */
export function reportTo(logger: Logger): (message: string, error?: unknown) => void {
  return (message, error) => (error === undefined ? logger.error(message) : logger.error({ err: error }, message));
}

interface ErrorFields {
  type: string;
  message: string;
  code?: unknown;
  stack?: string;
  cause?: ErrorFields;
}

function errorFields(error: unknown, depth = 0): ErrorFields {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: errorFields(error.cause, depth + 1) } : {}),
  };
}

/** The logger of code that is not handed one: the defaults of functions whose callers (scripts, tests) pass none. */
export const processLogger = createLogger({ name: 'hoso', level: 'info' });
