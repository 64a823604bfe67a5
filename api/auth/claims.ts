import type { Actor } from '../../domain/dossier/state';
import { isRole } from '../../domain/roles';

/** Token claims hoso needs: who, in which role, for which unit. */
export interface Principal extends Actor {
  name: string;
}

export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  const { sub, name, role, unit } = claims;
  if (typeof sub !== 'string' || !isRole(role) || typeof unit !== 'string') return undefined;
  return { userId: sub, name: typeof name === 'string' ? name : sub, role, unitCode: unit };
}
