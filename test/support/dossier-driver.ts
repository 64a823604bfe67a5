import type { Client } from '@temporalio/client';
import type { ActionRequest } from '../../domain/dossier';
import type { DossierOpening } from '../../domain/dossier/open-dossier';
import type { Actor } from '../../domain/dossier/state';
import type { ActionId, RegimeId } from '../../domain/procedure';
import type { ProcedureRole } from '../../domain/roles';
import type { DossierView } from '../../workflows/dossier-view';
import { dossierState, performAction, workflowIdOf } from '../../workflows/messages';

/** One demo actor per role, in the demo units of config/demo-data.ts. */
export const actors: Record<ProcedureRole, Actor> = {
  commune_police: { userId: 'demo-police-x01', role: 'commune_police', unitCode: 'DEMO-X01' },
  commune_committee: { userId: 'demo-committee-x01', role: 'commune_committee', unitCode: 'DEMO-X01' },
  health_facility: { userId: 'demo-health-yt01', role: 'health_facility', unitCode: 'DEMO-YT01' },
  reviewer: { userId: 'demo-reviewer-pc04', role: 'reviewer', unitCode: 'DEMO-PC04' },
  court_clerk: { userId: 'demo-clerk-ta01', role: 'court_clerk', unitCode: 'DEMO-TA01' },
  escort_police: { userId: 'demo-escort-ca01', role: 'escort_police', unitCode: 'DEMO-CA01' },
  centre_staff: { userId: 'demo-centre-cs01', role: 'centre_staff', unitCode: 'DEMO-CS01' },
};

export type Step = [ProcedureRole, ActionId, Record<string, unknown>?];

/** A submission's exclusion check that found none of the cases the measure is never applied to (docs/legal/README.md#exclusions). */
export const noExclusion = { lacksAdministrativeCapacity: false, pregnant: false, soleCarerOfYoungChild: false, evidence: 'Xác minh tại nơi cư trú' };

/**
 * The usual path from the determination request to the court's decision; `on(i, action)` dates each step. `route`:
 * through a reviewing level (where the province switched one on, or under 2022), or straight to the court (the
 * default of 2025 and 2026, docs/legal/README.md#steps).
 */
export function toDecision(on: (index: number, action: ActionId) => string | undefined, months = 24, route: 'review' | 'court' = 'review'): Step[] {
  const sending: Step[] =
    route === 'court'
      ? [['commune_police', 'submit-to-court', { courtUnitCode: 'DEMO-TA01', exclusionCheck: noExclusion }]]
      : [
          ['commune_police', 'submit', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion }],
          ['reviewer', 'approve', { courtUnitCode: 'DEMO-TA01', proposedMonths: months }],
        ];
  const steps: Step[] = [
    ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
    ['health_facility', 'record-determination', { result: 'addicted' }],
    ['commune_police', 'record-violation', { description: 'Sử dụng trái phép chất ma túy' }],
    ['commune_police', 'set-temporary-management', { form: 'home', place: 'Gia đình' }],
    ['commune_police', 'notify-subject', { guardian: 'Đặng Thị Hoa (mẹ)' }],
    ['commune_police', 'record-reading'],
    ...sending,
    ['court_clerk', 'court-accept'],
    ['court_clerk', 'court-decide', { outcome: 'apply', months, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01' }],
  ];
  return steps.map(([role, action, body], index) => {
    const occurredOn = on(index, action);
    return [role, action, { ...body, ...(occurredOn ? { occurredOn } : {}) }];
  });
}

export interface DossierOptions {
  trigger?: DossierOpening['trigger'];
  regimeId?: RegimeId;
  dateOfBirth?: string;
  detectedOn?: string;
  priorPlacements?: number;
  /** The workflow tests run the route through a reviewing level unless told otherwise (docs/legal/README.md). */
  provincialReview?: boolean;
}

/**
 * Opens dossiers straight on a workflow client and takes actions as the owning role. `afterAct` runs after each
 * action, e.g. to let timers already due fire before the next one. `detectedBy` dates a dossier opened without a
 * detection date: on a time-skipping server, its own today, since no event may be dated before the detection.
 */
export function dossierDriver(
  client: Client,
  taskQueue: string,
  afterAct: () => Promise<void> = async () => undefined,
  detectedBy: () => Promise<string> = async () => '2026-08-31',
) {
  const started: string[] = [];

  async function open(steps: Step[], options: DossierOptions = {}) {
    const dossierId = crypto.randomUUID();
    started.push(dossierId);
    const opening: DossierOpening = {
      dossierId,
      code: `HS-TEST-${dossierId.slice(0, 8).toUpperCase()}`,
      regimeId: options.regimeId ?? '2026',
      subject: {
        fullName: 'Lê Văn Bình',
        dateOfBirth: options.dateOfBirth ?? '1988-03-09',
        sex: 'male',
        idNumber: '001088001234',
        residence: 'Xã Tiên Du',
        hasStableResidence: true,
      },
      trigger: options.trigger ?? 'art32-b',
      detectedOn: options.detectedOn ?? (await detectedBy()),
      communeCode: 'DEMO-X01',
      priorPlacements: options.priorPlacements ?? 0,
      provincialReview: options.provincialReview ?? true,
      openedBy: actors.commune_police,
    };
    const handle = await client.workflow.start('dossierWorkflow', { workflowId: workflowIdOf(dossierId), taskQueue, args: [opening] });
    const act = async (role: ProcedureRole, action: ActionId, body: Record<string, unknown> = {}): Promise<DossierView> => {
      const view = await handle.executeUpdate(performAction, {
        // The driver speaks to the workflow, not through the API: bodies are the test's word, unvalidated (their
        // dates follow the workflow's clock, which the API's "not after today" would refuse on the test server).
        args: [{ action, actor: actors[role], body } as ActionRequest],
      });
      await afterAct();
      return view;
    };
    for (const [role, action, body] of steps) await act(role, action, body);
    const state = () => handle.query(dossierState);
    /**
     * Waits until the workflow has done what its timers say (they fire at once for back-dated events), for `withinMs`
     * of real time: longer where real activities do real work, such as signing PDFs with keys made on first use.
     */
    async function until(predicate: (view: DossierView) => boolean, what: string, withinMs = 5_000): Promise<DossierView> {
      for (const deadline = Date.now() + withinMs; ; ) {
        const view = await state();
        if (predicate(view)) return view;
        if (Date.now() > deadline) throw new Error(`dossier ${dossierId} never reached: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return { dossierId, handle, act, state, until };
  }

  /** Ends every dossier the driver opened that is still running. */
  async function terminateAll(): Promise<void> {
    await Promise.all(started.splice(0).map((id) => client.workflow.getHandle(workflowIdOf(id)).terminate('test finished').catch(() => undefined)));
  }

  return { open, terminateAll };
}

export const stepsVisited = (view: DossierView) =>
  view.timeline.filter((event) => event.stepBefore !== event.stepAfter).map((event) => event.stepAfter);

export const dueOf = (view: DossierView, deadlineId: string) => view.deadlines.find((deadline) => deadline.id === deadlineId)?.dueOn;
