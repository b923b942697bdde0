-- Complaints from the public (pengaduan sosial) and their triage, dispatch and outcome.
-- Optional texts are '' when absent (like the referral table), so SOCI reads them without
-- indicators; dispatched_organization is checked by the service instead of a foreign key.

CREATE TABLE complaint (
  id TEXT PRIMARY KEY,
  ticket TEXT NOT NULL UNIQUE,                  -- PGD-XXXX-XXXX, what the reporter keeps
  channel TEXT NOT NULL,                        -- web | phone | whatsapp | walk_in | sms
  category TEXT NOT NULL,                       -- what was seen (domain/complaint.cpp's list)
  description TEXT NOT NULL,
  region_code TEXT NOT NULL,                    -- as reported, else the handling organisation's region
  place TEXT NOT NULL,
  seen_at TEXT NOT NULL,                        -- the reporter's local date or date and time
  reporter_name TEXT NOT NULL DEFAULT '',       -- never logged, never shown publicly
  reporter_phone TEXT NOT NULL DEFAULT '',
  organization_id TEXT NOT NULL REFERENCES organization (id),  -- the handling organisation
  status TEXT NOT NULL,                         -- new | triaged | dispatched | resolved | rejected
  priority TEXT NOT NULL DEFAULT '',            -- low | medium | high | urgent, set at triage
  triage_note TEXT NOT NULL DEFAULT '',
  team TEXT NOT NULL DEFAULT '',                -- e.g. TRC, Satpol PP, LSM-FPS outreach
  dispatched_organization TEXT NOT NULL DEFAULT '',  -- organisation id of the team, when it has one
  outcome TEXT NOT NULL DEFAULT '',             -- what the team found, or why it was rejected
  created_by TEXT NOT NULL DEFAULT '',          -- the staff user who took it; '' from the public form
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  triaged_at TEXT NOT NULL DEFAULT '',
  dispatched_at TEXT NOT NULL DEFAULT '',
  closed_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_organization ON complaint (organization_id, status);
CREATE INDEX complaint_dispatched ON complaint (dispatched_organization, status);
CREATE INDEX complaint_region ON complaint (region_code, status);

-- Persons the team found, linked when the outcome is recorded.
CREATE TABLE complaint_person (
  complaint_id TEXT NOT NULL REFERENCES complaint (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  linked_by TEXT NOT NULL REFERENCES app_user (id),
  linked_at TEXT NOT NULL,
  PRIMARY KEY (complaint_id, person_id)
);
CREATE INDEX complaint_person_person ON complaint_person (person_id);
