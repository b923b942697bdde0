-- Persons merged into another (data ganda, issue 6) are left out of the statistics: their rows
-- moved to the record kept, except a PMKS category both held, which would count the person
-- twice. The statistics read the few merged ids once through this partial index.
CREATE INDEX person_merged ON person (id) WHERE merged_into IS NOT NULL;
-- The assessment counts the pairs decided in a period (data sharing): a key range of decision
-- times, not a scan of an open queue that may hold millions of proposed pairs.
CREATE INDEX duplicate_pair_decided ON duplicate_pair (decided_at, status);
