import { accessTable, areaRootOf, reaches, scopeOf, type Operation, type Scope } from '../../domain/access';
import type { AssignedUnits } from '../../domain/dossier/state';
import type { UnitTree } from '../../store/unit-tree';
import type { Principal } from '../auth/claims';
import { ApiError, notFound } from '../errors';

/** Which dossiers a caller reaches with a permission: their assigned unit, plus the communes under an area. */
export interface Reach {
  scope: Scope;
  principal: Principal;
  /** Communes (and every unit) under the caller's area, for `area` scopes. */
  areaUnits?: readonly string[];
}

/** The API side of domain/access.ts: 403 for a permission the role does not have, 404 for a dossier out of reach. */
export function createGuard(units: UnitTree) {
  /** The caller's scope for the operation, or 403. */
  function scope(operation: Operation, principal: Principal): Scope {
    const granted = scopeOf(operation, principal.role);
    if (!granted) {
      throw new ApiError(403, 'role-not-permitted', 'Vai trò của bạn không được thực hiện thao tác này.', `Role ${principal.role} may not ${operation}.`, {
        allowedRoles: Object.keys(accessTable[operation]),
      });
    }
    return granted;
  }

  /** Throws 403 or 404 unless the caller reaches the dossier with this operation. */
  async function dossier(operation: Operation, principal: Principal, assigned: AssignedUnits): Promise<void> {
    const granted = scope(operation, principal);
    const root = areaRootOf(principal, granted);
    const ancestry = root ? await units.ancestry(assigned.commune) : [];
    // 404, not 403: a dossier out of reach is not confirmed to exist.
    if (!reaches(assigned, principal, granted, ancestry, root)) throw notFound();
  }

  /** For lists: the scope and, for `area`, every unit under the caller's area. */
  async function reach(operation: Operation, principal: Principal): Promise<Reach> {
    const granted = scope(operation, principal);
    const root = areaRootOf(principal, granted);
    return { scope: granted, principal, ...(root ? { areaUnits: await units.descendants(root) } : {}) };
  }

  return { scope, dossier, reach };
}

export type Guard = ReturnType<typeof createGuard>;
