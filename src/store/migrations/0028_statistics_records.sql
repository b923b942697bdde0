-- Covering key ranges per organisation for the dashboard's statistics at registry scale
-- (bench/statistics.sh with bench/records.sql; docs/performance.md): services by type and
-- person, follow-up visits by due day and (for the assessment's "seen on the street") by visit
-- day, and stays in a shelter by discharge day (open ones have none).
CREATE INDEX case_service_provider_starts ON case_service (provider_organization, starts_on, service_type, person_id);
CREATE INDEX follow_up_visit_org_due ON follow_up_visit (organization_id, due_on, visited_on);
DROP INDEX follow_up_visit_due;
CREATE INDEX follow_up_visit_due ON follow_up_visit (organization_id, visited_on, due_on, seen_on_street);
CREATE INDEX shelter_stay_facility_discharged ON shelter_stay (facility_id, discharged_at, person_id, destination, admitted_at);
