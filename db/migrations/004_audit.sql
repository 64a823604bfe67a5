-- The audit trail (issue 5): who did or read what to which dossier, when, and how it ended.
-- Rows are only ever appended. Each row's hash covers its fields and the previous row's hash, so an
-- edited or removed row breaks the chain, and `npm run audit:verify` names the first break
-- (docs/decisions/0006-audit-trail.md). No personal data here: people and documents appear by id only.
CREATE TABLE audit_log (
  -- Assigned by the appender under one lock, 1, 2, 3, … with no gaps: a gap is a removed row.
  seq          bigint PRIMARY KEY CHECK (seq >= 1),
  -- When the request arrived, to the millisecond (the hash covers it as an ISO string).
  at           timestamptz NOT NULL,
  request_id   text NOT NULL,
  -- Null when the caller was not authenticated (a refused request without a valid token).
  user_id      text,
  role         text,
  unit_code    text,
  -- What: 'dossier.open', 'dossier.action.submit', 'dossier.read', 'document.read', 'calendar.update', …
  action       text NOT NULL CHECK (action <> ''),
  dossier_id   uuid,
  -- What else was touched, by id: a document id, a calendar year.
  target       text,
  outcome      text NOT NULL CHECK (outcome IN ('ok', 'refused', 'error', 'aborted')),
  http_status  integer,
  details      jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash    text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash         text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- The questions auditors ask: who touched this dossier; what did this person do.
CREATE INDEX audit_log_dossier_idx ON audit_log (dossier_id, seq) WHERE dossier_id IS NOT NULL;
CREATE INDEX audit_log_user_idx ON audit_log (user_id, seq);

-- The chain's head, moved in the same transaction as each append. Without it, removing the newest
-- rows would leave a shorter chain that is still perfectly linked.
CREATE TABLE audit_head (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq        bigint NOT NULL CHECK (seq >= 0),
  hash       text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
-- The genesis: no rows yet, and the hash the first row links to.
INSERT INTO audit_head (seq, hash) VALUES (0, repeat('0', 64));

-- Append-only: the triggers refuse UPDATE, DELETE and TRUNCATE from every role, the owner included.
-- The owner can still ALTER TABLE … DISABLE TRIGGER, and a superuser can skip triggers altogether
-- (session_replication_role = replica). That is what the hash chain is for: it cannot stop such an
-- edit, but it reveals it.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The head only moves forward, and is never removed.
CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq <= OLD.seq THEN
    RAISE EXCEPTION 'audit_head may only move forward (% to %)', OLD.seq, NEW.seq USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER audit_head_forward_only
  BEFORE UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
CREATE TRIGGER audit_head_no_delete
  BEFORE DELETE ON audit_head FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_head_no_truncate
  BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
