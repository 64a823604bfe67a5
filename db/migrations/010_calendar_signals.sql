-- A calendar change reaches every open dossier even if Temporal fails partway (docs/decisions/0002-procedure-engine.md):
-- the save records the broadcast and the dossiers to signal in its own transaction, and the API's broadcaster
-- (api/calendar/calendar-broadcaster.ts) sends the signals, removing each row once its dossier has been told.

-- Each save of a calendar year, numbered under the lock that the save and the broadcaster share.
CREATE TABLE calendar_broadcasts (
  revision          integer PRIMARY KEY,
  calendar_version  text NOT NULL,
  saved_by          text NOT NULL,
  saved_at          timestamptz NOT NULL DEFAULT now()
);

-- The dossiers still to be told, each of the latest broadcast that reached it; a failed signal is retried later.
CREATE TABLE calendar_signals (
  dossier_id       uuid PRIMARY KEY,
  revision         integer NOT NULL REFERENCES calendar_broadcasts (revision),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calendar_signals_due_idx ON calendar_signals (next_attempt_at);
