import type { Role } from '../roles';

/** Step ids of docs/legal/README.md#steps; cite them in code and tests. */
export const stepIds = [
  'intake',
  'determination',
  'registration-window',
  'commune',
  'review',
  'court',
  'complaint-window',
  'execution',
  'admission',
  'serving',
  'completion',
  'post-rehab',
  'closed',
] as const;
export type StepId = (typeof stepIds)[number];

/** Action ids as used in `POST /api/v1/dossiers/:id/actions/:action`. */
export const actionIds = [
  'request-determination',
  'record-determination',
  'attach-determination',
  'record-voluntary-registration',
  'record-violation',
  'attach-document',
  'set-temporary-management',
  'notify-subject',
  'record-reading',
  'record-exclusion',
  'submit',
  'submit-to-court',
  'approve',
  'return-for-supplementation',
  'court-accept',
  'court-return',
  'court-schedule-session',
  'court-extend',
  'court-decide',
  'court-suspend',
  'court-terminate',
  'file-complaint',
  'file-protest',
  'record-decision-receipt',
  'record-review-receipt',
  'record-review-decision',
  'escort',
  'extend-escort',
  'request-postponement',
  'record-postponement-decision',
  'record-exemption',
  'record-absconding',
  'admit',
  'suspend-for-treatment',
  'resume',
  'reduce-term',
  'record-return',
  'complete',
  'start-post-rehab',
  'set-electronic-monitoring',
  'record-relapse',
  'close-post-rehab',
  'record-pause',
  'end-pause',
] as const;
export type ActionId = (typeof actionIds)[number];

export type RegimeId = '2022' | '2025' | '2026';

/** [C] confirmed, [C-sec] secondary paraphrase, [U] unconfirmed, [OPEN] not found (docs/legal/README.md#tags). */
export type Confidence = 'C' | 'C-sec' | 'U' | 'OPEN';

/** Events a deadline counts from; their dates live in the dossier's `anchors`. */
export type AnchorEvent =
  | 'case-detected'
  | 'determination-requested'
  | 'determination-notified'
  | 'subject-notified'
  | 'submitted'
  | 'court-received'
  | 'court-accepted'
  | 'decision-announced'
  | 'decision-received'
  | 'complaint-filed'
  | 'review-received'
  | 'decision-effective'
  | 'escorted'
  | 'admitted'
  | 'term-ended'
  | 'completed'
  | 'post-rehab-started';

/** `term`: the period ends on the computed term end date (domain/dossier/term.ts), not a fixed amount. */
export type DeadlineUnit = 'working' | 'calendar' | 'months' | 'years' | 'term';

export interface DeadlineRule {
  /** Stable id of the rule within its regime, e.g. `commune.compile-dossier`. */
  id: string;
  amount: number;
  /** A different amount for minors (12 to under 18), e.g. post-rehab 1 year instead of 2. */
  minorAmount?: number;
  unit: DeadlineUnit;
  /** The longer period an action may grant, counted from the same anchor (court 15 → 30 days; escort → 3 months). */
  extension?: { amount: number; unit: DeadlineUnit; by: ActionId };
  /**
   * How force majeure and objective obstacles affect the period: `recount` — it runs again from the end of the
   * obstacle (escort); `exclude` — the working days lost are added (complaint window).
   */
  pause?: 'recount' | 'exclude';
  from: AnchorEvent;
  /** The period stops running once this event happens (e.g. acceptance ends the acceptance period). */
  until?: AnchorEvent;
  /**
   * When the period ends: `overdue` — an office missed its deadline, the step stays open;
   * `advance` — the law moves the dossier on (e.g. the decision takes effect);
   * `lapse` — a person's window closed, which only unblocks later actions.
   */
  onExpiry: 'overdue' | 'advance' | 'lapse';
  /** Who must act before the due date (for notifications and the overdue board). */
  owner: Role;
  description: string;
  legalBasis: string;
  confidence: Confidence;
}

export interface StepRule {
  id: StepId;
  title: string;
  deadlines: readonly DeadlineRule[];
}

export interface ActionRule {
  id: ActionId;
  title: string;
  /** Steps at which the action may be taken. */
  at: readonly StepId[];
  by: readonly Role[];
  /** Official forms the action produces (template ids in templates/forms); see `ActionForm`. */
  forms: readonly ActionForm[];
  legalBasis: string;
}

/**
 * A form an action produces: its template id, or the id with the body fields it `needs`. Some forms
 * certify facts only a person can supply (a medical finding, the judge's name, the health check on
 * arrival); when the action does not carry them, hoso records the event without that form, and the
 * office's own paper remains the evidence. Nothing is printed that nobody entered.
 */
export type ActionForm = string | { form: string; needs: readonly string[] };

/** Who opens a dossier and what that produces (the `open` action, `POST /api/v1/dossiers`). */
export interface OpeningRule {
  by: readonly Role[];
  forms: readonly string[];
  legalBasis: string;
  /** The "Căn cứ …" lines printed on the opening form. */
  citations: readonly string[];
}

export interface ActorChain {
  opens: string;
  reviews: string;
  decides: string;
  escorts: string;
}

export interface Regime {
  id: RegimeId;
  title: string;
  /** First detection date (inclusive, YYYY-MM-DD) the regime applies to. */
  appliesFrom: string;
  /** Last detection date (inclusive), absent while in force. */
  appliesUntil?: string;
  chain: ActorChain;
  /**
   * Whether a reviewing level stands between the commune police and the court: `required` always (the district Labour
   * office of 2022); `per-province` — none unless the province's setting switches one on (docs/legal/regime-2026.md).
   */
  reviewingLevel: { kind: 'required' | 'per-province'; legalBasis: string; confidence: Confidence };
  /**
   * Suspension of the measure for treatment: `minInpatientDays`, the days of inpatient treatment it needs more than
   * (absent where the law sets none); whether the days of treatment count toward the term; and the months that must
   * remain for the person to go back, else the rest is waived (docs/legal/README.md#suspension-for-treatment).
   */
  suspension: { minInpatientDays?: number; countsTowardTerm: boolean; monthsToContinue: number; legalBasis: string; confidence: Confidence };
  /** Where the law lists the adults the measure is never applied to (checked at submission, docs/legal/README.md#exclusions). */
  exclusions: { legalBasis: string; confidence: Confidence };
  opening: OpeningRule;
  steps: Readonly<Record<StepId, StepRule>>;
  actions: Readonly<Record<ActionId, ActionRule>>;
  /** Steps each step may lead to; the reducer never leaves this graph. */
  transitions: Readonly<Record<StepId, readonly StepId[]>>;
  /** Rehab term bounds in months: adults and minors, on a first and on a repeat placement (`priorPlacements`). */
  termMonths: {
    adultFirst: MonthRange;
    adultRepeat: MonthRange;
    minor: MonthRange;
    minorRepeat: MonthRange;
  };
  postRehabMonths: { adult: number; minor: number; confidence: Confidence };
  electronicMonitoring: boolean;
}

export interface MonthRange {
  min: number;
  max: number;
  legalBasis: string;
  confidence: Confidence;
}
