import type { Sql } from 'postgres';
import { vietnameseDate } from '../domain/calendar/civil-date';
import { unitReferences } from '../domain/schemas/actions';
import { unitsByCode } from '../store/agencies';
import { ApiError } from './errors';

const kindLabels: Record<string, string> = {
  health_facility: 'cơ sở y tế',
  reviewer: 'cơ quan xem xét, đề nghị',
  court: 'Tòa án',
  centre: 'cơ sở cai nghiện',
  escort_police: 'cơ quan Công an tổ chức thi hành',
};

/**
 * A body that names a unit must name one that exists and is of the right kind: a dossier sent to a court that does
 * not exist would wait there forever, and no form could name its addressee. 422 with every wrong field. The unit must
 * also be in force on the event's day (`on`): a dossier of 2024 goes to the district Labour office and district court
 * of 2024, one of 2026 to the regional court, never the other way round.
 */
export async function checkUnitReferences(body: Record<string, unknown>, sql: Sql, on: string): Promise<void> {
  const named = Object.entries(unitReferences).flatMap(([field, kind]) => {
    const code = body[field];
    return typeof code === 'string' ? [{ field, kind, code }] : [];
  });
  const units = await unitsByCode(sql, named.map(({ code }) => code));
  const unknown: Array<{ path: string; message: string }> = [];
  const outOfForce: Array<{ path: string; message: string }> = [];
  for (const { field, kind, code } of named) {
    const unit = units.get(code);
    if (unit?.kind !== kind) {
      unknown.push({ path: field, message: unit ? `${code} không phải là ${kindLabels[kind]}` : `Không có đơn vị mã ${code}` });
    } else if ((unit.validFrom && unit.validFrom > on) || (unit.validTo && unit.validTo <= on)) {
      outOfForce.push({ path: field, message: `${unit.name} (${code}) không hoạt động vào ngày ${vietnameseDate(on)}: ${validity(unit.validFrom, unit.validTo)}` });
    }
  }
  if (unknown.length) {
    throw new ApiError(422, 'unknown-unit', 'Đơn vị được chỉ định không tồn tại hoặc không đúng loại.', 'A unit code in the body names no unit of the kind required.', { errors: unknown });
  }
  if (outOfForce.length) {
    throw new ApiError(
      422,
      'unit-not-in-force',
      `Đơn vị được chỉ định không hoạt động vào ngày của sự kiện: ${outOfForce.map((error) => error.message).join('; ')}.`,
      `A unit named in the body is not in force on ${on}, the event's date (occurredOn, or today).`,
      { errors: outOfForce },
    );
  }
}

function validity(from: string | null, to: string | null): string {
  if (from && to) return `hoạt động từ ngày ${vietnameseDate(from)} đến trước ngày ${vietnameseDate(to)}`;
  if (from) return `hoạt động từ ngày ${vietnameseDate(from)}`;
  return `thôi hoạt động từ ngày ${vietnameseDate(to ?? '')}`;
}
