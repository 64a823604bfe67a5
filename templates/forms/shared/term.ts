/**
 * The term of compulsory rehabilitation a proposal or decision may name, in months. The regime table bounds what
 * hoso proposes; a court's term is printed as the court ordered it, even outside those bounds (docs/legal/README.md,
 * "Decisions outside the table's bounds": 24/36 months for adults and minors alike under Luật 120/2025/QH15). The
 * form refuses only what no decision could say, as the action's schema does (`courtMonths`).
 */
import { z } from 'zod';
import { numberInWords } from './dates';

export const TERM_BOUNDS = { min: 1, max: 60 } as const;

export function checkTerm(months: number, ctx: z.RefinementCtx, path: (string | number)[]): void {
  if (months < TERM_BOUNDS.min || months > TERM_BOUNDS.max) {
    ctx.addIssue({ code: 'custom', path, message: `a term of ${months} months is outside ${TERM_BOUNDS.min}–${TERM_BOUNDS.max} months` });
  }
}

/** "24 (hai mươi bốn) tháng" */
export function formatMonths(months: number): string {
  return `${months < 10 ? `0${months}` : months} (${numberInWords(months)}) tháng`;
}
