-- Supervision (issue 5, item 7): the overdue board of a province and the figures of an area and period.

-- An area's overdue deadlines by commune and by owing unit, read index-only (store/supervision.ts overdueBoard):
-- the two lists are merged and sorted, so the heap is visited only for the page shown.
CREATE INDEX dossier_waits_commune_overdue_idx ON dossier_waits (commune_code, due_at, dossier_id) INCLUDE (deadline_id, step);
CREATE INDEX dossier_waits_unit_overdue_idx ON dossier_waits (unit_code, due_at, dossier_id) INCLUDE (deadline_id, step);

-- Dossiers opened in an area and period, with what the sex and age breakdown needs.
CREATE INDEX dossiers_commune_detected_idx ON dossiers (commune_code, detected_on) INCLUDE (subject_sex, subject_birth);

-- The timeline events the figures count, reached from an area's dossiers.
CREATE INDEX dossier_events_counted_idx ON dossier_events (dossier_id, occurred_on) INCLUDE (action, kind)
  WHERE action IN ('admit', 'return-for-supplementation', 'court-return', 'court-decide') OR kind = 'overdue';

-- The moves from step to step, for the time spent in each step.
CREATE INDEX dossier_events_moves_idx ON dossier_events (dossier_id, seq) INCLUDE (occurred_on, step_before)
  WHERE step_before <> step_after OR kind = 'opened';
