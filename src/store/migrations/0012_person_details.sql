-- Identity details of a person (religion, kinds of disability) and PMKS categories with an end.
-- person_category keeps one row per person and category, its latest period: ended_on is '' while
-- the category applies. When an ended category is assessed again, the ended period moves to
-- person_category_past first, so a person keeps every period. person_category is altered, never
-- rebuilt: indexes other steps put on it stay (steps may be applied in any order).

ALTER TABLE person ADD COLUMN religion TEXT NOT NULL DEFAULT '';      -- islam | kristen | ... | ''
ALTER TABLE person ADD COLUMN disabilities TEXT NOT NULL DEFAULT '';  -- comma-separated: fisik,mental

ALTER TABLE person_category ADD COLUMN ended_on TEXT NOT NULL DEFAULT '';  -- YYYY-MM-DD, '' while it applies
ALTER TABLE person_category ADD COLUMN ended_by TEXT NOT NULL DEFAULT '';  -- user id, '' while it applies

CREATE TABLE person_category_past (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES person (id),
  category TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  assessed_by TEXT NOT NULL REFERENCES app_user (id),
  ended_on TEXT NOT NULL,
  ended_by TEXT NOT NULL
);
CREATE INDEX person_category_past_person ON person_category_past (person_id, category);
