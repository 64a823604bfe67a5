import { defaultCalendar } from '../../domain/calendar';
import { checkAction, type ActionRequest, type RefusalCode } from '../../domain/dossier';
import { availableActions } from '../../domain/dossier/available-actions';
import { countdownOf } from '../../domain/dossier/countdown';
import type { Actor } from '../../domain/dossier/state';
import { actionIds, getRegime, regimes, stepIds, type RegimeId, type StepId } from '../../domain/procedure';
import { roles } from '../../domain/roles';
import { dossierAtStep, unitOf } from '../support/dossier-at-step';

describe('a deadline as a countdown in working days', () => {
  const calendar = defaultCalendar();
  it('counts today and the last day, skips weekends and days off, then counts the working days overdue', () => {
    // Thursday 19/11/2026 to Wednesday 25/11/2026: Thu, Fri, Mon, Tue, Wed. Tuesday 24/11 (Ngày Văn hóa) is a working
    // day while it is provisional: no binding instrument makes it a day off yet (docs/legal-review.md).
    expect(countdownOf(calendar, '2026-11-25', '2026-11-19')).toEqual({ workingDaysLeft: 5, overdueWorkingDays: null });
    // From Saturday 21/11 to Monday 23/11: the weekend is skipped.
    expect(countdownOf(calendar, '2026-11-23', '2026-11-21')).toEqual({ workingDaysLeft: 1, overdueWorkingDays: null });
    expect(countdownOf(calendar, '2026-11-25', '2026-11-25')).toEqual({ workingDaysLeft: 1, overdueWorkingDays: null });
    // A deadline ending on Friday, looked at on the Saturday: not yet a working day overdue.
    expect(countdownOf(calendar, '2026-11-27', '2026-11-28')).toEqual({ workingDaysLeft: null, overdueWorkingDays: 0 });
    expect(countdownOf(calendar, '2026-11-27', '2026-12-01')).toEqual({ workingDaysLeft: null, overdueWorkingDays: 2 });
  });
});

describe('the actions offered to a caller', () => {
  const regime = getRegime('2026');
  const atDetermination = { step: 'determination' as const, units: { commune: 'X01', healthFacility: 'YT01' }, reviewRequired: true };

  it("offers the health facility its own actions at the dossier's step, in its own unit only", () => {
    const offered = availableActions(atDetermination, regime, { userId: 'u', role: 'health_facility', unitCode: 'YT01' }).map((action) => action.action);
    expect(offered).toContain('record-determination');
    expect(offered).not.toContain('request-determination');
    expect(availableActions(atDetermination, regime, { userId: 'u', role: 'health_facility', unitCode: 'YT02' })).toEqual([]);
  });

  it('offers nothing to supervisors, nor on a closed dossier', () => {
    expect(availableActions(atDetermination, regime, { userId: 'u', role: 'supervisor', unitCode: 'X01' })).toEqual([]);
    expect(availableActions({ ...atDetermination, step: 'closed' }, regime, { userId: 'u', role: 'commune_police', unitCode: 'X01' })).toEqual([]);
  });

  it('names each offered action as its regime table does, with the id of its body schema', () => {
    const [first] = availableActions(atDetermination, regime, { userId: 'u', role: 'health_facility', unitCode: 'YT01' });
    expect(first).toEqual({ action: first!.action, title: regime.actions[first!.action].title, bodySchema: first!.action });
  });
});

/** Refusals that depend on who asks and where the dossier stands, not on the facts of the dossier or the body. */
const refusedForRoleOrStep: readonly RefusalCode[] = ['role-not-permitted', 'outside-jurisdiction', 'dossier-closed', 'action-not-allowed-at-step'];

describe('the actions offered agree with the validator', () => {
  const now = new Date('2026-11-23T03:00:00Z');
  const calendar = defaultCalendar();
  const dossierAt = (regimeId: RegimeId, step: StepId) => dossierAtStep(regimeId, step, now);

  const cells = (Object.keys(regimes) as RegimeId[]).flatMap((regimeId) => stepIds.map((step) => [regimeId, step] as const));

  it.each(cells)('regime %s, step %s: offers exactly what no role, unit or step rule refuses, to every role in its unit and in another', (regimeId, step) => {
    const regime = getRegime(regimeId);
    const state = dossierAt(regimeId, step);
    const mismatches: string[] = [];
    for (const role of roles) {
      for (const unitCode of [unitOf[role], 'ELSEWHERE']) {
        const actor: Actor = { userId: 'u', role, unitCode };
        const offered = availableActions(state, regime, actor).map((offer) => offer.action).sort();
        const passing = actionIds.filter((action) => {
          const refusal = checkAction(state, regime, { action, actor, body: {} } as ActionRequest, now, calendar);
          return !refusal || !refusedForRoleOrStep.includes(refusal.code);
        }).sort();
        if (offered.join() !== passing.join()) mismatches.push(`${role}@${unitCode}: offered [${offered.join()}], validator passes [${passing.join()}]`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
