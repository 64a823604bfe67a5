import { Router } from 'express';
import type { Sql, TransactionSql } from 'postgres';
import { z } from 'zod';
import { confirmProvisionalDay, validateCalendarYear, WorkingCalendar } from '../../domain/calendar';
import type { CalendarYear } from '../../domain/calendar/types';
import { CalendarYearSchema, ProvisionalDayConfirmationSchema } from '../../domain/schemas/calendar';
import { civilDate } from '../../domain/schemas/common';
import { loadCalendarYears, runningDossierStates, saveCalendarYear } from '../../store/calendar-years';
import { lockCalendarSignals, queueCalendarSignals } from '../../store/calendar-signals';
import { deadlinesMoved } from '../../domain/calendar/deadlines-moved';
import type { Guard } from '../access/guard';
import { principalOf } from '../auth/authenticate';
import { ApiError, validationError } from '../errors';

export interface CalendarRouteDeps {
  sql: Sql;
  guard: Guard;
}

const Year = z.coerce.number().int().min(2000).max(2100);

/** The working-day calendar: read by anyone signed in, changed by administrators without a deploy. */
export function calendarRoutes({ sql, guard }: CalendarRouteDeps): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    guard.scope('calendar.read', principalOf(res));
    const years = await loadCalendarYears(sql);
    res.json({ version: new WorkingCalendar(years).version, years });
  });

  /** The year of the path with the body, checked as a whole; 422 with each problem otherwise. */
  function yearOf(params: unknown, raw: unknown): CalendarYear {
    const yearNumber = Year.safeParse(params);
    if (!yearNumber.success) throw validationError(yearNumber.error);
    const body = CalendarYearSchema.safeParse(raw);
    if (!body.success) throw validationError(body.error);
    const year: CalendarYear = { year: yearNumber.data, ...body.data };
    const problems = validateCalendarYear(year);
    if (problems.length) {
      throw new ApiError(422, 'invalid-calendar', 'Lịch ngày làm việc không hợp lệ.', problems.join('; '), { errors: problems });
    }
    return year;
  }

  // What saving the year would do to the dossiers running now, without saving it: the editor shows it first.
  router.post('/:year/preview', async (req, res) => {
    guard.scope('calendar.write', principalOf(res));
    const year = yearOf(req.params.year, req.body);
    const current = await loadCalendarYears(sql);
    const after = [...current.filter((candidate) => candidate.year !== year.year), year];
    const moved = deadlinesMoved(await runningDossierStates(sql), new WorkingCalendar(current), new WorkingCalendar(after));
    res.json({ deadlinesMoved: moved.length, dossiers: new Set(moved.map((deadline) => deadline.dossierId)).size, examples: moved.slice(0, 20) });
  });

  // Saved with the signal to every open dossier queued in the same transaction; the API's calendar broadcaster
  // (api/calendar/calendar-broadcaster.ts) sends them within seconds, and resumes after any failure. Under the lock.
  async function saveAndTell(tx: TransactionSql, year: CalendarYear, savedBy: string) {
    await saveCalendarYear(tx, year, savedBy);
    const version = new WorkingCalendar(await loadCalendarYears(tx)).version;
    return { version, year, dossiersNotified: await queueCalendarSignals(tx, version, savedBy) };
  }

  router.put('/:year', async (req, res) => {
    const actor = principalOf(res);
    guard.scope('calendar.write', actor);
    const year = yearOf(req.params.year, req.body);
    res.json(
      await sql.begin(async (tx) => {
        await lockCalendarSignals(tx);
        return saveAndTell(tx, year, actor.userId);
      }),
    );
  });

  // A provisional day (announced, not binding) becomes a day off only once an administrator names the instrument
  // that makes it one; then it is applied like any other edit, and running deadlines move.
  router.post('/:year/days/:date/confirm', async (req, res) => {
    const actor = principalOf(res);
    guard.scope('calendar.write', actor);
    const yearNumber = Year.safeParse(req.params.year);
    if (!yearNumber.success) throw validationError(yearNumber.error);
    const date = civilDate.safeParse(req.params.date);
    if (!date.success) throw validationError(date.error);
    const body = ProvisionalDayConfirmationSchema.safeParse(req.body);
    if (!body.success) throw validationError(body.error);
    const source = `${body.data.instrument} — ${body.data.reference}`;
    res.json(
      await sql.begin(async (tx) => {
        await lockCalendarSignals(tx);
        const stored = (await loadCalendarYears(tx)).find((candidate) => candidate.year === yearNumber.data);
        const confirmed = stored && confirmProvisionalDay(stored, date.data, source);
        if (!confirmed) {
          throw new ApiError(404, 'provisional-day-not-found', 'Không có ngày tạm tính này để xác nhận.', `Lịch năm ${yearNumber.data} không có ngày tạm tính ${date.data}.`);
        }
        return saveAndTell(tx, confirmed, actor.userId);
      }),
    );
  });

  return router;
}
