import { publishedYears } from '../../domain/calendar';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, checkAction, type ActionRequest } from '../../domain/dossier';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime, type RegimeId } from '../../domain/procedure';

const calendar = new WorkingCalendar(publishedYears);
const now = new Date('2026-12-05T03:00:00Z');
const centre = { userId: 's', role: 'centre_staff' as const, unitCode: 'CS01' };

/** A person admitted on `admittedOn` for 24 months, serving the term. */
function serving(regimeId: RegimeId, admittedOn: string): DossierState {
  const state = openDossier(
    {
      dossierId: 'serving',
      code: 'HS-SERVING',
      regimeId,
      subject: { fullName: 'Lý Văn Hòa', dateOfBirth: '1986-03-03', sex: 'male', idNumber: '001086000007', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2024-01-02',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: false,
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    new Date('2024-01-02T02:00:00Z'),
  );
  return { ...state, step: 'serving', units: { ...state.units, centre: 'CS01' }, decision: { outcome: 'apply', months: 24, announcedOn: admittedOn }, anchors: { escorted: admittedOn, admitted: admittedOn } };
}

const suspend = (inpatientDays?: number): ActionRequest => ({
  action: 'suspend-for-treatment',
  actor: centre,
  body: { reasons: 'Điều trị tại bệnh viện tỉnh', ...(inpatientDays === undefined ? {} : { inpatientDays }), occurredOn: '2026-11-02' },
});

describe('suspension for treatment (docs/legal/README.md#suspension-for-treatment)', () => {
  it('under NĐ 116/2021 art. 58, suspends only after more than 10 days as an inpatient', () => {
    const regime = getRegime('2025');
    expect(checkAction(serving('2025', '2025-06-02'), regime, suspend(10), now, calendar)).toMatchObject({ code: 'precondition-failed', message: expect.stringContaining('trên 10 ngày') });
    expect(checkAction(serving('2025', '2025-06-02'), regime, suspend(), now, calendar)).toMatchObject({ code: 'precondition-failed' });
    expect(checkAction(serving('2025', '2025-06-02'), regime, suspend(11), now, calendar)).toBeUndefined();
  });

  it('under Luật 120/2025 art. 39(3), needs no day threshold', () => {
    expect(checkAction(serving('2026', '2026-07-06'), getRegime('2026'), suspend(), now, calendar)).toBeUndefined();
  });

  it('sends the person back when 3 months or more of the term remain', () => {
    const regime = getRegime('2026');
    const suspended = applyAction(serving('2026', '2026-07-06'), regime, suspend(), now).state;
    const resumed = applyAction(suspended, regime, { action: 'resume', actor: centre, body: { occurredOn: '2026-11-20' } }, now).state;
    expect(resumed.step).toBe('serving');
  });

  it('waives the rest of the term when less than 3 months remain on recovery', () => {
    const regime = getRegime('2026');
    // Admitted on 05/01/2025 for 24 months: the term ends on 05/01/2027, under 3 months after 20/11/2026.
    const suspended = applyAction(serving('2026', '2025-01-05'), regime, suspend(), now).state;
    const resumed = applyAction(suspended, regime, { action: 'resume', actor: centre, body: { occurredOn: '2026-11-20' } }, now).state;
    expect(resumed).toMatchObject({ step: 'closed', closure: 'exempted' });
  });
});
