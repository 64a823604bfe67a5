import type { Sql } from 'postgres';
import type { DossierView } from '../workflows/dossier-view';

/** Writes the dossier's state into Postgres; a snapshot older than the stored one changes nothing. */
export function createProjectionActivities(sql: Sql) {
  async function projectDossier(view: DossierView): Promise<void> {
    await sql.begin(async (tx) => {
      await tx`
        INSERT INTO dossiers (id, code, regime_id, step, closure, commune_code, subject_name, subject_id_number,
                              subject_birth, subject_sex, detected_on, opened_at, due_at, is_overdue, version, state)
        VALUES (${view.dossierId}, ${view.code}, ${view.regimeId}, ${view.step}, ${view.closure ?? null},
                ${view.units.commune}, ${view.subject.fullName}, ${view.subject.idNumber}, ${view.subject.dateOfBirth},
                ${view.subject.sex}, ${view.detectedOn}, ${view.openedAt}, ${view.dueAt ?? null}, ${view.isOverdue},
                ${view.version}, ${tx.json(view as never)})
        ON CONFLICT (id) DO UPDATE SET
          step = excluded.step, closure = excluded.closure, due_at = excluded.due_at, is_overdue = excluded.is_overdue,
          version = excluded.version, state = excluded.state, updated_at = now()
        WHERE dossiers.version <= excluded.version`;
      for (const event of view.timeline) {
        await tx`
          INSERT INTO dossier_events (dossier_id, seq, kind, action, step_before, step_after, actor_user, actor_role,
                                      actor_unit, occurred_on, recorded_at, late, details)
          VALUES (${view.dossierId}, ${event.seq}, ${event.kind}, ${event.action ?? null}, ${event.stepBefore},
                  ${event.stepAfter}, ${event.actor?.userId ?? null}, ${event.actor?.role ?? null},
                  ${event.actor?.unitCode ?? null}, ${event.occurredOn}, ${event.recordedAt}, ${event.late ?? false},
                  ${tx.json((event.details ?? {}) as never)})
          ON CONFLICT (dossier_id, seq) DO NOTHING`;
      }
    });
  }
  return { projectDossier };
}
