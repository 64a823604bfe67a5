import { unitReferences } from '../domain/schemas/actions';
import type { UnitTree } from '../store/unit-tree';
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
 * not exist would wait there forever, and no form could name its addressee. 422 with every wrong field.
 */
export async function checkUnitReferences(body: Record<string, unknown>, units: UnitTree): Promise<void> {
  const errors: Array<{ path: string; message: string }> = [];
  for (const [field, kind] of Object.entries(unitReferences)) {
    const code = body[field];
    if (typeof code !== 'string') continue;
    const actual = await units.kindOf(code);
    if (actual !== kind) {
      errors.push({ path: field, message: actual ? `${code} không phải là ${kindLabels[kind]}` : `Không có đơn vị mã ${code}` });
    }
  }
  if (errors.length) {
    throw new ApiError(422, 'unknown-unit', 'Đơn vị được chỉ định không tồn tại hoặc không đúng loại.', 'A unit code in the body names no unit of the kind required.', { errors });
  }
}
