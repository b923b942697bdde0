-- The sex of the case's person on the case row, so that the monthly intakes by sex are read from
-- one covering index: a city Dinsos's 280,100 cases of a year at 1M persons otherwise look up
-- their persons one by one (1.0 s; docs/performance.md). The database keeps it (triggers of
-- this migration's engine files): set when a case is inserted or moves to another person (a
-- merge), and when a person's sex is corrected.
ALTER TABLE client_case ADD COLUMN person_sex TEXT NOT NULL DEFAULT '';
UPDATE client_case SET person_sex = COALESCE((SELECT p.sex FROM person p WHERE p.id = client_case.person_id), '');
DROP INDEX client_case_org_opened;
CREATE INDEX client_case_org_opened ON client_case (organization_id, opened_at, person_id, id, person_sex);
