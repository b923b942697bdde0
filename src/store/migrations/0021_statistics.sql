-- Statistics and exports (issue 5): the yearly PMKS table and the other statistics read by date
-- ranges; these indexes let them read only the period's rows (bench/statistics.sh, docs/performance.md).

-- Covering: the yearly table reads (assessed_on, category, person_id) without visiting the table;
-- it replaces 0013's index on assessed_on alone.
DROP INDEX person_category_assessed;
CREATE INDEX person_category_assessed_cover ON person_category (assessed_on, category, person_id);
CREATE INDEX person_category_past_assessed ON person_category_past (assessed_on, category, person_id);
-- Covering for the monthly intakes, and for the person side of every count (scope and sex) so
-- that a join reads no person row. SQLite picks the latter once ANALYZE has run (docs/performance.md).
CREATE INDEX client_case_opened ON client_case (opened_at, organization_id, person_id);
CREATE INDEX person_scope ON person (id, region_code, sex, registered_by);
-- An organisation's persons as a set: those it registered and those it holds a case for.
CREATE INDEX person_registered_id ON person (registered_by, id);
CREATE INDEX client_case_org_person ON client_case (organization_id, person_id);
-- A Dinsos's persons as a set: those of its region.
CREATE INDEX person_region_id ON person (region_code, id);
CREATE INDEX case_service_starts ON case_service (starts_on);
CREATE INDEX follow_up_visit_due_on ON follow_up_visit (due_on);
CREATE INDEX shelter_stay_discharged ON shelter_stay (discharged_at);
CREATE INDEX referral_created ON referral (created_at);
