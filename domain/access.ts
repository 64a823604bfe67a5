import { hasJurisdiction } from './dossier/jurisdiction';
import type { Actor, AssignedUnits } from './dossier/state';
import type { Role } from './roles';

/**
 * Whose dossiers a permission reaches:
 *   `assigned`  — dossiers that assign the user's unit to the user's role (the commune, the health facility
 *                 the request was addressed to, the reviewer, court, escort or centre named on the dossier);
 *   `area`      — `assigned`, and every dossier whose commune lies under the supervisor's unit;
 *   `unit`      — nothing about dossiers: the unit's own data (its inbox, its plan);
 *   `all`       — reference data or aggregates without personal data.
 */
export type Scope = 'assigned' | 'area' | 'unit' | 'all';

/** What a signed-in user asks the API for. Procedure actions are one operation; the regime table decides which. */
export type Operation =
  | 'dossier.open'
  | 'dossier.act'
  | 'dossier.read'
  | 'dossier.list'
  | 'dossier.history.read'
  | 'document.read'
  | 'inbox.read'
  | 'overdue.read'
  | 'stats.read'
  | 'plan-target.write'
  | 'calendar.read'
  | 'calendar.write'
  | 'review-level.write'
  | 'units.read'
  | 'units.write'
  | 'payloads.decode'
  | 'payloads.encode';

type Grants = Partial<Record<Role, Scope>>;

const everyProcedureRole = (scope: Scope): Grants => ({
  commune_police: scope,
  commune_committee: scope,
  health_facility: scope,
  reviewer: scope,
  court_clerk: scope,
  escort_police: scope,
  centre_staff: scope,
});

// The reviewing level reads a dossier once it is submitted to it (the submission names it), not the communes' files
// before then: it has no need to know (issue 13).
const dossierReaders: Grants = { ...everyProcedureRole('assigned'), supervisor: 'area' };
const everyone: Grants = { ...everyProcedureRole('all'), supervisor: 'all', administrator: 'all' };

/**
 * The authorization table (issue 5): which role may do what, over whose dossiers. A procedure action is
 * further limited by the dossier's regime table (`ActionRule.by` and `.at`) and checked by the workflow's
 * validator; supervisors read, and set their area's plan targets; administrators keep reference data and see no personal data, except the
 * Temporal payloads they decode as operators.
 */
export const accessTable: Readonly<Record<Operation, Grants>> = {
  // LPCMT 2021 art. 32–33 and the regimes' opening rules: the commune police of the commune where the person lives.
  'dossier.open': { commune_police: 'unit' },
  'dossier.act': everyProcedureRole('assigned'),
  'dossier.read': dossierReaders,
  'dossier.list': dossierReaders,
  // Who did or read what to a dossier: its supervisors, and the commune police unit that opened and owns it.
  'dossier.history.read': { commune_police: 'assigned', supervisor: 'area' },
  'document.read': dossierReaders,
  'inbox.read': everyProcedureRole('unit'),
  'overdue.read': { ...everyProcedureRole('unit'), supervisor: 'area' },
  'stats.read': { supervisor: 'area', administrator: 'all' },
  // A provincial supervisor sets the plan targets (chỉ tiêu) of the province and the units under it; administrators
  // too (a decision of the founding team, README "Decisions already taken").
  'plan-target.write': { supervisor: 'area', administrator: 'all' },
  'calendar.read': everyone,
  'calendar.write': { administrator: 'all' },
  // Whether a province's dossiers pass a reviewing level (docs/legal/README.md): a provincial rule, kept by administrators.
  'review-level.write': { administrator: 'all' },
  'units.read': everyone,
  // The agencies dossiers are sent to (Labour offices, courts, centres…), with the days each is in force: reference
  // data, kept by administrators. The official administrative units come from the GSO dataset, not from here.
  'units.write': { administrator: 'all' },
  // The Temporal UI's codec server (api/routes/codec.ts): the one place administrators see personal data, because
  // they operate Temporal and a stuck workflow's payloads are what they must read to repair it. Every call is audited.
  'payloads.decode': { administrator: 'all' },
  'payloads.encode': { administrator: 'all' },
};

export function scopeOf(operation: Operation, role: Role): Scope | undefined {
  return accessTable[operation][role];
}

/** The unit whose subtree of communes an `area` scope covers, or undefined when the scope is narrower. */
export function areaRootOf(actor: Actor, scope: Scope | undefined): string | undefined {
  return scope === 'area' ? actor.unitCode : undefined;
}

/**
 * Whether a dossier is within reach: assigned to the actor's unit, or (for `area` scopes) its commune lies
 * under `areaRoot`. `communeAncestry` lists the commune and every unit above it.
 */
export function reaches(
  units: AssignedUnits,
  actor: Actor,
  scope: Scope | undefined,
  communeAncestry: readonly string[],
  areaRoot: string | undefined,
): boolean {
  if (scope === 'assigned' || scope === 'area') {
    if (hasJurisdiction({ units }, actor)) return true;
  }
  return scope === 'area' && areaRoot !== undefined && communeAncestry.includes(areaRoot);
}
