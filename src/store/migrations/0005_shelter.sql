-- Shelter stays (penempatan): facilities with beds by sex and age group, and who stays in them.

CREATE TABLE shelter_facility (
  organization_id TEXT PRIMARY KEY REFERENCES organization (id),
  region_code TEXT NOT NULL,               -- the facility's region, for supervisors
  beds_male_child INTEGER NOT NULL DEFAULT 0,
  beds_female_child INTEGER NOT NULL DEFAULT 0,
  beds_male_adult INTEGER NOT NULL DEFAULT 0,
  beds_female_adult INTEGER NOT NULL DEFAULT 0,
  admissions INTEGER NOT NULL DEFAULT 0,   -- bumped by each admission first: the row lock that
                                           -- serialises capacity checks on PostgreSQL
  updated_by TEXT NOT NULL REFERENCES app_user (id),
  updated_at TEXT NOT NULL
);

CREATE TABLE shelter_stay (
  id TEXT PRIMARY KEY,
  facility_id TEXT NOT NULL REFERENCES shelter_facility (organization_id),
  case_id TEXT NOT NULL REFERENCES client_case (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  region_code TEXT NOT NULL,               -- partition key: the facility's region
  bed_group TEXT NOT NULL,                 -- male_child | female_child | male_adult | female_adult
  status TEXT NOT NULL,                    -- open | discharged
  admitted_at TEXT NOT NULL,
  planned_days INTEGER NOT NULL,
  planned_until TEXT NOT NULL,             -- admitted_at + planned_days: overdue after it
  health_checked INTEGER NOT NULL,
  health_note TEXT NOT NULL DEFAULT '',
  belongings TEXT NOT NULL DEFAULT '',     -- inventory at admission, one item per line
  admitted_by TEXT NOT NULL REFERENCES app_user (id),
  discharged_at TEXT NOT NULL DEFAULT '',
  destination TEXT NOT NULL DEFAULT '',    -- family | lks | home | hospital | ran_away | other
  belongings_returned TEXT NOT NULL DEFAULT '',
  handover_name TEXT NOT NULL DEFAULT '',
  handover_relation TEXT NOT NULL DEFAULT '',
  handover_organization TEXT NOT NULL DEFAULT '',
  discharge_note TEXT NOT NULL DEFAULT '',
  discharged_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX shelter_stay_facility ON shelter_stay (facility_id, status, bed_group);
CREATE INDEX shelter_stay_case ON shelter_stay (case_id);
-- One open stay per person, whatever the facility.
CREATE UNIQUE INDEX shelter_stay_open_person ON shelter_stay (person_id) WHERE status = 'open';
