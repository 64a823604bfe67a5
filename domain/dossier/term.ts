import { addMonths, addDays, daysBetween } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import { getRegime } from '../procedure';
import type { DossierState, Interval } from './state';

/**
 * When the measure ends (Luật XLVPHC art. 95; NĐ 116 art. 44(3), 58): admission + ordered months − reductions
 * − days held at a facility under temporary management + days away after absconding + days suspended for treatment,
 * unless the regime counts those toward the term (Luật 120/2025 art. 39(3)). Undefined while not admitted, or while
 * an interruption that does not count is still open (the end is not yet known).
 */
export function termEnd(state: DossierState): CivilDate | undefined {
  const admittedOn = state.anchors.admitted;
  const months = state.decision?.months;
  if (!admittedOn || !months) return undefined;
  const { countsTowardTerm } = getRegime(state.regimeId).suspension;
  const interruptions = [...(countsTowardTerm ? [] : state.suspensions), ...state.absences];
  if (interruptions.some((interval) => !interval.endedOn)) return undefined;
  const interruptedDays = interruptions.reduce((sum, interval) => sum + daysBetween(interval.startedOn, interval.endedOn as CivilDate), 0);
  return addDays(addMonths(admittedOn, months - state.reductionMonths), interruptedDays - facilityManagementDays(state));
}

/** Days managed at a facility while the procedure ran: deducted from the term (NĐ 116 art. 44(3)). */
export function facilityManagementDays(state: DossierState): number {
  const management = state.temporaryManagement;
  const until = state.anchors.escorted ?? state.anchors.admitted;
  if (management?.form !== 'facility' || !until) return 0;
  return Math.max(0, daysBetween(management.since, until));
}

/** A reduction may be granted once half of the term has been served. */
export function halfServedOn(state: DossierState): CivilDate | undefined {
  const admittedOn = state.anchors.admitted;
  const months = state.decision?.months;
  if (!admittedOn || !months) return undefined;
  // Half of an odd number of months ends 15 days into the middle month.
  return addDays(addMonths(admittedOn, Math.floor(months / 2)), months % 2 ? 15 : 0);
}

export function openInterval(intervals: readonly Interval[]): Interval | undefined {
  return intervals.find((interval) => !interval.endedOn);
}
