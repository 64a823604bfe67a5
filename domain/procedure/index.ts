import { regime2022 } from './regime-2022';
import { regime2025 } from './regime-2025';
import { regime2026 } from './regime-2026';
import type { ActionId, Regime, RegimeId } from './types';
import type { Role } from '../roles';

export * from './types';
export { formIdOf, formIdsOfRegime, formsProduced } from './action-forms';

export const regimes: Readonly<Record<RegimeId, Regime>> = Object.freeze({
  '2022': regime2022,
  '2025': regime2025,
  '2026': regime2026,
});

export function getRegime(id: RegimeId): Regime {
  return regimes[id];
}

export function isRegimeId(value: unknown): value is RegimeId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(regimes, value);
}

/** The regime in force on a detection date (YYYY-MM-DD); undefined before 01/01/2022. */
export function regimeInForce(detectedOn: string): Regime | undefined {
  return Object.values(regimes).find(
    (regime) => regime.appliesFrom <= detectedOn && (!regime.appliesUntil || detectedOn <= regime.appliesUntil),
  );
}

/** Whether a role ever owns an action under a regime (a role that never does is refused with 403). */
export function roleMayTake(regime: Regime, action: ActionId, role: Role): boolean {
  return regime.actions[action].by.includes(role);
}
