import { defaultCalendar } from '../../domain/calendar';
import { checkAction } from '../../domain/dossier/apply-action';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { Actor, DossierState } from '../../domain/dossier/state';
import { actionIds, getRegime, regimes, stepIds, type ActionId, type RegimeId, type StepId } from '../../domain/procedure';
import type { ActionBodies } from '../../domain/schemas/actions';
import { roles, type Role } from '../../domain/roles';

const now = new Date('2026-11-23T03:00:00Z');
const calendar = defaultCalendar();
const unitOf: Record<Role, string> = {
  commune_police: 'X01',
  commune_committee: 'X01',
  health_facility: 'YT01',
  reviewer: 'PC04',
  court_clerk: 'TA01',
  escort_police: 'CA01',
  centre_staff: 'CS01',
  supervisor: 'T01',
  administrator: 'T01',
};

/** A dossier at `step` with every unit assigned, so only the table decides. */
function dossierAt(regimeId: RegimeId, step: StepId): DossierState {
  const state = openDossier(
    {
      dossierId: 'matrix',
      code: 'HS-MATRIX',
      regimeId,
      subject: { fullName: 'Đinh Văn Cường', dateOfBirth: '1985-01-01', sex: 'male', idNumber: '001085000001', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-11-02',
      communeCode: 'X01',
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    now,
  );
  return {
    ...state,
    step,
    units: { commune: 'X01', healthFacility: 'YT01', reviewer: 'PC04', court: 'TA01', escort: 'CA01', centre: 'CS01' },
  };
}

const cells = (Object.keys(regimes) as RegimeId[]).flatMap((regimeId) => stepIds.map((step) => [regimeId, step] as const));

/** What the table says the validator must answer (undefined: allowed, subject to preconditions). */
function expectedRefusal(regimeId: RegimeId, step: StepId, action: ActionId, role: Role): string | undefined {
  const rule = getRegime(regimeId).actions[action];
  if (!rule.by.includes(role)) return 'role-not-permitted';
  if (step === 'closed') return 'dossier-closed';
  if (!rule.at.includes(step)) return 'action-not-allowed-at-step';
  return undefined;
}

/**
 * Every action, at every step, by every role, under every regime: the validator answers exactly what the
 * regime table says (legal-procedure.md §1.3). Preconditions within an allowed cell are tested elsewhere.
 */
describe('who may take which action at which step', () => {
  it.each(cells)('regime %s, step %s: every action by every role is answered as the table says', (regimeId, step) => {
    const regime = getRegime(regimeId);
    const mismatches: string[] = [];
    for (const action of actionIds) {
      for (const role of roles) {
        const actor: Actor = { userId: 'u', role, unitCode: unitOf[role] };
        const refusal = checkAction(dossierAt(regimeId, step), regime, { action, actor, body: {} as ActionBodies[ActionId] }, now, calendar);
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
