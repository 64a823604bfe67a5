import type { Regime } from '../procedure/types';
import type { ActionId } from '../procedure/types';
import type { Actor, DossierState } from './state';
import { hasJurisdiction } from './jurisdiction';

export interface AvailableAction {
  action: ActionId;
  /** The action's name in the regime table, as the console labels its button. */
  title: string;
  /** The id of the body's zod schema in domain/schemas/actions.ts `actionBodySchemas`: the action id itself. */
  bodySchema: ActionId;
}

/**
 * What an actor may do to a dossier now: the regime's actions allowed at the current step, for the actor's role, in
 * the unit the dossier assigns to that role. The workflow still judges each request in full (`checkAction`), so
 * an offered action can be refused for a fact of the dossier (409), never for the role, the step or the unit.
 */
export function availableActions(state: Pick<DossierState, 'step' | 'units' | 'reviewRequired'>, regime: Regime, actor: Actor): AvailableAction[] {
  if (state.step === 'closed' || !hasJurisdiction(state, actor)) return [];
  return Object.values(regime.actions)
    .filter((rule) => rule.at.includes(state.step) && rule.by.includes(actor.role) && rule.id !== wrongSubmission(state))
    .map((rule) => ({ action: rule.id, title: rule.title, bodySchema: rule.id }));
}

/** Of the two ways a commune sends its dossier on, the one this dossier does not take (see `reviewRequired`). */
export function wrongSubmission(state: Pick<DossierState, 'reviewRequired'>): 'submit' | 'submit-to-court' {
  return state.reviewRequired ? 'submit-to-court' : 'submit';
}
