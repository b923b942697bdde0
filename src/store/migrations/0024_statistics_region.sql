-- The yearly PMKS table for a Dinsos (issue 5, docs/performance.md): the region's persons are read
-- in index order with their sex, and each one's category rows of the period are found in an index
-- without visiting the table (a join of two covering indexes, no set of ids built first).
DROP INDEX person_region_id;
CREATE INDEX person_region_sex ON person (region_code, id, sex);
CREATE INDEX person_category_person_assessed ON person_category (person_id, assessed_on, category);
CREATE INDEX person_category_past_person_assessed ON person_category_past (person_id, assessed_on, category);
-- The assessment's reintegrations of a partnership with fewer cases than the period has
-- reintegration transitions: each case's transitions without visiting the table.
CREATE INDEX case_transition_case_stage ON case_transition (case_id, to_stage, at);
