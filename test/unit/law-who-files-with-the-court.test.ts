import { publishedYears } from '../../domain/calendar';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, checkAction, type ActionRequest } from '../../domain/dossier';
import { availableActions } from '../../domain/dossier/available-actions';
import { openDossier, relapseOpening } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime, type RegimeId } from '../../domain/procedure';
import { noExclusion } from '../support/dossier-driver';

const calendar = new WorkingCalendar(publishedYears);
const now = new Date('2026-11-20T03:00:00Z');
const police = { userId: 'p', role: 'commune_police' as const, unitCode: 'X01' };

/** A dossier the commune has compiled, read and may now send on; opened where the province has or has not a reviewing level. */
function compiled(regimeId: RegimeId, provincialReview: boolean, priorPlacements = 0): DossierState {
  const state = openDossier(
    {
      dossierId: 'route',
      code: 'HS-ROUTE',
      regimeId,
      subject: { fullName: 'Phan Văn Khải', dateOfBirth: '1991-04-02', sex: 'male', idNumber: '001091000004', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: regimeId === '2022' ? '2024-10-01' : '2026-10-01',
      communeCode: 'X01',
      priorPlacements,
      provincialReview,
      openedBy: police,
    },
    new Date('2026-10-01T02:00:00Z'),
  );
  return {
    ...state,
    step: 'commune',
    violationRecorded: true,
    subjectNotified: true,
    readingRecorded: true,
    temporaryManagement: { form: 'home', place: 'Gia đình', since: '2026-10-05' },
  };
}

const toCourt: ActionRequest = { action: 'submit-to-court', actor: police, body: { courtUnitCode: 'TA01', exclusionCheck: noExclusion, occurredOn: '2026-11-16' } };
const toReviewer: ActionRequest = { action: 'submit', actor: police, body: { reviewerUnitCode: 'PC04', exclusionCheck: noExclusion, occurredOn: '2026-11-16' } };
const offeredTo = (state: DossierState, regimeId: RegimeId) => availableActions(state, getRegime(regimeId), police).map((offer) => offer.action);

describe('who files with the court (docs/legal/README.md#steps, regime pages §commune)', () => {
  it.each(['2025', '2026'] as const)('under %s, where the province set no reviewing level, the commune police send the dossier straight to the court', (regimeId) => {
    const state = compiled(regimeId, false);
    expect(state.reviewRequired).toBe(false);
    expect(offeredTo(state, regimeId)).toContain('submit-to-court');
    expect(offeredTo(state, regimeId)).not.toContain('submit');
    expect(checkAction(state, getRegime(regimeId), toCourt, now, calendar)).toBeUndefined();
    const { state: sent, forms } = applyAction(state, getRegime(regimeId), toCourt, now);
    expect(sent.step).toBe('court');
    expect(sent.units.court).toBe('TA01');
    // The court's own periods count from the day the commune's letter is received: the day it was sent.
    expect(sent.anchors).toMatchObject({ submitted: '2026-11-16', 'court-received': '2026-11-16' });
    expect(forms).toEqual(['submission-letter']);
  });

  it.each(['2025', '2026'] as const)('under %s, without a reviewing level, sending to a reviewing body is refused as a step the dossier does not have', (regimeId) => {
    expect(checkAction(compiled(regimeId, false), getRegime(regimeId), toReviewer, now, calendar)).toMatchObject({ code: 'action-not-allowed-at-step' });
  });

  it.each(['2025', '2026'] as const)('under %s, where the province switched a reviewing level on, the dossier goes to it first', (regimeId) => {
    const state = compiled(regimeId, true);
    expect(offeredTo(state, regimeId)).toContain('submit');
    expect(offeredTo(state, regimeId)).not.toContain('submit-to-court');
    expect(checkAction(state, getRegime(regimeId), toCourt, now, calendar)).toMatchObject({ code: 'action-not-allowed-at-step' });
    expect(applyAction(state, getRegime(regimeId), toReviewer, now).state.step).toBe('review');
  });

  it('under 2022 the district Labour office always reviews, whatever the province set', () => {
    const state = compiled('2022', false);
    expect(state.reviewRequired).toBe(true);
    expect(checkAction(state, getRegime('2022'), toCourt, now, calendar)).toMatchObject({ code: 'action-not-allowed-at-step' });
    expect(checkAction(state, getRegime('2022'), toReviewer, now, calendar)).toBeUndefined();
  });

  it('sending straight to the court still needs a complete dossier', () => {
    const state = { ...compiled('2026', false), violationRecorded: false };
    expect(checkAction(state, getRegime('2026'), toCourt, now, calendar)).toMatchObject({ code: 'precondition-failed', message: expect.stringContaining('biên bản vi phạm') });
  });
});

describe('earlier placements decide the term (docs/legal/regime-2026.md#4-terms)', () => {
  const decide = (months: number): ActionRequest => ({
    action: 'court-decide',
    actor: { userId: 'c', role: 'court_clerk', unitCode: 'TA01' },
    body: { outcome: 'apply', months, centreUnitCode: 'CS01', escortUnitCode: 'CA01', occurredOn: '2026-11-16' },
  });
  const atCourt = (priorPlacements: number): DossierState => {
    const state = compiled('2026', false, priorPlacements);
    return { ...state, step: 'court', units: { ...state.units, court: 'TA01' }, anchors: { 'court-accepted': '2026-11-10' } };
  };

  it('a person never placed before gets the first-time term of 24 months', () => {
    expect(checkAction(atCourt(0), getRegime('2026'), decide(24), now, calendar)).toBeUndefined();
    expect(checkAction(atCourt(0), getRegime('2026'), decide(36), now, calendar)).toMatchObject({ code: 'term-outside-bounds' });
  });

  it('a person placed before, even in a dossier hoso never held, gets the repeat term of 36 months', () => {
    expect(checkAction(atCourt(1), getRegime('2026'), decide(36), now, calendar)).toBeUndefined();
    expect(checkAction(atCourt(1), getRegime('2026'), decide(24), now, calendar)).toMatchObject({ code: 'term-outside-bounds' });
  });

  it('a relapse during post-rehab counts the placement just served', () => {
    const previous = { ...compiled('2026', true, 1), step: 'post-rehab' as const };
    const opening = relapseOpening(previous, 'next', '2026-11-16', police, true);
    expect(opening).toMatchObject({ priorPlacements: 2, provincialReview: true, previousDossierId: 'route' });
  });

  it("a relapse takes the province's route of its own day, not the review the earlier 2022 dossier required", () => {
    const previous = { ...compiled('2022', true, 0), step: 'post-rehab' as const };
    const opening = relapseOpening(previous, 'next', '2026-11-16', police, false);
    expect(opening).toMatchObject({ regimeId: '2026', provincialReview: false });
    expect(opening && openDossier(opening, now).reviewRequired).toBe(false);
  });
});

describe('the cases the measure is never applied to are checked at submission (docs/legal/README.md#exclusions)', () => {
  const pregnant = { ...noExclusion, pregnant: true, evidence: 'Giấy chứng nhận của Bệnh viện Đa khoa tỉnh ngày 10/11/2026' };

  it.each(['2022', '2025', '2026'] as const)('under %s, refuses to send on the dossier of a pregnant woman, citing the article', (regimeId) => {
    const regime = getRegime(regimeId);
    const state = compiled(regimeId, true);
    const refusal = checkAction(state, regime, { ...toReviewer, body: { ...toReviewer.body, exclusionCheck: pregnant } } as ActionRequest, now, calendar);
    expect(refusal).toMatchObject({ code: 'precondition-failed', message: expect.stringContaining(regime.exclusions.legalBasis) });
    expect(refusal?.message).toContain('đang mang thai');
  });

  it('closes the dossier when the commune police record the exclusion with its evidence', () => {
    const state = compiled('2026', false);
    const request: ActionRequest = { action: 'record-exclusion', actor: police, body: { ground: 'pregnant', evidence: pregnant.evidence, occurredOn: '2026-11-16' } };
    expect(checkAction(state, getRegime('2026'), request, now, calendar)).toBeUndefined();
    expect(applyAction(state, getRegime('2026'), request, now).state).toMatchObject({ step: 'closed', closure: 'excluded' });
  });

  it('keeps the check in the timeline when none applies', () => {
    const { state } = applyAction(compiled('2026', false), getRegime('2026'), toCourt, now);
    expect(state.timeline.at(-1)?.details).toMatchObject({ exclusionCheck: noExclusion });
  });

  it('records the check for a person under 18 without blocking: Law 120/2025 art. 36 has no exclusion clause', () => {
    const minor = { ...compiled('2026', false), trigger: 'art33-b' as const };
    expect(checkAction(minor, getRegime('2026'), { ...toCourt, body: { ...toCourt.body, exclusionCheck: pregnant } } as ActionRequest, now, calendar)).toBeUndefined();
  });
});
