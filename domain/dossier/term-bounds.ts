import type { CivilDate } from '../calendar/types';
import type { Regime } from '../procedure/types';
import { isMinorTrigger, type DossierState, type LegalReviewMark } from './state';

/** The bounds `months` lies outside, in words; undefined when within them. */
export function termOutsideBounds(state: DossierState, regime: Regime, months: number): string | undefined {
  const range = termRange(state, regime);
  return months < range.min || months > range.max ? `${range.min}–${range.max} tháng theo ${range.legalBasis}` : undefined;
}

export function termRange(state: DossierState, regime: Regime) {
  if (isMinorTrigger(state.trigger)) return state.priorPlacements > 0 ? regime.termMonths.minorRepeat : regime.termMonths.minor;
  return state.priorPlacements > 0 ? regime.termMonths.adultRepeat : regime.termMonths.adultFirst;
}


/** A term the clerk confirmed outside the table's bounds is kept as decided, and the dossier marked for a legal review. */
export function markTermOutsideBounds(
  state: DossierState,
  regime: Regime,
  action: LegalReviewMark['action'],
  months: number | undefined,
  reason: string | undefined,
  on: CivilDate,
): void {
  const outside = typeof months === 'number' ? termOutsideBounds(state, regime, months) : undefined;
  if (!outside || !reason) return;
  state.legalReview = [...(state.legalReview ?? []), { kind: 'term-outside-bounds', detail: `${String(months)} tháng, ngoài khung ${outside}`, reason, occurredOn: on, action }];
}
