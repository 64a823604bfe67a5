import type { ActionForm, ActionRule, Regime } from './types';

export function formIdOf(entry: ActionForm): string {
  return typeof entry === 'string' ? entry : entry.form;
}

/**
 * The forms an action produces given what the person entered: every plain form, and each form whose
 * `needs` the body carries. Reads the body only, so the timeline's event details say the same later.
 */
export function formsProduced(rule: ActionRule, body: object): string[] {
  const entered = body as Record<string, unknown>;
  return rule.forms
    .filter((entry) => typeof entry === 'string' || entry.needs.every((field) => entered[field] !== undefined))
    .map(formIdOf);
}

/** Every form id a regime's opening and actions may produce. */
export function formIdsOfRegime(regime: Regime): string[] {
  const ids = [...regime.opening.forms, ...Object.values(regime.actions).flatMap((rule) => rule.forms.map(formIdOf))];
  return [...new Set(ids)];
}
