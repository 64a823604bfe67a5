import { Router } from 'express';
import type { Sql } from 'postgres';
import { ReviewLevelInputSchema } from '../../domain/schemas/review-levels';
import { unitCode } from '../../domain/schemas/common';
import { reviewLevelOf, saveReviewLevel } from '../../store/province-review-levels';
import type { UnitTree } from '../../store/unit-tree';
import type { Guard } from '../access/guard';
import { principalOf } from '../auth/authenticate';
import { ApiError } from '../errors';
import { parse } from '../parse';

/**
 * The province's reviewing level (docs/legal/README.md, "Reviewing level"): read by anyone signed in, since the
 * commune police's console offers the route it gives; switched by administrators, for dossiers opened from then on.
 */
export function provinceRoutes({ sql, guard, units }: { sql: Sql; guard: Guard; units: UnitTree }): Router {
  const router = Router();

  async function provinceOf(raw: unknown): Promise<string> {
    const code = parse(unitCode, raw);
    if ((await units.kindOf(code)) !== 'province') {
      throw new ApiError(404, 'not-found', 'Không có tỉnh, thành phố mã này.', `No province ${code}.`);
    }
    return code;
  }

  router.get('/:code/review-level', async (req, res) => {
    guard.scope('units.read', principalOf(res));
    res.json(await reviewLevelOf(sql, await provinceOf(req.params.code)));
  });

  router.put('/:code/review-level', async (req, res) => {
    const principal = principalOf(res);
    guard.scope('review-level.write', principal);
    const provinceCode = await provinceOf(req.params.code);
    const { reviewRequired, legalBasis } = parse(ReviewLevelInputSchema, req.body);
    await saveReviewLevel(sql, provinceCode, reviewRequired, legalBasis, principal.userId);
    res.json(await reviewLevelOf(sql, provinceCode));
  });

  return router;
}
