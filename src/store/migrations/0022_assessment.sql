-- Partnership assessment: each party's answers to the survey statements (domain/assessment.cpp)
-- per period ("2024" or "2024Q3"), one per organisation, period and statement, updatable.

CREATE TABLE assessment_survey_response (
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  period TEXT NOT NULL,
  statement TEXT NOT NULL,
  score INTEGER NOT NULL,                  -- 1..5
  answered_by TEXT NOT NULL REFERENCES app_user (id),
  answered_at TEXT NOT NULL,
  PRIMARY KEY (partnership_id, period, organization_id, statement)
);

-- The assessment counts a party's cases, services, transitions and referrals by date; the case and
-- transition indexes cover their queries (no table row read).
CREATE INDEX client_case_org_opened ON client_case (organization_id, opened_at, person_id, id);
CREATE INDEX case_service_provider_type ON case_service (provider_organization, service_type, starts_on);
CREATE INDEX case_transition_stage_at ON case_transition (to_stage, at, case_id);
CREATE INDEX referral_from_created ON referral (from_organization, created_at);
CREATE INDEX person_registered_at ON person (registered_by, created_at);
