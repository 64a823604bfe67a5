/**
 * The term of compulsory rehabilitation a proposal or decision may name, in months. The bounds
 * bracket every regime hoso supports: adults 12–24 months (Luật XLVPHC Điều 95) and 24 or 36 from
 * 01/07/2026 (Luật 120/2025/QH15 [U]), so 12–36; minors 6–12 months [U]. The regime table decides
 * the exact figure; the form only refuses what no regime allows.
 */
import { z } from 'zod';
import { numberInWords } from './dates';
import type { AgeGroup } from './person';

export const TERM_BOUNDS: Readonly<Record<AgeGroup, { min: number; max: number }>> = {
  adult: { min: 12, max: 36 },
  minor: { min: 6, max: 12 },
};

export function checkTerm(months: number, ageGroup: AgeGroup, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const { min, max } = TERM_BOUNDS[ageGroup];
  if (months < min || months > max) {
    ctx.addIssue({ code: 'custom', path, message: `a term of ${months} months is outside ${min}–${max} months for ${ageGroup === 'adult' ? 'an adult' : 'a person under 18'}` });
  }
}

/** "24 (hai mươi bốn) tháng" */
export function formatMonths(months: number): string {
  return `${months < 10 ? `0${months}` : months} (${numberInWords(months)}) tháng`;
}
