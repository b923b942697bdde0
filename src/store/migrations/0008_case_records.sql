-- What a case holds (assessment versions, intervention plan goals, append-only notes) and the
-- family around a person (links between persons, households as on a Kartu Keluarga).

-- Asesmen: every save of a domain is a new row (version 1, 2, ...); the latest is the current one.
CREATE TABLE case_assessment (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  domain TEXT NOT NULL,                  -- basic_needs | health | education | documents | family | psychosocial | legal | economic
  version INTEGER NOT NULL,
  finding TEXT NOT NULL,
  need_level TEXT NOT NULL,              -- none | low | medium | high
  assessed_by TEXT NOT NULL REFERENCES app_user (id),
  assessed_at TEXT NOT NULL,
  UNIQUE (case_id, domain, version)
);

-- Rencana intervensi: goals with a responsible user or organisation.
CREATE TABLE plan_goal (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  domain TEXT NOT NULL,
  description TEXT NOT NULL,
  target_date TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
  status TEXT NOT NULL,                  -- planned | in_progress | achieved | dropped
  responsible_user TEXT NOT NULL DEFAULT '',
  responsible_organization TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_goal_case ON plan_goal (case_id, id);

-- Catatan kasus: append-only; a correction is a new note naming the one it corrects.
CREATE TABLE case_note (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  body TEXT NOT NULL,
  sensitive INTEGER NOT NULL DEFAULT 0,
  corrects TEXT NOT NULL DEFAULT '',     -- id of the corrected note, or ''
  author TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX case_note_case ON case_note (case_id, id);

-- One row per link: from_person is `relation` of to_person (stored in canonical form).
CREATE TABLE family_link (
  id TEXT PRIMARY KEY,
  from_person TEXT NOT NULL REFERENCES person (id),
  to_person TEXT NOT NULL REFERENCES person (id),
  relation TEXT NOT NULL,                -- parent | sibling | guardian | spouse (child, ward stored turned round)
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  UNIQUE (from_person, to_person)
);
CREATE INDEX family_link_to ON family_link (to_person);

CREATE TABLE household (
  id TEXT PRIMARY KEY,
  region_code TEXT NOT NULL,             -- domicile region (village/district/regency code)
  address TEXT NOT NULL DEFAULT '',
  kk_number TEXT NOT NULL DEFAULT '',
  head_person TEXT NOT NULL REFERENCES person (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A person belongs to at most one household.
CREATE TABLE household_member (
  household_id TEXT NOT NULL REFERENCES household (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  relation TEXT NOT NULL,                -- to the head: head | spouse | child | ...
  added_by TEXT NOT NULL REFERENCES app_user (id),
  added_at TEXT NOT NULL,
  PRIMARY KEY (household_id, person_id),
  UNIQUE (person_id)
);
