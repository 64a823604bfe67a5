/**
 * When the supervisor of `npm start` starts a crashed process again, and when it gives up: HOSO_RESTART_LIMIT
 * failures of one process within HOSO_RESTART_WINDOW_MS stop everything (config/env.ts).
 */
export interface RestartPolicy {
  limit: number;
  windowMs: number;
}

export type RestartDecision =
  | { restart: true; afterMs: number; failuresInWindow: number }
  | { restart: false; failuresInWindow: number };

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 60_000;

/**
 * `failures` are the instants one process failed, the latest last. The wait doubles with each failure in the window
 * (1 s, 2 s, 4 s … 1 min): a process that fails once in a while comes back at once, one that keeps failing is not
 * hammered, and one that fails `limit` times within the window is left stopped.
 */
export function decideRestart(failures: readonly number[], policy: RestartPolicy): RestartDecision {
  const latest = failures.at(-1);
  if (latest === undefined) throw new Error('decideRestart needs the failure it decides on');
  const failuresInWindow = failures.filter((at) => at > latest - policy.windowMs).length;
  if (failuresInWindow >= policy.limit) return { restart: false, failuresInWindow };
  return { restart: true, afterMs: Math.min(FIRST_DELAY_MS * 2 ** (failuresInWindow - 1), LONGEST_DELAY_MS), failuresInWindow };
}
