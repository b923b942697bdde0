-- One person, one record: the review queue of likely duplicates (found by the linkage engine,
-- src/linkage), merges and their undo.
--
-- A merge keeps both person rows: the absorbed one gets merged_into = the survivor and drops out
-- of lists, searches and matching; every row that pointed at it and was moved to the survivor
-- is written to person_merge_move, so that an unmerge moves exactly those rows back.

ALTER TABLE person ADD COLUMN merged_into TEXT;  -- NULL, or the surviving person's id

-- One row per pair of persons (person_a < person_b), whatever the number of dedup runs.
CREATE TABLE duplicate_pair (
  id TEXT PRIMARY KEY,
  person_a TEXT NOT NULL REFERENCES person (id),
  person_b TEXT NOT NULL REFERENCES person (id),
  probability DOUBLE PRECISION NOT NULL,            -- the engine's posterior P(same person)
  weight DOUBLE PRECISION NOT NULL,            -- its log2 likelihood ratio
  decision TEXT NOT NULL,                  -- match | possible_match
  evidence TEXT NOT NULL,                  -- JSON: agreement level per field
  status TEXT NOT NULL,                    -- open | merged | not_same | unmerged
  region_code TEXT NOT NULL,               -- person_a's region, for the supervisors' queue
  found_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  decided_by TEXT NOT NULL DEFAULT '',     -- user id of the last merge / not-same / unmerge
  decided_at TEXT NOT NULL DEFAULT '',
  survivor_id TEXT NOT NULL DEFAULT '',    -- while merged: the person kept
  absorbed_id TEXT NOT NULL DEFAULT '',    -- while merged: the person merged into the survivor
  UNIQUE (person_a, person_b)
);
CREATE INDEX duplicate_pair_queue ON duplicate_pair (status, probability);
CREATE INDEX duplicate_pair_b ON duplicate_pair (person_b);
CREATE INDEX duplicate_pair_absorbed ON duplicate_pair (absorbed_id);

-- Every row a merge moved from the absorbed person to the survivor: table, person column and
-- the row's own key (its id, or the other column of a composite key).
CREATE TABLE person_merge_move (
  pair_id TEXT NOT NULL REFERENCES duplicate_pair (id),
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  PRIMARY KEY (pair_id, table_name, column_name, row_key)
);
