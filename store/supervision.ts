import type { Sql } from 'postgres';
import type { Reach } from '../api/access/guard';
import { getRegime, regimeInForce, regimes, type RegimeId, type StepId } from '../domain/procedure';
import type { OverdueItem, OverduePage, PlanProgress, PlanTarget, PlanTargetBody, Stats } from '../domain/schemas/supervision';
import { ageGroupOf, ageGroups, type AgeGroup } from '../domain/stats/age-groups';
import { civilDateAt } from '../domain/calendar/civil-date';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { countdownOf } from '../domain/dossier/countdown';
import { latenessOf } from '../domain/stats/lateness';
import { yearsOf, type Period } from '../domain/stats/period';
import { planMetricLabels, planMetrics, percentOfTarget, type PlanMetric } from '../domain/stats/plan';
import { DossierIdSchema } from '../domain/dossier/dossier-id';
import { DeadlineIdKey, decodeCursor, encodeCursor, TimestampKey } from './keyset';

interface OverdueRow {
  dossierId: string;
  code: string;
  regimeId: RegimeId;
  step: StepId;
  deadlineId: string;
  unitCode: string;
  unitName: string;
  communeCode: string;
  communeName: string;
  dueAt: Date;
  /**
   * due_at as Postgres writes it, microseconds and all, for the cursor: a JavaScript Date (and postgres.js
   * serializing a timestamptz parameter, hence `::text::timestamptz`) would cut it to milliseconds.
   */
  dueKey: string;
}

/**
 * Above this many units an area is national rather than provincial (the largest province has a few hundred
 * communes): its overdue deadlines are most of the country's, so reading them in due order finds a page at once.
 */
const WIDE_AREA_UNITS = 1000;

/**
 * The office deadlines past due that a reach covers, most overdue first, by keyset (due_at, dossier, deadline).
 * `unit` scope: what the caller's unit must do; `area`: every deadline of the area's communes or owed by its units.
 */
export async function overdueBoard(
  sql: Sql,
  reach: Reach,
  query: { step?: StepId | undefined; limit: number; cursor?: string | undefined },
  now: Date,
  calendar: WorkingCalendar,
): Promise<OverduePage> {
  const after = query.cursor ? decodeCursor(query.cursor, [TimestampKey, DossierIdSchema, DeadlineIdKey]) : undefined;
  const pending = (owners: ReturnType<Sql>) => sql`
    SELECT w.dossier_id, w.deadline_id, w.due_at FROM dossier_waits w
    WHERE ${owners} AND w.due_at < ${now}
      ${query.step ? sql`AND w.step = ${query.step}` : sql``}
      ${after ? sql`AND (w.due_at, w.dossier_id, w.deadline_id) > (${after[0]}::text::timestamptz, ${after[1]}::uuid, ${after[2]})` : sql``}`;
  const area = reach.scope === 'area' ? ((reach.areaUnits ?? []) as string[]) : [];
  // A province's deadlines are found through the commune and unit indexes (index-only, db/migrations/007);
  // scanning the whole country's in due order for them would read ~30 times the page.
  const owed =
    reach.scope === 'all' || area.length > WIDE_AREA_UNITS
      ? pending(reach.scope === 'all' ? sql`true` : sql`(w.commune_code = ANY(${area}) OR w.unit_code = ANY(${area}))`)
      : reach.scope === 'area'
        ? sql`${pending(sql`w.commune_code = ANY(${area})`)} UNION ${pending(sql`w.unit_code = ANY(${area})`)}`
        : pending(sql`w.unit_code = ${reach.principal.unitCode}`);
  const rows = await sql<OverdueRow[]>`
    WITH owed AS (${owed})
    SELECT w.dossier_id AS "dossierId", d.code, d.regime_id AS "regimeId", w.step, w.deadline_id AS "deadlineId",
           w.unit_code AS "unitCode", coalesce(u.name, w.unit_code) AS "unitName",
           w.commune_code AS "communeCode", coalesce(c.name, w.commune_code) AS "communeName", w.due_at AS "dueAt",
           w.due_at::text AS "dueKey"
    FROM (SELECT * FROM owed ORDER BY due_at, dossier_id, deadline_id LIMIT ${query.limit + 1}) o
    JOIN dossier_waits w ON w.dossier_id = o.dossier_id AND w.deadline_id = o.deadline_id
    JOIN dossiers d ON d.id = w.dossier_id
    LEFT JOIN units u ON u.code = w.unit_code
    LEFT JOIN units c ON c.code = w.commune_code
    ORDER BY w.due_at, w.dossier_id, w.deadline_id`;
  const items = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? items[items.length - 1] : undefined;
  return {
    items: items.map((row) => overdueItemOf(row, now, calendar)),
    nextCursor: last ? encodeCursor([last.dueKey, last.dossierId, last.deadlineId]) : null,
  };
}

function overdueItemOf(row: OverdueRow, now: Date, calendar: WorkingCalendar): OverdueItem {
  const step = getRegime(row.regimeId).steps[row.step];
  return {
    dossierId: row.dossierId,
    code: row.code,
    step: row.step,
    stepTitle: step.title,
    deadlineId: row.deadlineId,
    deadline: step.deadlines.find((rule) => rule.id === row.deadlineId)?.description ?? row.deadlineId,
    unit: { code: row.unitCode, name: row.unitName },
    commune: { code: row.communeCode, name: row.communeName },
    dueAt: row.dueAt.toISOString(),
    // As the dossier page counts it (domain/dossier/countdown.ts); 0 while the due day itself has not ended.
    overdueWorkingDays: countdownOf(calendar, civilDateAt(row.dueAt), civilDateAt(now)).overdueWorkingDays ?? 0,
    overdueBy: latenessOf(row.dueAt, now),
  };
}

export async function unitNamed(sql: Sql, code: string): Promise<{ code: string; name: string } | undefined> {
  const [unit] = await sql<{ code: string; name: string }[]>`SELECT code, name FROM units WHERE code = ${code}`;
  return unit;
}

/** Actions the report counts, as the timeline records them (details carry the action's body). */
const countedActions = ['admit', 'return-for-supplementation', 'court-return', 'court-decide'];

/**
 * Supervision figures for the dossiers opened in the communes of `area` (a unit and every unit below it).
 * Period counts go by legal dates: the detection date for openings, the event's date for the rest.
 */
export async function supervisionStats(
  sql: Sql,
  unit: { code: string; name: string },
  area: readonly string[],
  period: Period,
  now: Date,
): Promise<Stats> {
  const communes = area as string[];
  const { from, to } = period;
  const years = yearsOf(period);
  const yearsFrom = `${years[0]}-01-01`;
  const yearsTo = `${years[years.length - 1]}-12-31`;

  const [openedRows, stepRows, [events], [overdueNow], durationRows, actualRows, targetRows] = await Promise.all([
    sql<{ sex: 'male' | 'female'; age: number; count: number }[]>`
      SELECT d.subject_sex AS sex, date_part('year', age(d.detected_on, d.subject_birth))::int AS age, count(*)::int AS count
      FROM dossiers d
      WHERE d.commune_code = ANY(${communes}) AND d.detected_on BETWEEN ${from} AND ${to}
      GROUP BY 1, 2`,
    sql<{ step: StepId; count: number }[]>`
      SELECT d.step, count(*)::int AS count FROM dossiers d
      WHERE d.commune_code = ANY(${communes}) AND d.step <> 'closed'
      GROUP BY d.step`,
    sql<{ admitted: number; returnedByReviewer: number; returnedByCourt: number; courtDidNotApply: number; overdue: number }[]>`
      SELECT count(*) FILTER (WHERE e.action = 'admit')::int AS admitted,
             count(*) FILTER (WHERE e.action = 'return-for-supplementation')::int AS "returnedByReviewer",
             count(*) FILTER (WHERE e.action = 'court-return')::int AS "returnedByCourt",
             count(*) FILTER (WHERE e.action = 'court-decide' AND e.details ->> 'outcome' = 'not-apply')::int AS "courtDidNotApply",
             count(*) FILTER (WHERE e.kind = 'overdue')::int AS overdue
      FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.commune_code = ANY(${communes}) AND e.occurred_on BETWEEN ${from} AND ${to}
        AND (e.action = ANY(${countedActions}) OR e.kind = 'overdue')`,
    sql<{ count: number }[]>`
      SELECT count(*)::int AS count FROM dossier_waits w WHERE w.commune_code = ANY(${communes}) AND w.due_at < ${now}`,
    // A step is entered by the event that moves the dossier into it and left by the next one that moves it on.
    sql<{ step: StepId; completed: number; medianDays: number }[]>`
      WITH moves AS (
        SELECT e.step_before, e.occurred_on,
               lag(e.occurred_on) OVER (PARTITION BY e.dossier_id ORDER BY e.seq) AS entered_on
        FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.commune_code = ANY(${communes}) AND e.occurred_on <= ${to}
          AND (e.step_before <> e.step_after OR e.kind = 'opened')
      )
      SELECT step_before AS step, count(*)::int AS completed,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY occurred_on - entered_on) AS "medianDays"
      FROM moves WHERE entered_on IS NOT NULL AND occurred_on >= ${from}
      GROUP BY step_before`,
    sql<{ metric: PlanMetric; year: number; count: number }[]>`
      SELECT 'opened' AS metric, date_part('year', d.detected_on)::int AS year, count(*)::int AS count
      FROM dossiers d
      WHERE d.commune_code = ANY(${communes}) AND d.detected_on BETWEEN ${yearsFrom} AND ${yearsTo}
      GROUP BY 2
      UNION ALL
      SELECT 'admitted', date_part('year', e.occurred_on)::int, count(*)::int
      FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.commune_code = ANY(${communes}) AND e.action = 'admit' AND e.occurred_on BETWEEN ${yearsFrom} AND ${yearsTo}
      GROUP BY 2`,
    sql<{ metric: PlanMetric; year: number; target: number; note: string | null }[]>`
      SELECT metric, year, target, note FROM plan_targets
      WHERE unit_code = ${unit.code} AND year BETWEEN ${years[0] as number} AND ${years[years.length - 1] as number}`,
  ]);

  const titleOf = stepTitles(to);
  const breakdown = ageGroups.flatMap((ageGroup) => (['male', 'female'] as const).map((sex) => ({ sex, ageGroup, count: 0 })));
  for (const row of openedRows) {
    const cell = breakdown.find((entry) => entry.sex === row.sex && entry.ageGroup === ageGroupOf(row.age));
    if (cell) cell.count += row.count;
  }
  const sum = (match: (entry: (typeof breakdown)[number]) => boolean) =>
    breakdown.filter(match).reduce((total, entry) => total + entry.count, 0);
  const counts = events ?? { admitted: 0, returnedByReviewer: 0, returnedByCourt: 0, courtDidNotApply: 0, overdue: 0 };

  return {
    unit,
    period,
    opened: sum(() => true),
    openedBySex: { male: sum((entry) => entry.sex === 'male'), female: sum((entry) => entry.sex === 'female') },
    openedByAgeGroup: Object.fromEntries(ageGroups.map((group) => [group, sum((entry) => entry.ageGroup === group)])) as Record<AgeGroup, number>,
    openedBySexAndAgeGroup: breakdown,
    atStep: inStepOrder(stepRows).map((row) => ({ step: row.step, stepTitle: titleOf(row.step), count: row.count })),
    admitted: counts.admitted,
    returned: {
      total: counts.returnedByReviewer + counts.returnedByCourt,
      byReviewer: counts.returnedByReviewer,
      byCourt: counts.returnedByCourt,
    },
    courtDidNotApply: counts.courtDidNotApply,
    overdue: { inPeriod: counts.overdue, now: overdueNow?.count ?? 0 },
    stepDurations: inStepOrder(durationRows).map((row) => ({
      step: row.step,
      stepTitle: titleOf(row.step),
      completed: row.completed,
      medianDays: row.medianDays,
    })),
    plan: years.flatMap((year) =>
      planMetrics.map((metric): PlanProgress => {
        const target = targetRows.find((row) => row.year === year && row.metric === metric);
        const actual = actualRows.find((row) => row.year === year && row.metric === metric)?.count ?? 0;
        return {
          year,
          metric,
          label: planMetricLabels[metric],
          target: target?.target ?? null,
          actual,
          percent: target ? percentOfTarget(actual, target.target) : null,
          note: target?.note ?? null,
        };
      }),
    ),
  };
}

/** Step titles as the regime in force at the end of the period words them. */
function stepTitles(on: string): (step: StepId) => string {
  const regime = regimeInForce(on) ?? regimes['2022'];
  return (step) => regime.steps[step].title;
}

function inStepOrder<T extends { step: StepId }>(rows: readonly T[]): T[] {
  const order = Object.keys(regimes['2022'].steps);
  return [...rows].sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step));
}

/** The targets of the given units, optionally of one year. */
export async function listPlanTargets(sql: Sql, units: readonly string[], year?: number): Promise<PlanTarget[]> {
  const rows = await sql<{ unitCode: string; unitName: string; year: number; metric: PlanMetric; target: number; note: string | null; updatedBy: string; updatedAt: Date }[]>`
    SELECT t.unit_code AS "unitCode", u.name AS "unitName", t.year, t.metric, t.target, t.note,
           t.updated_by AS "updatedBy", t.updated_at AS "updatedAt"
    FROM plan_targets t JOIN units u ON u.code = t.unit_code
    WHERE t.unit_code = ANY(${units as string[]}) ${year ? sql`AND t.year = ${year}` : sql``}
    ORDER BY t.year DESC, t.unit_code, t.metric`;
  return rows.map((row) => ({
    unit: { code: row.unitCode, name: row.unitName },
    year: row.year,
    metric: row.metric,
    target: row.target,
    note: row.note,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** Replaces a unit's targets for a year with the plan's: a metric the body leaves out loses its target. */
export async function savePlanTargets(sql: Sql, unitCode: string, year: number, body: PlanTargetBody, userId: string): Promise<void> {
  const rows = planMetrics.flatMap((metric) => {
    const target = body.targets[metric];
    return target === undefined ? [] : [{ unit_code: unitCode, year, metric, target, note: body.note ?? null, updated_by: userId }];
  });
  await sql.begin(async (tx) => {
    // One replacement of a unit's year at a time: two at once would both delete, then collide on insert.
    await tx`SELECT pg_advisory_xact_lock(hashtext('plan_targets'), hashtext(${`${unitCode}/${year}`}))`;
    await tx`DELETE FROM plan_targets WHERE unit_code = ${unitCode} AND year = ${year}`;
    if (rows.length) await tx`INSERT INTO plan_targets ${tx(rows)}`;
  });
}
