import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import type { RegimeId, StepId } from '../../domain/procedure';
import type { Role } from '../../domain/roles';

/** The unit each role acts from in the matrix tests: the one the dossier below assigns to it. */
export const unitOf: Readonly<Record<Role, string>> = {
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

/** A dossier at `step` with every unit assigned, so that only the regime's table decides who may act. */
export function dossierAtStep(regimeId: RegimeId, step: StepId, now: Date): DossierState {
  const state = openDossier(
    {
      dossierId: 'matrix',
      code: 'HS-MATRIX',
      regimeId,
      subject: { fullName: 'Đinh Văn Cường', dateOfBirth: '1985-01-01', sex: 'male', idNumber: '001085000001', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-11-02',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: true,
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    now,
  );
  return { ...state, step, units: { commune: 'X01', healthFacility: 'YT01', reviewer: 'PC04', court: 'TA01', escort: 'CA01', centre: 'CS01' } };
}
