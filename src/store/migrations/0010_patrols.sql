-- Patrols, raids and outreach (how people are found), and the persons each one netted.

CREATE TABLE patrol (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organization (id),  -- who ran it and recorded it
  region_code TEXT NOT NULL,              -- partition key: the recording office's region
  kind TEXT NOT NULL,                     -- patrol | raid | outreach
  started_at TEXT NOT NULL,
  ended_at TEXT NOT NULL DEFAULT '',
  place_region TEXT NOT NULL DEFAULT '',  -- village or district code where it went
  place TEXT NOT NULL,                    -- description: street, junction, market
  latitude TEXT NOT NULL DEFAULT '',      -- decimal degrees as text, '' when not taken
  longitude TEXT NOT NULL DEFAULT '',
  agencies TEXT NOT NULL,                 -- comma-separated codes: trc, satpol_pp, ...
  team TEXT NOT NULL DEFAULT '',          -- who went out
  receiving_organization TEXT NOT NULL REFERENCES organization (id),  -- the shelter receiving those netted
  notes TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX patrol_organization ON patrol (organization_id, started_at);
CREATE INDEX patrol_receiving ON patrol (receiving_organization, started_at);

CREATE TABLE patrol_person (
  patrol_id TEXT NOT NULL REFERENCES patrol (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  case_id TEXT NOT NULL REFERENCES client_case (id),
  found_note TEXT NOT NULL DEFAULT '',    -- what they were doing where
  added_by TEXT NOT NULL REFERENCES app_user (id),
  added_at TEXT NOT NULL,
  PRIMARY KEY (patrol_id, person_id)
);
CREATE INDEX patrol_person_person ON patrol_person (person_id);
