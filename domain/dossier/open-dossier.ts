import { civilDateAt } from '../calendar/civil-date';
import type { CivilDate } from '../calendar/types';
import { getRegime, regimeInForce } from '../procedure';
import type { RegimeId } from '../procedure/types';
import type { Actor, DossierState, Subject, Trigger, VoluntaryRehabCase } from './state';

export interface DossierOpening {
  dossierId: string;
  code: string;
  regimeId: RegimeId;
  regimeOverrideReason?: string;
  subject: Subject;
  trigger: Trigger;
  detectedOn: CivilDate;
  communeCode: string;
  priorMeasures?: string;
  /** Earlier compulsory-rehab placements of the person, as the opening officer established them. */
  priorPlacements: number;
  voluntaryRehabCase?: VoluntaryRehabCase;
  /** The province has switched on a reviewing level (read from its setting by whoever opens the dossier). */
  provincialReview: boolean;
  previousDossierId?: string;
  openedBy: Actor;
}

/** The `intake` step: a case opened on detection moves straight to addiction determination. */
export function openDossier(opening: DossierOpening, now: Date): DossierState {
  return {
    dossierId: opening.dossierId,
    code: opening.code,
    regimeId: opening.regimeId,
    version: 1,
    step: 'determination',
    openedAt: now.toISOString(),
    detectedOn: opening.detectedOn,
    trigger: opening.trigger,
    subject: opening.subject,
    ...(opening.priorMeasures ? { priorMeasures: opening.priorMeasures } : {}),
    ...(opening.previousDossierId ? { previousDossierId: opening.previousDossierId } : {}),
    priorPlacements: opening.priorPlacements,
    ...(opening.voluntaryRehabCase ? { voluntaryRehabCase: opening.voluntaryRehabCase } : {}),
    reviewRequired: getRegime(opening.regimeId).reviewingLevel.kind === 'required' || opening.provincialReview,
    units: { commune: opening.communeCode },
    anchors: {},
    lapsed: [],
    violationRecorded: false,
    subjectNotified: false,
    readingRecorded: false,
    returnsForSupplementation: 0,
    courtSuspended: false,
    extendedDeadlines: [],
    pauses: [],
    suspensions: [],
    absences: [],
    reductionMonths: 0,
    electronicMonitoring: false,
    overdue: [],
    reminded: [],
    timeline: [
      {
        seq: 1,
        kind: 'opened',
        stepBefore: 'intake',
        stepAfter: 'determination',
        actor: opening.openedBy,
        occurredOn: opening.detectedOn,
        recordedAt: now.toISOString(),
        details: opening.regimeOverrideReason
          ? { regimeId: opening.regimeId, regimeOverrideReason: opening.regimeOverrideReason }
          : { regimeId: opening.regimeId },
      },
    ],
    documents: [],
  };
}

/** Shown on forms and to users; carries no personal data. */
export function dossierCode(dossierId: string, detectedOn: CivilDate): string {
  return `HS-${detectedOn.slice(0, 4)}-${dossierId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

export function ageOn(dateOfBirth: CivilDate, on: CivilDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function todayInVietnam(now: Date): CivilDate {
  return civilDateAt(now);
}

/**
 * The opening of the dossier a relapse during post-rehab brings: same person, trigger art. 32(4), regime in force then,
 * and the province's reviewing level as it is then (not the earlier dossier's route, which a `2022` review required).
 */
export function relapseOpening(
  previous: DossierState,
  dossierId: string,
  detectedOn: CivilDate,
  openedBy: Actor,
  provincialReview: boolean,
): DossierOpening | undefined {
  const regime = regimeInForce(detectedOn);
  if (!regime) return undefined;
  return {
    dossierId,
    code: dossierCode(dossierId, detectedOn),
    regimeId: regime.id,
    subject: previous.subject,
    trigger: 'art32-d',
    detectedOn,
    communeCode: previous.units.commune,
    // The earlier dossier ran its term: one placement more than it knew of.
    priorPlacements: previous.priorPlacements + 1,
    provincialReview,
    previousDossierId: previous.dossierId,
    openedBy,
  };
}

/** Records which dossier the relapse opened. */
export function linkNextDossier(state: DossierState, nextDossierId: string): DossierState {
  return { ...state, nextDossierId };
}
