-- An office's own report rows over the PMKS categories: each category in at most one row of an
-- organisation; rows ordered by position and named by label.

CREATE TABLE pmks_report_row (
  organization_id TEXT NOT NULL REFERENCES organization (id),
  category TEXT NOT NULL,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (organization_id, category)
);

-- The yearly PMKS report reads categories by the date they were assessed.
CREATE INDEX person_category_assessed ON person_category (assessed_on);
