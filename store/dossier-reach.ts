import type { PendingQuery, Row, Sql } from 'postgres';
import { assignedUnitKeyOf } from '../domain/dossier/jurisdiction';
import type { AssignedUnits } from '../domain/dossier/state';
import type { Reach } from '../api/access/guard';

type Fragment = PendingQuery<Row[]>;

/** The projection column that holds each assigned unit (db/migrations/006_api_reading.sql). */
const assignedColumns: Record<keyof AssignedUnits, string> = {
  commune: 'commune_code',
  healthFacility: 'health_facility_code',
  reviewer: 'reviewer_code',
  court: 'court_code',
  escort: 'escort_code',
  centre: 'centre_code',
};

/** `WHERE` condition on `dossiers d`: the dossiers the caller reaches (domain/access.ts). */
export function reachCondition(sql: Sql, reach: Reach): Fragment {
  const key = assignedUnitKeyOf(reach.principal.role);
  const assigned = key ? sql`d.${sql(assignedColumns[key])} = ${reach.principal.unitCode}` : sql`false`;
  if (reach.scope === 'all') return sql`true`;
  if (reach.scope === 'area' && reach.areaUnits?.length) {
    return sql`(${assigned} OR d.commune_code = ANY(${reach.areaUnits as string[]}))`;
  }
  return assigned;
}
