-- Each stage change records the organisation that held the case when it happened (a case can be
-- transferred later). The assessment counts a partnership's reintegrations in a period as one key
-- range per party in this index, instead of looking up the case of every reintegration in the
-- registry (1.4 s for DKI's 15 parties in 2024 at 1M persons; docs/performance.md).
ALTER TABLE case_transition ADD COLUMN organization_id TEXT NOT NULL DEFAULT '';
UPDATE case_transition SET organization_id = (SELECT c.organization_id FROM client_case c WHERE c.id = case_transition.case_id);
CREATE INDEX case_transition_organization ON case_transition (organization_id, to_stage, at, case_id);
DROP INDEX case_transition_stage_at;
DROP INDEX case_transition_case_stage;
