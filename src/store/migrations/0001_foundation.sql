-- Foundation: regions, organisations, users, sessions, API tokens, the audit chain.
-- Portable SQL: TEXT ids (UUID v7), TEXT times (ISO 8601 UTC), INTEGER 0/1 flags.

CREATE TABLE region (
  code TEXT PRIMARY KEY,          -- Kemendagri code: 73, 73.71, 73.71.01, 73.71.01.1001
  name TEXT NOT NULL,
  level TEXT NOT NULL,            -- province | regency | district | village
  parent_code TEXT,
  name_folded TEXT NOT NULL       -- lower-case name for search
);
CREATE INDEX region_parent ON region (parent_code, name);
CREATE INDEX region_level ON region (level, name_folded);

CREATE TABLE organization (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  type TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES region (code),
  parent_id TEXT REFERENCES organization (id),
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organization_region ON organization (region_code);

CREATE TABLE app_user (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  organization_id TEXT NOT NULL REFERENCES organization (id),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  language TEXT NOT NULL DEFAULT 'id',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX app_user_organization ON app_user (organization_id);

CREATE TABLE user_role (
  user_id TEXT NOT NULL REFERENCES app_user (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

-- Server-side sessions; only the hash of the cookie value is stored.
CREATE TABLE user_session (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES app_user (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  client_address TEXT NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE api_token (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES app_user (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT
);

-- The audit log is append-only and hash-chained: hash = BLAKE2b(prev_hash, the row's fields).
-- audit_head holds the chain's tip; updating it first serialises concurrent writers.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '');

CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  organization_id TEXT,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  client_address TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_id, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
