-- An answer is kept as the JSON text it was sent as. jsonb cannot hold the character U+0000, which a refusal may
-- quote from the request it refuses (an unrecognized key, say); as text, its escape `\u0000` is six plain characters.
ALTER TABLE idempotency_keys ALTER COLUMN response TYPE text USING response::text;
