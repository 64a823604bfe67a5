import { Router, type Request, type Response } from 'express';
import type { Sql } from 'postgres';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import {
  OverdueQuerySchema,
  PlanTargetBodySchema,
  PlanTargetPathSchema,
  PlanTargetsQuerySchema,
  StatsQuerySchema,
  type OverdueItem,
  type Stats,
} from '../../domain/schemas/supervision';
import { ageGroupLabels, ageGroups } from '../../domain/stats/age-groups';
import { periodEndingOn } from '../../domain/stats/period';
import { loadCalendarYears } from '../../store/calendar-years';
import { listPlanTargets, overdueBoard, savePlanTargets, supervisionStats, unitNamed } from '../../store/supervision';
import type { UnitTree } from '../../store/unit-tree';
import type { Guard, Reach } from '../access/guard';
import { principalOf } from '../auth/authenticate';
import { sendCsv, type CsvCell } from '../csv';
import { sendXlsx, XLSX_TYPE, type TableCell } from '../xlsx';
import { ApiError, notFound } from '../errors';
import { pageOf, parse } from '../parse';

export interface SupervisionRouteDeps {
  sql: Sql;
  guard: Guard;
  units: UnitTree;
}

/** A CSV export reads the whole board in pages of this many rows. */
const CSV_PAGE = 1000;

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * Supervision (issue 5, item 7): the overdue board, figures for a unit's area and period, and the plan targets
 * (chỉ tiêu) they are measured against. Each in JSON, the board and the figures also in CSV for Excel.
 */
export function supervisionRoutes({ sql, guard, units }: SupervisionRouteDeps): Router {
  const router = Router();

  /** The reach narrowed to a unit the caller asked for, which must lie within it: 403 otherwise. */
  async function narrowTo(reach: Reach, unitCode: string | undefined): Promise<Reach> {
    const { scope, principal } = reach;
    if (unitCode === undefined || (unitCode === principal.unitCode && (scope === 'unit' || scope === 'assigned'))) return reach;
    if (scope === 'unit' || scope === 'assigned' || (scope === 'area' && !reach.areaUnits?.includes(unitCode))) {
      throw new ApiError(403, 'unit-out-of-area', 'Đơn vị này không thuộc địa bàn của bạn.', `Unit ${unitCode} is outside the caller's area.`);
    }
    const below = await units.descendants(unitCode);
    if (!below.length) throw notFound();
    return { scope: 'area', principal, areaUnits: below };
  }

  /** A unit within reach (the caller's by default) and every unit below it. */
  async function areaOf(reach: Reach, unitCode: string): Promise<string[]> {
    return [...((await narrowTo(reach, unitCode)).areaUnits ?? (await units.descendants(unitCode)))];
  }

  router.get('/overdue', async (req, res) => {
    const principal = principalOf(res);
    const reach = await guard.reach('overdue.read', principal);
    const query = parse(OverdueQuerySchema, req.query);
    const scoped = await narrowTo(reach, query.unit);
    const now = new Date();
    const calendar = new WorkingCalendar(await loadCalendarYears(sql));
    const format = exportFormat(req, query.format);
    if (format === 'json') {
      res.json(await pageOf(() => overdueBoard(sql, scoped, query, now, calendar)));
      return;
    }
    const items: OverdueItem[] = [];
    for (let cursor: string | undefined; ; ) {
      const page = await pageOf(() => overdueBoard(sql, scoped, { step: query.step, limit: CSV_PAGE, cursor }, now, calendar));
      items.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    await sendTable(
      res,
      format,
      `Hồ sơ quá hạn ${civilDateAt(now)}`,
      ['Mã hồ sơ', 'Bước', 'Việc phải làm', 'Mã đơn vị phải xử lý', 'Đơn vị phải xử lý', 'Xã', 'Hạn xử lý', 'Số ngày làm việc quá hạn', 'Số ngày quá hạn', 'Quá hạn'],
      items.map((item) => [
        item.code,
        item.stepTitle,
        item.deadline,
        item.unit.code,
        item.unit.name,
        item.commune.name,
        vietnamWallClock(item.dueAt),
        item.overdueWorkingDays,
        item.overdueBy.days,
        item.overdueBy.text,
      ]),
    );
  });

  router.get('/stats', async (req, res) => {
    const principal = principalOf(res);
    const reach = await guard.reach('stats.read', principal);
    const query = parse(StatsQuerySchema, req.query);
    const unitCode = query.unit ?? principal.unitCode;
    const area = await areaOf(reach, unitCode);
    const unit = await unitNamed(sql, unitCode);
    if (!unit) throw notFound();
    const now = new Date();
    const period = query.from && query.to ? { from: query.from, to: query.to } : periodEndingOn(query.period ?? 'ytd', civilDateAt(now));
    const stats = await supervisionStats(sql, unit, area, period, now);
    const format = exportFormat(req, query.format);
    if (format !== 'json') {
      await sendTable(res, format, `Thống kê ${unit.name} ${period.from} ${period.to}`, ['Đơn vị', 'Từ ngày', 'Đến ngày', 'Chỉ số', 'Phân loại', 'Giá trị'], statsRows(stats));
      return;
    }
    res.json(stats);
  });

  router.get('/plan-targets', async (req, res) => {
    const principal = principalOf(res);
    // Targets are part of the figures: whoever reads the figures of an area reads its targets.
    const reach = await guard.reach('stats.read', principal);
    const query = parse(PlanTargetsQuerySchema, req.query);
    const unitCode = query.unit ?? principal.unitCode;
    const area = await areaOf(reach, unitCode);
    res.json({ items: await listPlanTargets(sql, area, query.year) });
  });

  router.put('/plan-targets/:unitCode/:year', async (req, res) => {
    const principal = principalOf(res);
    const reach = await guard.reach('plan-target.write', principal);
    const { unitCode, year } = parse(PlanTargetPathSchema, req.params);
    const body = parse(PlanTargetBodySchema, req.body);
    if (!(await units.kindOf(unitCode))) throw notFound();
    // A supervisor's plans are those of their area: 403 for a unit outside it.
    await narrowTo(reach, unitCode);
    await savePlanTargets(sql, unitCode, year, body, principal.userId);
    res.json({ items: await listPlanTargets(sql, [unitCode], year) });
  });

  return router;
}

type ExportFormat = 'json' | 'csv' | 'xlsx';

/** `?format=`, or else the type the Accept header prefers among JSON, CSV and Excel. */
function exportFormat(req: Request, format: ExportFormat | undefined): ExportFormat {
  if (format) return format;
  const accepted = req.accepts(['application/json', 'text/csv', XLSX_TYPE]);
  return accepted === 'text/csv' ? 'csv' : accepted === XLSX_TYPE ? 'xlsx' : 'json';
}

/** A table as a CSV or Excel attachment named in Vietnamese (`filename*` keeps the diacritics). */
async function sendTable(res: Response, format: 'csv' | 'xlsx', title: string, header: readonly string[], rows: readonly (readonly TableCell[])[]): Promise<void> {
  if (format === 'xlsx') return sendXlsx(res, `${title}.xlsx`, title, header, rows);
  sendCsv(res, `${title}.csv`, header, rows);
}

/** The instant as Vietnam's wall clock, in a Date whose UTC fields read it: a spreadsheet has no time zones. */
function vietnamWallClock(iso: string): Date {
  return new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
}

/** The figures as one row per number: unit, period, indicator, breakdown, value. */
function statsRows(stats: Stats): CsvCell[][] {
  const rows: [string, string, CsvCell][] = [
    ['Hồ sơ đề nghị được lập (theo ngày phát hiện)', 'Tổng số', stats.opened],
    ['Hồ sơ đề nghị được lập (theo ngày phát hiện)', 'Nam', stats.openedBySex.male],
    ['Hồ sơ đề nghị được lập (theo ngày phát hiện)', 'Nữ', stats.openedBySex.female],
    ...ageGroups.map((group): [string, string, CsvCell] => ['Hồ sơ đề nghị được lập (theo ngày phát hiện)', ageGroupLabels[group], stats.openedByAgeGroup[group]]),
    ...stats.atStep.map((row): [string, string, CsvCell] => ['Hồ sơ đang ở bước (hiện tại)', row.stepTitle, row.count]),
    ['Tiếp nhận vào cơ sở cai nghiện bắt buộc', 'Tổng số', stats.admitted],
    ['Trả hồ sơ để bổ sung', 'Tổng số', stats.returned.total],
    ['Trả hồ sơ để bổ sung', 'Cơ quan xem xét trả', stats.returned.byReviewer],
    ['Trả hồ sơ để bổ sung', 'Tòa án trả', stats.returned.byCourt],
    ['Tòa án quyết định không áp dụng biện pháp', 'Tổng số', stats.courtDidNotApply],
    ['Quá hạn', 'Phát sinh trong kỳ', stats.overdue.inPeriod],
    ['Quá hạn', 'Đang quá hạn (hiện tại)', stats.overdue.now],
    ...stats.stepDurations.map((row): [string, string, CsvCell] => ['Số ngày trung vị ở bước', row.stepTitle, row.medianDays]),
    ...stats.plan.flatMap((row): [string, string, CsvCell][] => [
      [`Kế hoạch năm ${row.year}: ${row.label}`, 'Chỉ tiêu', row.target],
      [`Kế hoạch năm ${row.year}: ${row.label}`, 'Thực hiện', row.actual],
      [`Kế hoạch năm ${row.year}: ${row.label}`, 'Tỷ lệ đạt (%)', row.percent],
    ]),
  ];
  return rows.map((row) => [stats.unit.name, stats.period.from, stats.period.to, ...row]);
}
