import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import type { RegimeId } from '../../domain/procedure';
import { facilityManagementDays, halfServedOn, termEnd } from '../../domain/dossier/term';

/** A dossier admitted on 25/09/2026 for `months` (Luật XLVPHC art. 95; NĐ 116 art. 44(3), 58), by default under 2026. */
function admitted(months: number, changes: Partial<DossierState> = {}, regimeId: RegimeId = '2026'): DossierState {
  const state = openDossier(
    {
      dossierId: 'term',
      code: 'HS-TERM',
      regimeId,
      subject: { fullName: 'Võ Thành Công', dateOfBirth: '1990-01-01', sex: 'male', idNumber: '001090000002', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-08-01',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: true,
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    new Date('2026-08-01T02:00:00Z'),
  );
  return {
    ...state,
    step: 'serving',
    decision: { outcome: 'apply', months, announcedOn: '2026-09-10' },
    anchors: { ...state.anchors, escorted: '2026-09-25', admitted: '2026-09-25' },
    ...changes,
  };
}

describe('term of the measure', () => {
  it('runs the ordered months from admission', () => {
    expect(termEnd(admitted(24))).toBe('2028-09-25');
  });

  it('deducts the days held at a facility while the procedure ran, but not days managed at home', () => {
    const atFacility = admitted(24, { temporaryManagement: { form: 'facility', place: 'Cơ sở số 1', since: '2026-09-05' } });
    expect(facilityManagementDays(atFacility)).toBe(20);
    expect(termEnd(atFacility)).toBe('2028-09-05');
    expect(termEnd(admitted(24, { temporaryManagement: { form: 'home', place: 'Gia đình', since: '2026-09-05' } }))).toBe('2028-09-25');
  });

  it('adds the days away after absconding, and under NĐ 116/2021 art. 58 the days suspended for treatment', () => {
    const interruptions = {
      suspensions: [{ startedOn: '2026-10-01', endedOn: '2026-10-21' }],
      absences: [{ startedOn: '2026-11-01', endedOn: '2026-11-11' }],
    };
    expect(termEnd(admitted(24, interruptions, '2025'))).toBe('2028-10-25');
  });

  it('counts the days of treatment toward the term under Luật 120/2025 art. 39(3)', () => {
    const interruptions = {
      suspensions: [{ startedOn: '2026-10-01', endedOn: '2026-10-21' }],
      absences: [{ startedOn: '2026-11-01', endedOn: '2026-11-11' }],
    };
    expect(termEnd(admitted(24, interruptions))).toBe('2028-10-05');
  });

  it('has no end date while an interruption that does not count toward the term is still open', () => {
    expect(termEnd(admitted(24, { suspensions: [{ startedOn: '2026-10-01' }] }, '2025'))).toBeUndefined();
    expect(termEnd(admitted(24, { absences: [{ startedOn: '2026-10-01' }] }))).toBeUndefined();
    expect(termEnd(admitted(24, { suspensions: [{ startedOn: '2026-10-01' }] }))).toBe('2028-09-25');
  });

  it('shortens the term by a reduction, which may be granted once half has been served', () => {
    expect(halfServedOn(admitted(24))).toBe('2027-09-25');
    expect(termEnd(admitted(24, { reductionMonths: 6 }))).toBe('2028-03-25');
  });

  it('has no end before admission', () => {
    const state = admitted(24);
    expect(termEnd({ ...state, anchors: {} })).toBeUndefined();
  });
});
