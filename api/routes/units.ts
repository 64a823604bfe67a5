import { Router } from 'express';
import type { Sql } from 'postgres';
import { agencyKinds, agencyParentKinds, AgencyInputSchema, AgencyPatchSchema, UnitQuerySchema } from '../../domain/schemas/units';
import { unitCode } from '../../domain/schemas/common';
import { listUnits, type UnitListing } from '../../store/admin-units';
import { createAgency, unitByCode, updateAgency } from '../../store/agencies';
import type { Guard } from '../access/guard';
import { describeForAudit } from '../audit/audit-trail';
import { principalOf } from '../auth/authenticate';
import { ApiError, notFound } from '../errors';
import { parse, parsePrintable } from '../parse';

const isAgencyKind = (kind: string) => (agencyKinds as readonly string[]).includes(kind);

/**
 * GET /api/v1/units: administrative units and agencies, for pickers (reference data, no personal data). Administrators
 * add and edit the agencies (POST, PATCH); the official administrative units come only from the GSO dataset
 * (docs/decisions/0005-administrative-units.md), so the next refresh never undoes or fights an edit.
 */
export function unitRoutes({ sql, guard }: { sql: Sql; guard: Guard }): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    guard.scope('units.read', principalOf(res));
    const { parent, kind, q, includeAbolished, validOn, limit } = parse(UnitQuerySchema, req.query);
    const items = await listUnits(sql, {
      limit,
      ...(parent ? { parentCode: parent } : {}),
      ...(kind ? { kind } : {}),
      ...(q ? { q } : {}),
      ...(includeAbolished ? { includeAbolished } : {}),
      ...(validOn ? { validOn } : {}),
    });
    res.json({ items });
  });

  /** 422 unless the parent is a province, district or commune: an agency sits in one. */
  async function checkParent(parentCode: string): Promise<void> {
    const parent = await unitByCode(sql, parentCode);
    if (!parent || !(agencyParentKinds as readonly string[]).includes(parent.kind)) {
      throw new ApiError(422, 'invalid-data', 'Dữ liệu không hợp lệ.', `No province, district or commune ${parentCode}.`, {
        errors: [{ path: 'parentCode', message: parent ? `${parentCode} không phải là tỉnh, huyện hoặc xã` : `Không có đơn vị mã ${parentCode}` }],
      });
    }
  }

  router.post('/', async (req, res) => {
    guard.scope('units.write', principalOf(res));
    const agency = parsePrintable(AgencyInputSchema, req.body);
    describeForAudit(res, { action: 'unit.create', target: agency.code, details: { kind: agency.kind } });
    const existing = await unitByCode(sql, agency.code);
    if (existing) throw unitExists(existing);
    await checkParent(agency.parentCode);
    if (!(await createAgency(sql, agency))) throw unitExists(agency);
    res.status(201).location(`${req.baseUrl}/${agency.code}`).json(await unitByCode(sql, agency.code));
  });

  router.patch('/:code', async (req, res) => {
    guard.scope('units.write', principalOf(res));
    const code = parse(unitCode, req.params.code);
    describeForAudit(res, { action: 'unit.update', target: code });
    const unit = await unitByCode(sql, code);
    if (!unit) throw notFound();
    if (unit.official || !isAgencyKind(unit.kind)) {
      throw new ApiError(
        409,
        'official-unit-readonly',
        `${unit.name} là đơn vị hành chính: được cập nhật theo danh mục của Tổng cục Thống kê, không sửa tại đây.`,
        'Administrative units come from the GSO dataset (or the demo data); only agencies are edited through the API.',
      );
    }
    const patch = parsePrintable(AgencyPatchSchema, req.body);
    const validFrom = patch.validFrom === undefined ? unit.validFrom : patch.validFrom;
    const validTo = patch.validTo === undefined ? unit.validTo : patch.validTo;
    if (validFrom && validTo && validFrom >= validTo) {
      throw new ApiError(422, 'invalid-data', 'Dữ liệu không hợp lệ.', `valid_from ${validFrom} is not before valid_to ${validTo}.`, {
        errors: [{ path: 'validTo', message: 'Ngày thôi hoạt động phải sau ngày bắt đầu hoạt động' }],
      });
    }
    if (patch.parentCode !== undefined) await checkParent(patch.parentCode);
    await updateAgency(sql, code, patch);
    res.json(await unitByCode(sql, code));
  });

  return router;
}

function unitExists(unit: Pick<UnitListing, 'code'>): ApiError {
  return new ApiError(409, 'unit-exists', `Đã có đơn vị mã ${unit.code}.`, `A unit with code ${unit.code} exists.`);
}
