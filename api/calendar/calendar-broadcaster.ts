import { setTimeout as sleep } from 'node:timers/promises';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Sql } from 'postgres';
import { appliedCalendarYears } from '../../domain/calendar/applied-years';
import type { CalendarYear } from '../../domain/calendar/types';
import { loadCalendarYears } from '../../store/calendar-years';
import { calendarSignalsSent, dueCalendarSignals, postponeCalendarSignals, tryLockCalendarSignals } from '../../store/calendar-signals';
import { calendarChanged, workflowIdOf } from '../../workflows/messages';

/** Tells one dossier's workflow the calendar in force (its applied years). */
export type CalendarSignal = (dossierId: string, years: CalendarYear[]) => Promise<void>;

const SIGNAL_DEADLINE_MS = 10_000;
const PAGE_SIZE = 32;
const IDLE_POLL_MS = 2_000;
const MAX_PAUSE_MS = 60_000;

/** The `calendarChanged` signal through Temporal; a dossier whose workflow is gone has nothing left to be told. */
export function signalCalendarThrough(temporal: Client): CalendarSignal {
  return async (dossierId, years) => {
    const handle = temporal.workflow.getHandle(workflowIdOf(dossierId));
    try {
      await temporal.connection.withDeadline(Date.now() + SIGNAL_DEADLINE_MS, () => handle.signal(calendarChanged, { years }));
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  };
}

export interface CalendarBroadcasterDeps {
  sql: Sql;
  signal: CalendarSignal;
  report: (message: string, error?: unknown) => void;
}

/**
 * Sends the calendar signals that calendar saves queued (store/calendar-signals.ts), a page at a time, until none is
 * due: a dossier is crossed off once told, one whose signal failed is tried again later, and a process that stops
 * or crashes leaves the rest to the next one (docs/decisions/0002-procedure-engine.md).
 */
export function createCalendarBroadcaster({ sql, signal, report }: CalendarBroadcasterDeps) {
  const stopping = new AbortController();
  let running: Promise<void> | undefined;

  /** Sends one page; the number of dossiers it tried, 0 when none is due or another process holds the lock. */
  async function sendPage(): Promise<number> {
    return sql.begin(async (tx) => {
      if (!(await tryLockCalendarSignals(tx))) return 0;
      const due = await dueCalendarSignals(tx, PAGE_SIZE);
      if (!due.length) return 0;
      // Every save is either before the lock, and in these years, or waits for this page to be recorded. The
      // workflow is told only what deadlines count on, never a provisional day.
      const years = appliedCalendarYears(await loadCalendarYears(tx));
      const outcomes = await Promise.allSettled(due.map((dossierId) => signal(dossierId, years)));
      const sent = due.filter((_, index) => outcomes[index]?.status === 'fulfilled');
      const failed = due.filter((_, index) => outcomes[index]?.status === 'rejected');
      await calendarSignalsSent(tx, sent);
      await postponeCalendarSignals(tx, failed);
      const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failure) report(`calendar signal failed for ${failed.length} of ${due.length} dossiers; they are tried again later`, failure.reason);
      return due.length;
    });
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopping.signal.aborted) {
      let tried = 0;
      try {
        tried = await sendPage();
        failures = 0;
      } catch (error) {
        failures++;
        report('calendar broadcast paused: the queue could not be read', error);
      }
      if (tried) continue;
      const pause = failures ? Math.min(IDLE_POLL_MS * 2 ** failures, MAX_PAUSE_MS) : IDLE_POLL_MS;
      await sleep(pause, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  }

  return {
    start(): void {
      running ??= run();
    },
    /** Lets the page being sent finish; the rest waits in PostgreSQL. */
    async stop(): Promise<void> {
      stopping.abort();
      await running;
    },
  };
}

export type CalendarBroadcaster = ReturnType<typeof createCalendarBroadcaster>;
