import { publishedYears } from '../../domain/calendar';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, checkAction, type ActionRequest } from '../../domain/dossier';
import { activeDeadlines } from '../../domain/dossier/deadlines';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import { noExclusion } from '../support/dossier-driver';

const regime = getRegime('2026');
const calendar = new WorkingCalendar(publishedYears);
const now = new Date('2026-12-05T03:00:00Z');
const police = { userId: 'p', role: 'commune_police' as const, unitCode: 'X01' };

/** A dossier detected on 02/11/2026, the person notified on 10/11/2026 and compiled for submission. */
function notified(): DossierState {
  const opened = openDossier(
    {
      dossierId: 'dates',
      code: 'HS-DATES',
      regimeId: '2026',
      subject: { fullName: 'Cao Văn Đức', dateOfBirth: '1987-02-02', sex: 'male', idNumber: '001087000006', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-11-02',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: false,
      openedBy: police,
    },
    new Date('2026-11-02T02:00:00Z'),
  );
  const compiled: DossierState = {
    ...opened,
    step: 'commune',
    violationRecorded: true,
    temporaryManagement: { form: 'home', place: 'Gia đình', since: '2026-11-03' },
  };
  return applyAction(compiled, regime, { action: 'notify-subject', actor: police, body: { occurredOn: '2026-11-10' } }, now).state;
}

const refusalOf = (state: DossierState, request: ActionRequest) => checkAction(state, regime, request, now, calendar);

describe('event dates are checked against each other (docs/legal/README.md#event-dates)', () => {
  it('refuses a reading dated before the notice, naming both dates', () => {
    expect(refusalOf(notified(), { action: 'record-reading', actor: police, body: { occurredOn: '2026-11-04' } })).toEqual({
      code: 'event-out-of-order',
      message: 'Ngày 04/11/2026 của thao tác "Ghi nhận việc đọc hồ sơ" không được trước ngày thông báo việc lập hồ sơ (10/11/2026).',
    });
    expect(refusalOf(notified(), { action: 'record-reading', actor: police, body: { occurredOn: '2026-11-10' } })).toBeUndefined();
  });

  it('refuses a submission dated before the detection', () => {
    const refusal = refusalOf(notified(), { action: 'submit-to-court', actor: police, body: { courtUnitCode: 'TA01', exclusionCheck: noExclusion, occurredOn: '2020-01-01' } });
    expect(refusal).toMatchObject({ code: 'event-out-of-order', message: expect.stringContaining('ngày phát hiện (02/11/2026)') });
  });

  it('refuses a submission dated before the reading', () => {
    const read = applyAction(notified(), regime, { action: 'record-reading', actor: police, body: { occurredOn: '2026-11-12' } }, now).state;
    const refusal = refusalOf(read, { action: 'submit-to-court', actor: police, body: { courtUnitCode: 'TA01', exclusionCheck: noExclusion, occurredOn: '2026-11-11' } });
    expect(refusal).toMatchObject({ code: 'event-out-of-order', message: expect.stringContaining('ngày đọc hồ sơ (12/11/2026)') });
  });

  it("refuses a court decision dated before the court's acceptance", () => {
    const accepted: DossierState = { ...notified(), step: 'court', units: { commune: 'X01', court: 'TA01' }, anchors: { 'court-received': '2026-11-16', 'court-accepted': '2026-11-17' } };
    const refusal = refusalOf(accepted, {
      action: 'court-decide',
      actor: { userId: 'c', role: 'court_clerk', unitCode: 'TA01' },
      body: { outcome: 'not-apply', occurredOn: '2026-11-16' },
    });
    expect(refusal).toMatchObject({ code: 'event-out-of-order', message: expect.stringContaining('ngày thụ lý (17/11/2026)') });
  });

  it('refuses the end of a pause dated before it began', () => {
    const clerk = { userId: 'c', role: 'court_clerk' as const, unitCode: 'TA01' };
    const announced: DossierState = { ...notified(), step: 'complaint-window', units: { commune: 'X01', court: 'TA01' }, anchors: { 'decision-announced': '2026-11-18', 'decision-received': '2026-11-18' } };
    const paused = applyAction(announced, regime, { action: 'record-pause', actor: clerk, body: { reason: 'Bão lũ', occurredOn: '2026-11-20' } }, now).state;
    expect(refusalOf(paused, { action: 'end-pause', actor: clerk, body: { occurredOn: '2026-11-19' } })).toMatchObject({ code: 'event-out-of-order' });
  });

  it('lets events that do not depend on each other be recorded in any order', () => {
    expect(refusalOf(notified(), { action: 'record-violation', actor: police, body: { description: 'Sử dụng trái phép chất ma túy', occurredOn: '2026-11-05' } })).toBeUndefined();
  });
});

describe('the reading window (docs/legal/README.md#reading-window-and-sending-the-dossier-on)', () => {
  const clerk = { userId: 'c', role: 'court_clerk' as const, unitCode: 'TA01' };
  const act = (state: DossierState, request: ActionRequest) => applyAction(state, regime, request, now).state;
  const running = (state: DossierState) => activeDeadlines(state, regime, calendar).map((deadline) => deadline.rule.id);

  it('is not opened again for a supplemented dossier, even when a reading cut the first one short', () => {
    const read = act(notified(), { action: 'record-reading', actor: police, body: { occurredOn: '2026-11-11' } });
    expect(running(read)).toContain('commune.reading-window');
    const sent = act(read, { action: 'submit-to-court', actor: police, body: { courtUnitCode: 'TA01', exclusionCheck: noExclusion, occurredOn: '2026-11-12' } });
    const returned = act(sent, { action: 'court-return', actor: clerk, body: { reasons: 'Thiếu bản tường trình', occurredOn: '2026-11-13' } });
    const renotified = act(returned, { action: 'notify-subject', actor: police, body: { occurredOn: '2026-11-16' } });
    expect(renotified.step).toBe('commune');
    expect(running(renotified)).not.toContain('commune.reading-window');
    // The commune police still have their day to send it on, counted from the new notice.
    expect(running(renotified)).toContain('commune.send-dossier');
  });
});
