import type { ProcedureRole, Role } from '../roles';
import type { Actor, AssignedUnits, DossierState } from './state';

/** Which assigned unit a role acts for; supervisors are checked against the unit tree by the API. */
const unitOfRole: Record<ProcedureRole, keyof AssignedUnits> = {
  commune_police: 'commune',
  commune_committee: 'commune',
  health_facility: 'healthFacility',
  reviewer: 'reviewer',
  court_clerk: 'court',
  escort_police: 'escort',
  centre_staff: 'centre',
};

/** Which of the dossier's assigned units acts for a role (none for supervisors and administrators). */
export function assignedUnitKeyOf(role: Role): keyof AssignedUnits | undefined {
  return role === 'supervisor' || role === 'administrator' ? undefined : unitOfRole[role];
}

/** An actor acts only for the unit the dossier has assigned to their role. */
export function hasJurisdiction(state: Pick<DossierState, 'units'>, actor: Actor): boolean {
  if (actor.role === 'supervisor' || actor.role === 'administrator') return false;
  return state.units[unitOfRole[actor.role]] === actor.unitCode;
}

export function assignedUnitFor(state: Pick<DossierState, 'units'>, role: Role): string | undefined {
  if (role === 'supervisor' || role === 'administrator') return undefined;
  return state.units[unitOfRole[role]];
}
