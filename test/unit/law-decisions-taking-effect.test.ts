import { publishedYears } from '../../domain/calendar';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, checkAction, expireDeadline, type ActionRequest } from '../../domain/dossier';
import { activeDeadlines, dayAfter } from '../../domain/dossier/deadlines';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';

const regime = getRegime('2026');
const calendar = new WorkingCalendar(publishedYears);
const now = new Date('2026-12-05T03:00:00Z');
const clerk = { userId: 'c', role: 'court_clerk' as const, unitCode: 'TA01' };

/** A dossier the court has accepted. */
function accepted(): DossierState {
  const state = openDossier(
    {
      dossierId: 'effect',
      code: 'HS-EFFECT',
      regimeId: '2026',
      subject: { fullName: 'Mai Văn Tùng', dateOfBirth: '1989-06-01', sex: 'male', idNumber: '001089000005', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-09-01',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: false,
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    new Date('2026-09-01T02:00:00Z'),
  );
  return { ...state, step: 'court', units: { ...state.units, court: 'TA01' }, anchors: { 'court-received': '2026-11-02', 'court-accepted': '2026-11-02' } };
}

const act = (state: DossierState, request: ActionRequest): DossierState => {
  const refusal = checkAction(state, regime, request, now, calendar);
  if (refusal) throw new Error(`${request.action} refused: ${refusal.message}`);
  return applyAction(state, regime, request, now).state;
};
const decided = (outcome: 'apply' | 'not-apply', subjectPresent = true): DossierState =>
  act(accepted(), {
    action: 'court-decide',
    actor: clerk,
    body:
      outcome === 'apply'
        ? { outcome, months: 24, centreUnitCode: 'CS01', escortUnitCode: 'CA01', subjectPresent, occurredOn: '2026-11-16' }
        : { outcome, subjectPresent, occurredOn: '2026-11-16' },
  });
const windowsOf = (state: DossierState) => Object.fromEntries(activeDeadlines(state, regime, calendar).map((deadline) => [deadline.rule.id, deadline.dueOn]));

/** Lets every running window end, in the order they fall due, as the workflow's timers would. */
function letWindowsPass(state: DossierState): DossierState {
  let current = state;
  for (let running = activeDeadlines(current, regime, calendar); running.length && current.step === 'complaint-window'; running = activeDeadlines(current, regime, calendar)) {
    const [first] = [...running].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    if (!first || first.rule.onExpiry !== 'advance') break;
    current = expireDeadline(current, first, now);
  }
  return current;
}

describe('when a decision takes effect (docs/legal/README.md#decisions-taking-effect)', () => {
  it('runs the complaint, petition and protest windows from the announcement when the person was at the session', () => {
    const five = calendar.addWorkingDays('2026-11-16', 5);
    expect(windowsOf(decided('apply'))).toEqual({ 'complaint-window.complaint': five, 'complaint-window.petition': five, 'complaint-window.protest': five });
  });

  it('counts the complaint window from receipt when the person was absent from the session', () => {
    const absent = decided('apply', false);
    expect(windowsOf(absent)).not.toHaveProperty(['complaint-window.complaint']);
    const received = act(absent, { action: 'record-decision-receipt', actor: clerk, body: { occurredOn: '2026-11-20' } });
    expect(windowsOf(received)['complaint-window.complaint']).toBe(calendar.addWorkingDays('2026-11-20', 5));
  });

  it('does not take effect while the absent person has not received the decision, even once the other windows have passed', () => {
    const passed = letWindowsPass(decided('apply', false));
    expect(passed.step).toBe('complaint-window');
    expect(passed.anchors['decision-effective']).toBeUndefined();
  });

  it('takes effect the day after the last window passed unused', () => {
    const received = act(decided('apply', false), { action: 'record-decision-receipt', actor: clerk, body: { occurredOn: '2026-11-20' } });
    const effective = letWindowsPass(received);
    expect(effective.step).toBe('execution');
    expect(effective.anchors['decision-effective']).toBe(dayAfter(calendar.addWorkingDays('2026-11-20', 5)));
  });

  it("stops every window when the procuracy protests, and takes effect only on the review's decision", () => {
    const protested = act(decided('apply'), { action: 'file-protest', actor: clerk, body: { procuracy: 'Viện kiểm sát nhân dân khu vực 1', occurredOn: '2026-11-18' } });
    expect(windowsOf(protested)).toEqual({});
    const upheld = act(protested, { action: 'record-review-decision', actor: clerk, body: { outcome: 'upheld', occurredOn: '2026-11-25' } });
    expect(upheld).toMatchObject({ step: 'execution', anchors: { 'decision-effective': '2026-11-25' } });
  });

  it("counts the review's period from the day the reviewing court receives the file", () => {
    const protested = act(decided('apply'), { action: 'file-protest', actor: clerk, body: { procuracy: 'Viện kiểm sát nhân dân khu vực 1', occurredOn: '2026-11-18' } });
    const received = act(protested, { action: 'record-review-receipt', actor: clerk, body: { occurredOn: '2026-11-23' } });
    expect(windowsOf(received)).toEqual({ 'complaint-window.review': calendar.addWorkingDays('2026-11-23', 7) });
  });

  it('refuses a receipt dated before the announcement, naming both dates', () => {
    const refusal = checkAction(decided('apply', false), regime, { action: 'record-decision-receipt', actor: clerk, body: { occurredOn: '2026-11-13' } }, now, calendar);
    expect(refusal).toMatchObject({ code: 'event-out-of-order', message: expect.stringMatching(/13\/11\/2026.*16\/11\/2026/) });
  });
});

describe('a refusal to apply the measure, or a termination, can be challenged too', () => {
  it('keeps a "not apply" decision open to complaint, petition and protest, and closes the case once they pass', () => {
    const refused = decided('not-apply');
    expect(refused.step).toBe('complaint-window');
    expect(Object.keys(windowsOf(refused)).sort()).toEqual(['complaint-window.complaint', 'complaint-window.petition', 'complaint-window.protest']);
    expect(letWindowsPass(refused)).toMatchObject({ step: 'closed', closure: 'court-did-not-apply' });
  });

  it('gives a termination its windows, as received the day it is issued', () => {
    const terminated = act(accepted(), { action: 'court-terminate', actor: clerk, body: { reasons: 'Người bị đề nghị đang mang thai', occurredOn: '2026-11-16' } });
    expect(terminated).toMatchObject({ step: 'complaint-window', decision: { outcome: 'terminated' } });
    expect(letWindowsPass(terminated)).toMatchObject({ step: 'closed', closure: 'court-terminated' });
  });

  it('sends the case back to the court when the review annuls a refusal, with fresh windows for the next decision', () => {
    const complained = act(decided('not-apply'), { action: 'file-protest', actor: clerk, body: { procuracy: 'Viện kiểm sát nhân dân khu vực 1', occurredOn: '2026-11-18' } });
    const annulled = act(complained, { action: 'record-review-decision', actor: clerk, body: { outcome: 'annulled', occurredOn: '2026-11-25' } });
    expect(annulled.step).toBe('court');
    expect(annulled.decision).toBeUndefined();
    expect(annulled.anchors).not.toHaveProperty(['complaint-filed']);
  });

  it('lets a review change the term only of an order to apply the measure', () => {
    const complained = act(decided('not-apply'), { action: 'file-complaint', actor: clerk, body: { complainant: 'Cơ quan đề nghị', occurredOn: '2026-11-18' } });
    const refusal = checkAction(complained, regime, { action: 'record-review-decision', actor: clerk, body: { outcome: 'modified', months: 24, occurredOn: '2026-11-25' } }, now, calendar);
    expect(refusal).toMatchObject({ code: 'precondition-failed' });
  });
});
