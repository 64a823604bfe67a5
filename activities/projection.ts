import type { Sql } from 'postgres';
import { assignedUnitFor } from '../domain/dossier/jurisdiction';
import { isRole } from '../domain/roles';
import { foldVietnamese } from '../domain/text/fold';
import type { DossierView } from '../workflows/dossier-view';

/** The office deadlines running now, each with the unit that must act: the inbox and the overdue board. */
function waitsOf(view: DossierView) {
  return view.deadlines.flatMap((deadline) => {
    if (deadline.onExpiry !== 'overdue' || !isRole(deadline.owner)) return [];
    const unitCode = assignedUnitFor(view, deadline.owner);
    if (!unitCode) return [];
    return [
      {
        dossier_id: view.dossierId,
        deadline_id: deadline.id,
        role: deadline.owner,
        unit_code: unitCode,
        commune_code: view.units.commune,
        step: view.step,
        due_at: deadline.dueAt,
      },
    ];
  });
}

/**
 * Writes the dossier's state into Postgres, in one statement (one round trip, atomic): the dossier row, unless the
 * stored snapshot is newer; then, only if it was written, the deadlines now running; and the timeline, whose rows
 * already written are skipped by their sequence number.
 */
export function createProjectionActivities(sql: Sql) {
  async function projectDossier(view: DossierView): Promise<void> {
    const { units } = view;
    const waits = waitsOf(view);
    const events = view.timeline.map((event) => ({
      dossier_id: view.dossierId,
      seq: event.seq,
      kind: event.kind,
      action: event.action ?? null,
      step_before: event.stepBefore,
      step_after: event.stepAfter,
      actor_user: event.actor?.userId ?? null,
      actor_role: event.actor?.role ?? null,
      actor_unit: event.actor?.unitCode ?? null,
      occurred_on: event.occurredOn,
      recorded_at: event.recordedAt,
      late: event.late ?? false,
      details: event.details ?? {},
    }));
    await sql`
      WITH stored AS (
        INSERT INTO dossiers (id, code, regime_id, step, closure, commune_code, subject_name, subject_name_folded,
                              subject_id_number, subject_birth, subject_sex, detected_on, opened_at, due_at, is_overdue,
                              health_facility_code, reviewer_code, court_code, escort_code, centre_code, version, state)
        VALUES (${view.dossierId}, ${view.code}, ${view.regimeId}, ${view.step}, ${view.closure ?? null},
                ${units.commune}, ${view.subject.fullName}, ${foldVietnamese(view.subject.fullName)},
                ${view.subject.idNumber}, ${view.subject.dateOfBirth}, ${view.subject.sex}, ${view.detectedOn},
                ${view.openedAt}, ${view.dueAt ?? null}, ${view.isOverdue}, ${units.healthFacility ?? null},
                ${units.reviewer ?? null}, ${units.court ?? null}, ${units.escort ?? null}, ${units.centre ?? null},
                ${view.version}, ${sql.json(view as never)})
        ON CONFLICT (id) DO UPDATE SET
          step = excluded.step, closure = excluded.closure, due_at = excluded.due_at, is_overdue = excluded.is_overdue,
          health_facility_code = excluded.health_facility_code, reviewer_code = excluded.reviewer_code,
          court_code = excluded.court_code, escort_code = excluded.escort_code, centre_code = excluded.centre_code,
          version = excluded.version, state = excluded.state, updated_at = now()
        WHERE dossiers.version <= excluded.version
        RETURNING id
      ),
      running AS (
        SELECT dossier_id, deadline_id, role, unit_code, commune_code, step, due_at
        FROM jsonb_populate_recordset(NULL::dossier_waits, ${sql.json(waits as never)})
        WHERE EXISTS (SELECT 1 FROM stored)
      ),
      ended AS (
        DELETE FROM dossier_waits
        WHERE dossier_id = ${view.dossierId} AND EXISTS (SELECT 1 FROM stored)
          AND deadline_id NOT IN (SELECT deadline_id FROM running)
      ),
      waits AS (
        INSERT INTO dossier_waits (dossier_id, deadline_id, role, unit_code, commune_code, step, due_at)
        SELECT * FROM running
        ON CONFLICT (dossier_id, deadline_id) DO UPDATE SET
          role = excluded.role, unit_code = excluded.unit_code, commune_code = excluded.commune_code,
          step = excluded.step, due_at = excluded.due_at
      )
      INSERT INTO dossier_events (dossier_id, seq, kind, action, step_before, step_after, actor_user, actor_role,
                                  actor_unit, occurred_on, recorded_at, late, details)
      SELECT dossier_id, seq, kind, action, step_before, step_after, actor_user, actor_role,
             actor_unit, occurred_on, recorded_at, late, details
      FROM jsonb_populate_recordset(NULL::dossier_events, ${sql.json(events as never)})
      ON CONFLICT (dossier_id, seq) DO NOTHING`;
  }
  return { projectDossier };
}
