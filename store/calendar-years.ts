import type { Sql, TransactionSql } from 'postgres';
import { publishedYears } from '../domain/calendar';
import type { CalendarYear } from '../domain/calendar/types';
import type { DossierState } from '../domain/dossier/state';

/** The calendar years in force: what administrators saved, over the schedules shipped with hoso. */
export async function loadCalendarYears(sql: Sql | TransactionSql): Promise<CalendarYear[]> {
  const rows = await sql<{ data: CalendarYear }[]>`SELECT data FROM calendar_years ORDER BY year`;
  return rows.map((row) => row.data);
}

/** Adds the shipped schedules for years nobody has saved yet; never overwrites an administrator's edit. */
export async function ensureShippedCalendarYears(sql: Sql): Promise<void> {
  for (const year of publishedYears) {
    await sql`
      INSERT INTO calendar_years (year, data, updated_by) VALUES (${year.year}, ${sql.json(year as never)}, 'hoso-release')
      ON CONFLICT (year) DO NOTHING`;
  }
}

export async function saveCalendarYear(sql: Sql | TransactionSql, year: CalendarYear, updatedBy: string): Promise<void> {
  await sql`
    INSERT INTO calendar_years (year, data, updated_by) VALUES (${year.year}, ${sql.json(year as never)}, ${updatedBy})
    ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_by = excluded.updated_by, updated_at = now()`;
}

/** The state of every dossier still running, as last projected: what a calendar change would reach. */
export async function runningDossierStates(sql: Sql): Promise<DossierState[]> {
  const rows = await sql<{ state: DossierState }[]>`SELECT state FROM dossiers WHERE step <> 'closed'`;
  return rows.map((row) => row.state);
}
