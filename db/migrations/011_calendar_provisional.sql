-- Calendar years and days carry a status (domain/calendar/types.ts): `published` and `statutory` are applied,
-- `provisional` (announced, no binding instrument yet) is not, until an administrator confirms it with its source.

-- Before this, `provisional` meant a year computed from the Labour Code's holidays and applied: it is now `statutory`.
UPDATE calendar_years SET data = jsonb_set(data, '{status}', '"statutory"') WHERE data->>'status' = 'provisional';

-- The shipped schedules nobody has edited are added again as this release ships them (24/11/2026 provisional):
-- scripts/migrate.ts re-inserts them in the same transaction. An administrator's saved year is kept as it is.
DELETE FROM calendar_years WHERE updated_by = 'hoso-release';

ALTER TABLE calendar_years
  ADD CONSTRAINT calendar_years_status CHECK (data->>'status' IN ('published', 'provisional', 'statutory'));
