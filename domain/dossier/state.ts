import type { CivilDate } from '../calendar/types';
import type { ActionId, AnchorEvent, RegimeId, StepId } from '../procedure/types';
import type { Role } from '../roles';

/** LPCMT 2021 art. 32 (adults; cases a–d are its clauses 1–4) and art. 33(1) points a–c (12 to under 18). */
export type Trigger = 'art32-a' | 'art32-b' | 'art32-c' | 'art32-d' | 'art33-a' | 'art33-b' | 'art33-c';

export function isMinorTrigger(trigger: Trigger): boolean {
  return trigger.startsWith('art33');
}

export type Sex = 'male' | 'female';

export interface Subject {
  fullName: string;
  dateOfBirth: CivilDate;
  sex: Sex;
  /** 12-digit citizen identity number (CCCD). */
  idNumber: string;
  residence: string;
  hasStableResidence: boolean;
}

export interface Actor {
  userId: string;
  role: Role;
  unitCode: string;
}

/** Units responsible for the dossier at each stage; jurisdiction checks read them. */
export interface AssignedUnits {
  commune: string;
  healthFacility?: string;
  reviewer?: string;
  court?: string;
  escort?: string;
  centre?: string;
}

/**
 * Under LPCMT 2021 art. 32(1) and 33(1)(a): the person did not register for voluntary rehab, did not carry it out, or
 * gave it up. Only one who did not register gets the registration window (NĐ 116/2021 art. 3, 28(1)).
 */
export const voluntaryRehabCases = ['not-registered', 'not-carried-out', 'gave-up'] as const;
export type VoluntaryRehabCase = (typeof voluntaryRehabCases)[number];

export type ClosureReason =
  | 'not-addicted'
  | 'diverted-to-voluntary-rehab'
  | 'court-did-not-apply'
  | 'court-terminated'
  | 'decision-annulled'
  | 'exempted'
  | 'excluded'
  | 'post-rehab-completed'
  | 'relapsed';

/** A span of days; open while `endedOn` is absent. */
export interface Interval {
  startedOn: CivilDate;
  endedOn?: CivilDate;
}

/** Force majeure, an objective obstacle, a postponement or an absence that stops a legal period from running. */
export interface Pause extends Interval {
  kind: 'obstacle' | 'postponement' | 'absconding';
  step: StepId;
}

export interface TimelineEvent {
  seq: number;
  kind: 'opened' | 'action' | 'deadline-expired' | 'overdue' | 'calendar-changed' | 'notification-failed' | 'relapse-dossier-failed';
  action?: ActionId;
  stepBefore: StepId;
  stepAfter: StepId;
  actor?: Actor;
  /** The legal date of the event (may precede recording). */
  occurredOn: CivilDate;
  recordedAt: string;
  details?: Record<string, unknown>;
  late?: boolean;
}

export interface DocumentRef {
  documentId: string;
  formId: string;
  step: StepId;
  sha256: string;
  objectKey: string;
  size: number;
  /** 1 for the document as first issued; a correction issues the next (documents issued before revisions existed have none). */
  revision?: number;
  /** Printed on the document; leads to the public verification page. */
  verificationCode?: string;
}

/** Why a form could not be issued: its data breaks the form's rules, or holds text the font cannot print; else unknown. */
export type FormFailureCode = 'form-input-invalid' | 'form-text-unprintable' | 'form-not-issued';

/**
 * A form of a recorded event that could not be issued (domain/dossier/form-failures.ts). The event stands; the form
 * waits for a correction, and the dossier shows it until the form is issued.
 */
export interface FormFailure {
  formId: string;
  /** The timeline event the form belongs to. */
  seq: number;
  code: FormFailureCode;
  /** Vietnamese, for the people reading the dossier. */
  reason: string;
  /** Where in the form's data the trouble lies (paths only, never values); absent when unknown. */
  fields?: string[];
  failedAt: string;
}

export interface TemporaryManagement {
  form: 'home' | 'facility';
  since: CivilDate;
  place: string;
}

export interface CourtDecision {
  /** `terminated`: the court ended the case without deciding it (`court-terminate`). */
  outcome: 'apply' | 'not-apply' | 'terminated';
  months?: number;
  announcedOn: CivilDate;
}

/**
 * Something recorded as the court decided it although it lies outside what the regime table allows: kept as decided,
 * and marked for a legal review (docs/legal/README.md, "Decisions outside the table's bounds").
 */
export interface LegalReviewMark {
  kind: 'term-outside-bounds';
  /** What was recorded, and the bounds it lies outside. */
  detail: string;
  /** The clerk's confirmation: why the court's decision says so. */
  reason: string;
  occurredOn: CivilDate;
  /** The action that recorded it. */
  action: 'court-decide' | 'record-review-decision';
}

export interface OverdueRecord {
  deadlineId: string;
  step: StepId;
  dueAt: string;
  recordedAt: string;
}

export interface DossierState {
  dossierId: string;
  code: string;
  regimeId: RegimeId;
  /** Number of events so far; the projection only applies newer snapshots. */
  version: number;
  step: StepId;
  closure?: ClosureReason;
  openedAt: string;
  detectedOn: CivilDate;
  trigger: Trigger;
  subject: Subject;
  priorMeasures?: string;
  /**
   * Times the person was placed in compulsory rehab before this dossier, whether or not those dossiers are in hoso:
   * from the second placement the law sets the longer term (domain/dossier/term-bounds.ts).
   */
  priorPlacements: number;
  /** Which case of art. 32(1) / 33(1)(a) the opening named, for those triggers. */
  voluntaryRehabCase?: VoluntaryRehabCase;
  /**
   * A reviewing level stands between the commune police and the court: always under a regime that requires one, else
   * as the province's setting said when the dossier was opened (docs/legal/README.md, "Reviewing level").
   */
  reviewRequired: boolean;
  /** Dossier opened on a relapse during post-rehab of an earlier one. */
  previousDossierId?: string;
  units: AssignedUnits;
  anchors: Partial<Record<AnchorEvent, CivilDate>>;
  /** Deadline rules whose period ended (`lapse`/`advance`) while they applied, or that a return for supplementation closed. */
  lapsed: string[];
  violationRecorded: boolean;
  subjectNotified: boolean;
  readingRecorded: boolean;
  temporaryManagement?: TemporaryManagement;
  returnsForSupplementation: number;
  courtSuspended: boolean;
  decision?: CourtDecision;
  /** Deadline rules lengthened by the action their rule names (court-extend, extend-escort). */
  extendedDeadlines: string[];
  pauses: Pause[];
  suspensions: Interval[];
  absences: Interval[];
  reductionMonths: number;
  electronicMonitoring: boolean;
  guardianNotified?: string;
  /** The dossier opened when the person relapsed during post-rehab management. */
  nextDossierId?: string;
  overdue: OverdueRecord[];
  /** Decisions recorded as the court made them outside the table's bounds, for a legal review; absent when none. */
  legalReview?: LegalReviewMark[];
  /** Reminders sent, by `deadlineId@dueAt`. */
  reminded: string[];
  timeline: TimelineEvent[];
  documents: DocumentRef[];
  /** Forms of recorded events not issued yet because issuing failed; absent when none. */
  formFailures?: FormFailure[];
}
