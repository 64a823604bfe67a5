import { accessTable, areaRootOf, reaches, scopeOf } from '../../domain/access';
import type { AssignedUnits } from '../../domain/dossier/state';
import { roles } from '../../domain/roles';

const units: AssignedUnits = { commune: 'X01', healthFacility: 'YT01', reviewer: 'PC04' };
const ancestryOfX01 = ['X01', 'T01'];

/** domain/access.ts: who reaches which dossier (issue 5 item 2; docs/decisions/0007). */
describe('the access table', () => {
  it('lets supervisors only read and set their area’s plan targets, and administrators never see a dossier', () => {
    for (const operation of ['dossier.open', 'dossier.act', 'inbox.read', 'calendar.write'] as const) {
      expect(scopeOf(operation, 'supervisor')).toBeUndefined();
    }
    expect(scopeOf('plan-target.write', 'supervisor')).toBe('area');
    expect(scopeOf('plan-target.write', 'administrator')).toBe('all');
    for (const operation of ['dossier.read', 'dossier.list', 'document.read', 'dossier.act', 'inbox.read'] as const) {
      expect(scopeOf(operation, 'administrator')).toBeUndefined();
    }
    // Acting is always limited to dossiers assigned to the actor's unit.
    for (const role of roles) expect([undefined, 'assigned']).toContain(scopeOf('dossier.act', role));
    expect(Object.keys(accessTable['dossier.open'])).toEqual(['commune_police']);
  });

  it('reaches a dossier assigned to the caller’s unit, and under an area only with an area scope', () => {
    const police = { userId: 'p', role: 'commune_police' as const, unitCode: 'X01' };
    expect(reaches(units, police, 'assigned', ancestryOfX01, undefined)).toBe(true);
    expect(reaches(units, { ...police, unitCode: 'X02' }, 'assigned', ancestryOfX01, undefined)).toBe(false);

    const supervisor = { userId: 's', role: 'supervisor' as const, unitCode: 'T01' };
    expect(reaches(units, supervisor, 'area', ancestryOfX01, areaRootOf(supervisor, 'area'))).toBe(true);
    expect(reaches(units, { ...supervisor, unitCode: 'T02' }, 'area', ancestryOfX01, 'T02')).toBe(false);

    // The reviewing level reads a dossier once it is submitted to it, and not the communes' dossiers before (issue 13).
    const reviewer = { userId: 'r', role: 'reviewer' as const, unitCode: 'PC04' };
    for (const operation of ['dossier.read', 'dossier.list', 'document.read'] as const) expect(scopeOf(operation, 'reviewer')).toBe('assigned');
    expect(reaches({ commune: 'X01' }, reviewer, 'assigned', ancestryOfX01, areaRootOf(reviewer, 'assigned'))).toBe(false);
    expect(reaches(units, reviewer, 'assigned', ancestryOfX01, undefined)).toBe(true);
    // A health facility reaches only the dossiers whose determination was requested from it.
    const health = { userId: 'h', role: 'health_facility' as const, unitCode: 'YT01' };
    expect(reaches(units, health, 'assigned', ancestryOfX01, undefined)).toBe(true);
    expect(reaches({ commune: 'X01' }, health, 'assigned', ancestryOfX01, undefined)).toBe(false);
  });
});
