import { defaultCalendar } from '../../domain/calendar';
import { checkAction, type ActionRequest } from '../../domain/dossier';
import { wrongSubmission } from '../../domain/dossier/available-actions';
import type { Actor } from '../../domain/dossier/state';
import { actionIds, getRegime, regimes, stepIds, type ActionId, type RegimeId, type StepId } from '../../domain/procedure';
import { roles, type Role } from '../../domain/roles';
import { dossierAtStep, unitOf } from '../support/dossier-at-step';

const now = new Date('2026-11-23T03:00:00Z');
const calendar = defaultCalendar();
const dossierAt = (regimeId: RegimeId, step: StepId) => dossierAtStep(regimeId, step, now);

const cells = (Object.keys(regimes) as RegimeId[]).flatMap((regimeId) => stepIds.map((step) => [regimeId, step] as const));

/** What the table says the validator must answer (undefined: allowed, subject to preconditions). */
function expectedRefusal(regimeId: RegimeId, step: StepId, action: ActionId, role: Role): string | undefined {
  const rule = getRegime(regimeId).actions[action];
  if (!rule.by.includes(role)) return 'role-not-permitted';
  if (step === 'closed') return 'dossier-closed';
  if (!rule.at.includes(step)) return 'action-not-allowed-at-step';
  // The way to the court the dossier does not take (docs/legal/README.md#reviewing-level).
  if (action === wrongSubmission(dossierAt(regimeId, step))) return 'action-not-allowed-at-step';
  return undefined;
}

/**
 * Every action, at every step, by every role, under every regime: the validator answers exactly what the
 * regime table says (docs/legal/README.md#steps). Preconditions within an allowed cell are tested elsewhere.
 */
describe('who may take which action at which step', () => {
  it.each(cells)('regime %s, step %s: every action by every role is answered as the table says', (regimeId, step) => {
    const regime = getRegime(regimeId);
    const mismatches: string[] = [];
    for (const action of actionIds) {
      for (const role of roles) {
        const actor: Actor = { userId: 'u', role, unitCode: unitOf[role] };
        const refusal = checkAction(dossierAt(regimeId, step), regime, { action, actor, body: {} } as ActionRequest, now, calendar);
        const expected = expectedRefusal(regimeId, step, action, role);
        const allowedOutcome = expected === undefined && (refusal === undefined || refusal.code === 'precondition-failed' || refusal.code === 'invalid-for-regime');
        if (refusal?.code !== expected && !allowedOutcome) mismatches.push(`${action} by ${role}: got ${refusal?.code}, table says ${expected ?? 'allowed'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets no role act outside its own unit', () => {
    const regime = getRegime('2026');
    const refusal = checkAction(
      dossierAt('2026', 'determination'),
      regime,
      { action: 'request-determination', actor: { userId: 'u', role: 'commune_police', unitCode: 'X02' }, body: { healthFacilityCode: 'YT01' } },
      now,
      calendar,
    );
    expect(refusal?.code).toBe('outside-jurisdiction');
  });
});
