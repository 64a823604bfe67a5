-- Official administrative units (codes of the General Statistics Office, Quyết định 19/2025/QĐ-TTg), seeded
-- from db/reference/admin-units-2025.json; see docs/decisions/0005-administrative-units.md.
ALTER TABLE units
  -- How the official list names the level: tỉnh / thành phố trung ương; xã / phường / đặc khu; and for the
  -- districts abolished on 1 July 2025, huyện / quận / thị xã / thành phố. NULL for agencies and demo units.
  ADD COLUMN division_type text CHECK (division_type IN ('tỉnh', 'thành phố trung ương', 'xã', 'phường', 'đặc khu',
                                                         'huyện', 'quận', 'thị xã', 'thành phố')),
  -- The dataset and version that last wrote the row (e.g. vietnam-provinces@2026.9.0); NULL for rows entered here.
  ADD COLUMN source text,
  ADD COLUMN valid_from date,
  -- The day the unit ceased to exist. Abolished units stay, because dossiers of the 2022 regime still name them.
  ADD COLUMN valid_to date,
  ADD CONSTRAINT units_validity_check CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to),
  -- The name as foldVietnamese (domain/text/fold.ts) folds it, for searches typed without diacritics.
  ADD COLUMN name_folded text GENERATED ALWAYS AS (
    lower(translate(regexp_replace(normalize(name, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD'))
  ) STORED;

CREATE INDEX units_source_idx ON units (source);
