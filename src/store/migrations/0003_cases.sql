-- Cases (kasus) at an organisation, their assigned workers and every stage change.

CREATE TABLE client_case (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES person (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  region_code TEXT NOT NULL,              -- partition key, the owning office's region
  stage TEXT NOT NULL,
  risk_level TEXT NOT NULL,               -- low | medium | high
  opened_at TEXT NOT NULL,
  closed_at TEXT NOT NULL DEFAULT '',
  opened_by TEXT NOT NULL REFERENCES app_user (id),
  updated_at TEXT NOT NULL
);
CREATE INDEX client_case_person ON client_case (person_id);
CREATE INDEX client_case_organization ON client_case (organization_id, stage);

CREATE TABLE case_worker (
  case_id TEXT NOT NULL REFERENCES client_case (id),
  user_id TEXT NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_worker_user ON case_worker (user_id);

CREATE TABLE case_transition (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  from_stage TEXT NOT NULL,               -- '' for the opening
  to_stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  by_user TEXT NOT NULL REFERENCES app_user (id),
  at TEXT NOT NULL
);
CREATE INDEX case_transition_case ON case_transition (case_id, at);
