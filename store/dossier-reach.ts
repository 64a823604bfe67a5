import type { PendingQuery, Row, Sql } from 'postgres';
import { assignedUnitKeyOf } from '../domain/dossier/jurisdiction';
import type { AssignedUnits } from '../domain/dossier/state';
import type { Reach } from '../api/access/guard';

type Fragment = PendingQuery<Row[]>;

/** The projection column that holds each assigned unit (db/migrations/006_api_reading.sql). */
function assignedColumn(sql: Sql, key: keyof AssignedUnits, code: string): Fragment {
  switch (key) {
    case 'commune':
      return sql`d.commune_code = ${code}`;
    case 'healthFacility':
      return sql`d.health_facility_code = ${code}`;
    case 'reviewer':
      return sql`d.reviewer_code = ${code}`;
    case 'court':
      return sql`d.court_code = ${code}`;
    case 'escort':
      return sql`d.escort_code = ${code}`;
    case 'centre':
      return sql`d.centre_code = ${code}`;
  }
}

/** `WHERE` condition on `dossiers d`: the dossiers the caller reaches (domain/access.ts). */
export function reachCondition(sql: Sql, reach: Reach): Fragment {
  const key = assignedUnitKeyOf(reach.principal.role);
  const assigned = key ? assignedColumn(sql, key, reach.principal.unitCode) : sql`false`;
  if (reach.scope === 'all') return sql`true`;
  if (reach.scope === 'area' && reach.areaUnits?.length) {
    return sql`(${assigned} OR d.commune_code = ANY(${reach.areaUnits as string[]}))`;
  }
  return assigned;
}
