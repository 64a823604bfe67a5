-- Rows replayed from an API process's audit spool (docs/decisions/0006-audit-trail.md) are matched by request id,
-- so that a replay cut short by a crash does not write a row twice; auditors look requests up by it too.
CREATE INDEX audit_log_request_idx ON audit_log (request_id);
