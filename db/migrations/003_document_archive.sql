-- Signed, versioned documents (issue 4). A document is one revision of one form issued for one event;
-- a correction issues the next revision, stored as a new version of the same object, the old one kept.
ALTER TABLE documents
  ADD COLUMN revision           integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  ADD COLUMN supersedes         text REFERENCES documents (id),
  ADD COLUMN reason             text,
  -- Printed on the PDF with its QR code; the public verification page looks documents up by it.
  ADD COLUMN verification_code  text,
  -- Who signed: a unit (its certificate), never a person's data.
  ADD COLUMN signer_unit_code   text,
  ADD COLUMN signer_subject     text,
  ADD COLUMN signer_certificate_sha256 text CHECK (signer_certificate_sha256 ~ '^[0-9a-f]{64}$'),
  ADD COLUMN signed_at          timestamptz;

CREATE UNIQUE INDEX documents_verification_code_idx ON documents (verification_code);
CREATE UNIQUE INDEX documents_revision_idx ON documents (dossier_id, form_id, seq, revision);
