import { hasJurisdiction } from './dossier/jurisdiction';
import type { Actor, DossierState } from './dossier/state';

/**
 * Who may read a dossier: the units assigned to it, and supervisors of a unit above its commune
 * (`communeAncestry` lists the commune and every unit above it).
 */
export function mayRead(state: Pick<DossierState, 'units'>, actor: Actor, communeAncestry: readonly string[]): boolean {
  if (actor.role === 'supervisor') return communeAncestry.includes(actor.unitCode);
  return hasJurisdiction(state, actor);
}
