-- Services (layanan ATENSI) given within a case, and follow-up visits (bimbingan lanjut).

CREATE TABLE case_service (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  provider_organization TEXT NOT NULL REFERENCES organization (id),
  service_type TEXT NOT NULL,                   -- basic_needs | ... | counselling (domain/service.cpp)
  status TEXT NOT NULL,                   -- planned | ongoing | completed | stopped
  starts_on TEXT NOT NULL,                -- YYYY-MM-DD
  ends_on TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',     -- JSON object, validated per type
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX case_service_case ON case_service (case_id);
CREATE INDEX case_service_provider ON case_service (provider_organization, status);

CREATE TABLE follow_up_plan (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  starts_on TEXT NOT NULL,
  months INTEGER NOT NULL,
  interval_months INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX follow_up_plan_case ON follow_up_plan (case_id);

CREATE TABLE follow_up_visit (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES follow_up_plan (id),
  case_id TEXT NOT NULL REFERENCES client_case (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  due_on TEXT NOT NULL,                   -- YYYY-MM-DD
  visited_on TEXT NOT NULL DEFAULT '',    -- '' until the visit is recorded
  place TEXT NOT NULL DEFAULT '',
  met_with TEXT NOT NULL DEFAULT '',
  child_in_school TEXT NOT NULL DEFAULT 'unknown',  -- yes | no | unknown
  seen_on_street INTEGER NOT NULL DEFAULT 0,
  income_situation TEXT NOT NULL DEFAULT '',
  income_level TEXT NOT NULL DEFAULT '',  -- improved | same | worse | ''
  parent_coaching_attended INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  case_effect TEXT NOT NULL DEFAULT '',   -- none | reopened | moved_to_assessment | warning
  recorded_by TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX follow_up_visit_case ON follow_up_visit (case_id, due_on);
CREATE INDEX follow_up_visit_due ON follow_up_visit (organization_id, visited_on, due_on);
