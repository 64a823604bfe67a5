-- Forms of recorded events that could not be issued (DossierState.formFailures, domain/dossier/form-failures.ts),
-- counted from the projected state so that lists flag the dossier without reading it; 0 for dossiers without any.
ALTER TABLE dossiers
  ADD COLUMN failed_forms integer NOT NULL GENERATED ALWAYS AS (
    CASE WHEN jsonb_typeof(state -> 'formFailures') = 'array' THEN jsonb_array_length(state -> 'formFailures') ELSE 0 END
  ) STORED;
