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

/** Writes the dossier's state into Postgres; a snapshot older than the stored one changes nothing. */
export function createProjectionActivities(sql: Sql) {
  async function projectDossier(view: DossierView): Promise<void> {
    const { units } = view;
    await sql.begin(async (tx) => {
      const applied = await tx`
        INSERT INTO dossiers (id, code, regime_id, step, closure, commune_code, subject_name, subject_name_folded,
                              subject_id_number, subject_birth, subject_sex, detected_on, opened_at, due_at, is_overdue,
                              health_facility_code, reviewer_code, court_code, escort_code, centre_code, version, state)
        VALUES (${view.dossierId}, ${view.code}, ${view.regimeId}, ${view.step}, ${view.closure ?? null},
                ${units.commune}, ${view.subject.fullName}, ${foldVietnamese(view.subject.fullName)},
                ${view.subject.idNumber}, ${view.subject.dateOfBirth}, ${view.subject.sex}, ${view.detectedOn},
                ${view.openedAt}, ${view.dueAt ?? null}, ${view.isOverdue}, ${units.healthFacility ?? null},
                ${units.reviewer ?? null}, ${units.court ?? null}, ${units.escort ?? null}, ${units.centre ?? null},
                ${view.version}, ${tx.json(view as never)})
        ON CONFLICT (id) DO UPDATE SET
          step = excluded.step, closure = excluded.closure, due_at = excluded.due_at, is_overdue = excluded.is_overdue,
          health_facility_code = excluded.health_facility_code, reviewer_code = excluded.reviewer_code,
          court_code = excluded.court_code, escort_code = excluded.escort_code, centre_code = excluded.centre_code,
          version = excluded.version, state = excluded.state, updated_at = now()
        WHERE dossiers.version <= excluded.version
        RETURNING id`;
      if (applied.length) {
        await tx`DELETE FROM dossier_waits WHERE dossier_id = ${view.dossierId}`;
        const waits = waitsOf(view);
        if (waits.length) await tx`INSERT INTO dossier_waits ${tx(waits)}`;
      }
      // One statement for the whole timeline; rows already written are skipped by their sequence number.
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
        details: tx.json((event.details ?? {}) as never),
      }));
      if (events.length) await tx`INSERT INTO dossier_events ${tx(events)} ON CONFLICT (dossier_id, seq) DO NOTHING`;
    });
  }
  return { projectDossier };
}
