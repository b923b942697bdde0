-- Identity details of a person (religion, kinds of disability) and PMKS categories with an end:
-- a category may end (the child left the street) and be assessed again later, so a person keeps
-- every period of every category. At most one period of a category is open at a time.

ALTER TABLE person ADD COLUMN religion TEXT NOT NULL DEFAULT '';      -- islam | kristen | ... | ''
ALTER TABLE person ADD COLUMN disabilities TEXT NOT NULL DEFAULT '';  -- comma-separated: fisik,mental

CREATE TABLE person_category_new (
  person_id TEXT NOT NULL REFERENCES person (id),
  category TEXT NOT NULL,
  entry_no INTEGER NOT NULL DEFAULT 0,   -- 0, 1, ...: the periods of one category, in order
  assessed_on TEXT NOT NULL,
  assessed_by TEXT NOT NULL REFERENCES app_user (id),
  ended_on TEXT NOT NULL DEFAULT '',     -- YYYY-MM-DD, '' while the category applies
  ended_by TEXT NOT NULL DEFAULT '',     -- user id, '' while the category applies
  CONSTRAINT person_category_entry_pk PRIMARY KEY (person_id, category, entry_no)
);
INSERT INTO person_category_new (person_id, category, entry_no, assessed_on, assessed_by)
  SELECT person_id, category, 0, assessed_on, assessed_by FROM person_category;
DROP TABLE person_category;
ALTER TABLE person_category_new RENAME TO person_category;
CREATE INDEX person_category_category ON person_category (category);
CREATE UNIQUE INDEX person_category_open ON person_category (person_id, category) WHERE ended_on = '';
