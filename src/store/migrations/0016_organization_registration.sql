-- Organisations' legal profile, their registration as LKS with the Dinsos (seed 003), and
-- documents (files on disk, named by id, with their SHA-256) attached to any owner.

-- The registration as the directory shows it: the latest application's status and the last
-- approved number and validity (kept in step by the registration service).
ALTER TABLE organization ADD COLUMN registration_status TEXT NOT NULL DEFAULT 'none';
ALTER TABLE organization ADD COLUMN registration_number TEXT NOT NULL DEFAULT '';
ALTER TABLE organization ADD COLUMN registration_valid_until TEXT NOT NULL DEFAULT '';

CREATE TABLE organization_profile (
  organization_id TEXT PRIMARY KEY REFERENCES organization (id),
  deed_number TEXT NOT NULL DEFAULT '',          -- akta notaris
  deed_date TEXT NOT NULL DEFAULT '',
  decree_number TEXT NOT NULL DEFAULT '',        -- SK Kemenkumham
  lks_number TEXT NOT NULL DEFAULT '',           -- tanda daftar LKS
  lks_valid_until TEXT NOT NULL DEFAULT '',
  accreditation TEXT NOT NULL DEFAULT '',        -- A | B | C | ''
  accreditation_date TEXT NOT NULL DEFAULT '',
  npwp TEXT NOT NULL DEFAULT '',                 -- digits only
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  services TEXT NOT NULL DEFAULT '',             -- ATENSI service type codes, comma-separated
  capacity INTEGER NOT NULL DEFAULT 0,
  social_workers INTEGER NOT NULL DEFAULT 0,
  registration_sla_days INTEGER NOT NULL DEFAULT 14,  -- a province Dinsos's service level
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

CREATE TABLE organization_registration (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organization (id),
  kind TEXT NOT NULL,                   -- new | renewal
  status TEXT NOT NULL,                 -- submitted | returned | recommended | approved | rejected
  regency_dinsos_id TEXT REFERENCES organization (id),   -- NULL: straight to the province
  province_dinsos_id TEXT NOT NULL REFERENCES organization (id),
  region_code TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  submitted_at TEXT NOT NULL,           -- the last (re)submission
  due_on TEXT NOT NULL,                 -- YYYY-MM-DD: the service level's last day
  recommended_at TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',      -- the last return or rejection reason
  registration_number TEXT NOT NULL DEFAULT '',
  valid_until TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organization_registration_org ON organization_registration (organization_id, created_at);
CREATE INDEX organization_registration_status ON organization_registration (status, due_on);

-- The province's legality survey: one row per checklist item.
CREATE TABLE registration_check (
  registration_id TEXT NOT NULL REFERENCES organization_registration (id),
  item TEXT NOT NULL,                   -- deed | decree | npwp | domicile | bank_account | accreditation | activity_reports
  result TEXT NOT NULL,                 -- ok | not_ok | not_applicable
  note TEXT NOT NULL DEFAULT '',
  document_id TEXT,
  checked_by TEXT NOT NULL REFERENCES app_user (id),
  checked_at TEXT NOT NULL,
  PRIMARY KEY (registration_id, item)
);

-- Every step: who, when, why.
CREATE TABLE registration_event (
  id TEXT PRIMARY KEY,
  registration_id TEXT NOT NULL REFERENCES organization_registration (id),
  action TEXT NOT NULL,                 -- submit | resubmit | recommend | return | check | approve | reject
  status TEXT NOT NULL,                 -- the status after the step
  note TEXT NOT NULL DEFAULT '',
  actor_id TEXT NOT NULL REFERENCES app_user (id),
  actor_organization_id TEXT NOT NULL REFERENCES organization (id),
  at TEXT NOT NULL
);
CREATE INDEX registration_event_registration ON registration_event (registration_id, at);

CREATE TABLE document (
  id TEXT PRIMARY KEY,
  owner_type TEXT NOT NULL,             -- organization | registration | agreement | lpj | assistance_request ...
  owner_id TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',        -- e.g. deed, decree, npwp, letter
  title TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,           -- application/pdf | image/jpeg | image/png
  bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,                 -- hex digest of the file, checked on every read
  uploaded_by TEXT NOT NULL REFERENCES app_user (id),
  uploaded_at TEXT NOT NULL,
  deleted_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_owner ON document (owner_type, owner_id, uploaded_at);
