import { decideRestart } from '../../scripts/stack/restart-policy';

const policy = { limit: 5, windowMs: 5 * 60_000 };
const minute = 60_000;

describe('when npm start restarts a crashed process', () => {
  it('starts it again after a second the first time', () => {
    expect(decideRestart([10 * minute], policy)).toEqual({ restart: true, afterMs: 1_000, failuresInWindow: 1 });
  });

  it('doubles the pause with each failure within the window', () => {
    const failures = [0, 10_000, 20_000, 30_000];
    expect(failures.map((_, index) => decideRestart(failures.slice(0, index + 1), policy))).toEqual([
      { restart: true, afterMs: 1_000, failuresInWindow: 1 },
      { restart: true, afterMs: 2_000, failuresInWindow: 2 },
      { restart: true, afterMs: 4_000, failuresInWindow: 3 },
      { restart: true, afterMs: 8_000, failuresInWindow: 4 },
    ]);
  });

  it('gives up at the fifth failure within five minutes', () => {
    expect(decideRestart([0, minute, 2 * minute, 3 * minute, 4 * minute], policy)).toEqual({ restart: false, failuresInWindow: 5 });
  });

  it('forgets failures older than the window: a process that fails now and then is always started again', () => {
    const daily = Array.from({ length: 30 }, (_, day) => day * 24 * 60 * minute);
    expect(decideRestart(daily, policy)).toEqual({ restart: true, afterMs: 1_000, failuresInWindow: 1 });
    expect(decideRestart([0, minute, 2 * minute, 3 * minute, 5 * minute + 1], policy)).toEqual({ restart: true, afterMs: 8_000, failuresInWindow: 4 });
  });

  it('never waits more than a minute, however high the limit', () => {
    const failures = Array.from({ length: 12 }, (_, index) => index * 1_000);
    expect(decideRestart(failures, { limit: 100, windowMs: 60 * minute })).toEqual({ restart: true, afterMs: 60_000, failuresInWindow: 12 });
  });

  it('takes the limit and window it is given', () => {
    expect(decideRestart([0, 1_000], { limit: 2, windowMs: 10_000 })).toEqual({ restart: false, failuresInWindow: 2 });
    expect(decideRestart([0, 11_000], { limit: 2, windowMs: 10_000 })).toEqual({ restart: true, afterMs: 1_000, failuresInWindow: 1 });
  });
});
