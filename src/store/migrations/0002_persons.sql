-- The person registry (penerima manfaat), PMKS categories per person, and consent.

CREATE TABLE person (
  id TEXT PRIMARY KEY,
  region_code TEXT NOT NULL,             -- partition key: regency/city of the registering office
  full_name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  other_names TEXT NOT NULL DEFAULT '',
  sex TEXT NOT NULL,                     -- L | P
  birth_date TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD or ''
  birth_date_estimated INTEGER NOT NULL DEFAULT 0,
  birth_place TEXT NOT NULL DEFAULT '',
  nik TEXT,                              -- NULL when unknown
  kk_number TEXT NOT NULL DEFAULT '',
  mother_name TEXT NOT NULL DEFAULT '',
  father_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  domicile_region TEXT NOT NULL DEFAULT '',
  domicile_address TEXT NOT NULL DEFAULT '',
  origin_region TEXT NOT NULL DEFAULT '',
  origin_address TEXT NOT NULL DEFAULT '',
  education_level TEXT NOT NULL DEFAULT '',
  school_status TEXT NOT NULL DEFAULT '',
  documents TEXT NOT NULL DEFAULT '',    -- comma-separated: akta_lahir,kk,ktp,bpjs_kis
  sensitive INTEGER NOT NULL DEFAULT 0,  -- has a category whose identity is never published
  registered_by TEXT NOT NULL REFERENCES organization (id),
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX person_nik ON person (nik);
CREATE INDEX person_region_name ON person (region_code, name_folded);
CREATE INDEX person_name ON person (name_folded);
CREATE INDEX person_registered_by ON person (registered_by, name_folded);

CREATE TABLE person_category (
  person_id TEXT NOT NULL REFERENCES person (id),
  category TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  assessed_by TEXT NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (person_id, category)
);
CREATE INDEX person_category_category ON person_category (category);

CREATE TABLE consent (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES person (id),
  given_by TEXT NOT NULL,
  relation TEXT NOT NULL,                -- self | parent | guardian
  purpose TEXT NOT NULL,
  given_on TEXT NOT NULL,
  withdrawn_on TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL REFERENCES app_user (id),
  recorded_at TEXT NOT NULL
);
CREATE INDEX consent_person ON consent (person_id);
