import type { Sql } from 'postgres';
import type { ProvinceReviewLevel } from '../domain/schemas/review-levels';
import type { UnitTree } from './unit-tree';

/** The province's setting; without one, no reviewing level (the regimes' default, docs/legal/README.md). */
export async function reviewLevelOf(sql: Sql, provinceCode: string): Promise<ProvinceReviewLevel> {
  const [row] = await sql<{ review_required: boolean; legal_basis: string; updated_by: string; updated_at: Date }[]>`
    SELECT review_required, legal_basis, updated_by, updated_at FROM province_review_levels WHERE province_code = ${provinceCode}`;
  if (!row) return { provinceCode, reviewRequired: false, legalBasis: null, updatedBy: null, updatedAt: null };
  return {
    provinceCode,
    reviewRequired: row.review_required,
    legalBasis: row.legal_basis,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function saveReviewLevel(sql: Sql, provinceCode: string, reviewRequired: boolean, legalBasis: string, updatedBy: string): Promise<void> {
  await sql`
    INSERT INTO province_review_levels (province_code, review_required, legal_basis, updated_by)
    VALUES (${provinceCode}, ${reviewRequired}, ${legalBasis}, ${updatedBy})
    ON CONFLICT (province_code) DO UPDATE
      SET review_required = excluded.review_required, legal_basis = excluded.legal_basis,
          updated_by = excluded.updated_by, updated_at = now()`;
}

/** Whether the province a unit lies in has switched a reviewing level on: what a dossier opened there records. */
export async function provincialReviewAt(sql: Sql, units: UnitTree, unitCode: string): Promise<boolean> {
  for (const code of await units.ancestry(unitCode)) {
    if ((await units.kindOf(code)) === 'province') return (await reviewLevelOf(sql, code)).reviewRequired;
  }
  return false;
}
