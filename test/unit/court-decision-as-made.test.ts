import { publishedYears } from '../../domain/calendar';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, checkAction, type ActionRequest } from '../../domain/dossier';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';

const regime = getRegime('2026');
const calendar = new WorkingCalendar(publishedYears);
const now = new Date('2026-11-20T03:00:00Z');
const clerk = { userId: 'c', role: 'court_clerk' as const, unitCode: 'TA01' };

/** A first-time adult's dossier the court has accepted (2026: a 24-month term, Luật 120/2025/QH15). */
function accepted(): DossierState {
  const state = openDossier(
    {
      dossierId: 'court',
      code: 'HS-COURT',
      regimeId: '2026',
      subject: { fullName: 'Trịnh Văn Quyết', dateOfBirth: '1990-01-01', sex: 'male', idNumber: '001090000003', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-09-01',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: true,
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    new Date('2026-09-01T02:00:00Z'),
  );
  return { ...state, step: 'court', units: { ...state.units, court: 'TA01' }, anchors: { ...state.anchors, 'court-accepted': '2026-11-02' } };
}

const decide = (months: number, termOutsideBoundsReason?: string): ActionRequest => ({
  action: 'court-decide',
  actor: clerk,
  body: { outcome: 'apply', months, centreUnitCode: 'CS01', escortUnitCode: 'CA01', occurredOn: '2026-11-16', ...(termOutsideBoundsReason ? { termOutsideBoundsReason } : {}) },
});

describe("the court's decision is recorded as the court made it (docs/legal/README.md)", () => {
  it('records a term within the bounds of the table as it is, with nothing to review', () => {
    expect(checkAction(accepted(), regime, decide(24), now, calendar)).toBeUndefined();
    const { state } = applyAction(accepted(), regime, decide(24), now);
    expect(state.decision?.months).toBe(24);
    expect(state.legalReview).toBeUndefined();
  });

  it('asks the clerk to confirm, with a reason, a term outside the bounds, instead of refusing it', () => {
    const refusal = checkAction(accepted(), regime, decide(18), now, calendar);
    expect(refusal?.code).toBe('term-outside-bounds');
    expect(refusal?.message).toContain('24–24 tháng');
    expect(refusal?.message).toContain('nêu lý do');
  });

  it('records a confirmed term outside the bounds as ordered, and marks the dossier for a legal review', () => {
    const reason = 'Quyết định số 15/2026/QĐ-TA ghi thời hạn 18 tháng';
    expect(checkAction(accepted(), regime, decide(18, reason), now, calendar)).toBeUndefined();
    const { state } = applyAction(accepted(), regime, decide(18, reason), now);
    expect(state.decision?.months).toBe(18);
    expect(state.step).toBe('complaint-window');
    expect(state.legalReview).toEqual([
      { kind: 'term-outside-bounds', detail: expect.stringContaining('18 tháng, ngoài khung 24–24 tháng') as string, reason, occurredOn: '2026-11-16', action: 'court-decide' },
    ]);
  });

  it('still refuses a decision to apply the measure that names no term', () => {
    const request = decide(24);
    if (request.action !== 'court-decide') throw new Error('a court decision');
    const { months: _months, ...withoutTerm } = request.body;
    expect(checkAction(accepted(), regime, { ...request, body: withoutTerm }, now, calendar)?.code).toBe('precondition-failed');
  });
});
