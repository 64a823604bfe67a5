-- What the API reads and guards (issue 5): search, the inbox, the overdue board, plan targets,
-- retried POSTs and the one-active-dossier-per-person rule.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Names folded for diacritic-insensitive search ("nguyen van an" finds "Nguyễn Văn An"); the projection
-- writes it with domain/text/fold.ts, this backfill folds the same way in SQL.
ALTER TABLE dossiers
  ADD COLUMN subject_name_folded   text,
  ADD COLUMN health_facility_code  text,
  ADD COLUMN reviewer_code         text,
  ADD COLUMN court_code            text,
  ADD COLUMN escort_code           text,
  ADD COLUMN centre_code           text;
UPDATE dossiers SET
  subject_name_folded = translate(lower(regexp_replace(normalize(subject_name, NFD), '[\u0300-\u036f]', '', 'g')), 'đ', 'd'),
  health_facility_code = state #>> '{units,healthFacility}',
  reviewer_code = state #>> '{units,reviewer}',
  court_code = state #>> '{units,court}',
  escort_code = state #>> '{units,escort}',
  centre_code = state #>> '{units,centre}';
ALTER TABLE dossiers ALTER COLUMN subject_name_folded SET NOT NULL;

CREATE INDEX dossiers_name_trgm_idx ON dossiers USING gin (subject_name_folded gin_trgm_ops);
CREATE INDEX dossiers_opened_idx ON dossiers (opened_at DESC, id DESC);
CREATE INDEX dossiers_commune_opened_idx ON dossiers (commune_code, opened_at DESC, id DESC);
CREATE INDEX dossiers_health_facility_idx ON dossiers (health_facility_code) WHERE health_facility_code IS NOT NULL;
CREATE INDEX dossiers_reviewer_idx ON dossiers (reviewer_code) WHERE reviewer_code IS NOT NULL;
CREATE INDEX dossiers_court_idx ON dossiers (court_code) WHERE court_code IS NOT NULL;
CREATE INDEX dossiers_escort_idx ON dossiers (escort_code) WHERE escort_code IS NOT NULL;
CREATE INDEX dossiers_centre_idx ON dossiers (centre_code) WHERE centre_code IS NOT NULL;
CREATE INDEX dossiers_active_id_number_idx ON dossiers (subject_id_number) WHERE step <> 'closed';

-- Who must act on what, by when: one row per running office deadline (onExpiry 'overdue') of a dossier,
-- for the unit the dossier assigns to the deadline's owner. Rewritten with each newer projection.
CREATE TABLE dossier_waits (
  dossier_id    uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  deadline_id   text NOT NULL,
  role          text NOT NULL,
  unit_code     text NOT NULL,
  commune_code  text NOT NULL,
  step          text NOT NULL,
  due_at        timestamptz NOT NULL,
  PRIMARY KEY (dossier_id, deadline_id)
);
CREATE INDEX dossier_waits_inbox_idx ON dossier_waits (role, unit_code, due_at, dossier_id);
CREATE INDEX dossier_waits_due_idx ON dossier_waits (due_at, dossier_id);
-- By unit and by commune, for the overdue board: db/migrations/007_supervision.sql.

-- One active dossier per person: the API claims the ID number before starting the workflow, so two
-- concurrent openings cannot both pass the check.
CREATE TABLE active_subjects (
  id_number   text PRIMARY KEY,
  dossier_id  uuid NOT NULL,
  claimed_at  timestamptz NOT NULL DEFAULT now()
);

-- Idempotency-Key: the first result of a POST, replayed to a retry with the same key and body.
CREATE TABLE idempotency_keys (
  user_id       text NOT NULL,
  key           text NOT NULL,
  method        text NOT NULL,
  path          text NOT NULL,
  request_hash  text NOT NULL,
  status        integer,
  response      jsonb,
  location      text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- Plan targets (chỉ tiêu) set by the provincial plans, per unit and year, shown against what happened.
CREATE TABLE plan_targets (
  unit_code   text NOT NULL REFERENCES units (code),
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  metric      text NOT NULL CHECK (metric IN ('opened', 'admitted')),
  target      integer NOT NULL CHECK (target >= 0),
  note        text,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_code, year, metric)
);
