-- Administrative units and agencies. Codes are kept as the source gives them.
CREATE TABLE units (
  code         text PRIMARY KEY,
  name         text NOT NULL,
  -- Commune police and the commune People's Committee act for the commune itself.
  kind         text NOT NULL CHECK (kind IN ('province', 'district', 'commune', 'health_facility', 'reviewer', 'court',
                                             'escort_police', 'centre')),
  parent_code  text REFERENCES units (code),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX units_parent_idx ON units (parent_code);

CREATE TABLE users (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  role        text NOT NULL,
  unit_code   text NOT NULL REFERENCES units (code),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- The projection of each dossier workflow, for search, lists and reports. Updated only by newer versions.
CREATE TABLE dossiers (
  id                uuid PRIMARY KEY,
  code              text NOT NULL UNIQUE,
  regime_id         text NOT NULL,
  step              text NOT NULL,
  closure           text,
  commune_code      text NOT NULL,
  subject_name      text NOT NULL,
  subject_id_number text NOT NULL,
  subject_birth     date NOT NULL,
  subject_sex       text NOT NULL,
  detected_on       date NOT NULL,
  opened_at         timestamptz NOT NULL,
  due_at            timestamptz,
  is_overdue        boolean NOT NULL DEFAULT false,
  version           integer NOT NULL,
  state             jsonb NOT NULL,
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_commune_step_idx ON dossiers (commune_code, step);
CREATE INDEX dossiers_due_idx ON dossiers (due_at) WHERE step <> 'closed';
CREATE INDEX dossiers_id_number_idx ON dossiers (subject_id_number);

-- Timeline: one row per workflow event, keyed by its sequence number so replays write nothing twice.
CREATE TABLE dossier_events (
  dossier_id   uuid NOT NULL REFERENCES dossiers (id),
  seq          integer NOT NULL,
  kind         text NOT NULL,
  action       text,
  step_before  text NOT NULL,
  step_after   text NOT NULL,
  actor_user   text,
  actor_role   text,
  actor_unit   text,
  occurred_on  date NOT NULL,
  recorded_at  timestamptz NOT NULL,
  late         boolean NOT NULL DEFAULT false,
  details      jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (dossier_id, seq)
);

-- Archived documents: the object in MinIO and the checksum that proves it unchanged.
CREATE TABLE documents (
  id                text PRIMARY KEY,
  dossier_id        uuid NOT NULL,
  form_id           text NOT NULL,
  step              text NOT NULL,
  seq               integer NOT NULL,
  object_key        text NOT NULL,
  object_version_id text,
  sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes        integer NOT NULL,
  content_type      text NOT NULL DEFAULT 'application/pdf',
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_dossier_idx ON documents (dossier_id);
