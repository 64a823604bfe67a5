-- Whether a province has a reviewing level between the commune police and the court (domain/procedure Regime
-- `reviewingLevel`, docs/legal/README.md "Reviewing level"). No row means none: commune police send straight to court.
CREATE TABLE province_review_levels (
  province_code text PRIMARY KEY,
  review_required boolean NOT NULL,
  -- The provincial instrument that requires the review, or why it was switched off.
  legal_basis text NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
