-- Emergency access ("break the glass"): a worker opens a person's cases outside their scope for a
-- few hours, stating a reason; each grant waits in the region supervisor's review list.

CREATE TABLE emergency_access (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES person (id),
  case_id TEXT NOT NULL DEFAULT '',        -- the case asked for, '' when asked by NIK
  user_id TEXT NOT NULL REFERENCES app_user (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),  -- the worker's organisation
  region_code TEXT NOT NULL,               -- the person's region: whose supervisors review it
  reason TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  review_status TEXT NOT NULL DEFAULT 'pending',  -- pending | justified | unjustified
  reviewed_by TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT NOT NULL DEFAULT '',
  review_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX emergency_access_user ON emergency_access (user_id, person_id, expires_at);
CREATE INDEX emergency_access_review ON emergency_access (review_status, region_code);
