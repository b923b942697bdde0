-- Assistance requests (surat permohonan bantuan) with their items and timeline, each responder's
-- service level, and published needs with the pledges made against them.

-- Per responding organisation: working days to reply, and what its reply letters print.
CREATE TABLE assistance_service_level (
  organization_id TEXT PRIMARY KEY REFERENCES organization (id),
  working_days INTEGER NOT NULL,
  letterhead_address TEXT NOT NULL DEFAULT '',  -- kop surat: the office's address
  signatory_name TEXT NOT NULL DEFAULT '',
  signatory_title TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL REFERENCES app_user (id),
  updated_at TEXT NOT NULL
);

CREATE TABLE assistance_request (
  id TEXT PRIMARY KEY,
  requester_id TEXT NOT NULL REFERENCES organization (id),
  responder_id TEXT NOT NULL REFERENCES organization (id),
  region_code TEXT NOT NULL,                    -- the responder's region
  title TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  activity_name TEXT NOT NULL DEFAULT '',
  activity_date TEXT NOT NULL DEFAULT '',       -- YYYY-MM-DD
  activity_id TEXT NOT NULL DEFAULT '',         -- no foreign key: activities live elsewhere
  partnership_id TEXT NOT NULL DEFAULT '',
  beneficiaries INTEGER NOT NULL DEFAULT 0,     -- e.g. the number of children fed
  letter_number TEXT NOT NULL,
  letter_date TEXT NOT NULL,
  letter_document_id TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL,                    -- the responder's day the letter arrived
  service_level_days INTEGER NOT NULL,
  reply_due TEXT NOT NULL,                      -- received_on + service level in working days
  status TEXT NOT NULL,                         -- submitted | under_review | approved | rejected | delivered
  partial INTEGER NOT NULL DEFAULT 0,           -- approved in part
  decided_on TEXT NOT NULL DEFAULT '',
  decided_at TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  decision_note TEXT NOT NULL DEFAULT '',
  reply_letter_number TEXT NOT NULL DEFAULT '',
  delivered_on TEXT NOT NULL DEFAULT '',
  delivered_at TEXT NOT NULL DEFAULT '',
  escalated_at TEXT NOT NULL DEFAULT '',        -- set once, when overdue without a decision
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX assistance_request_responder ON assistance_request (responder_id, status, reply_due);
CREATE INDEX assistance_request_requester ON assistance_request (requester_id, id);
CREATE INDEX assistance_request_received ON assistance_request (responder_id, received_on);

CREATE TABLE assistance_request_item (
  request_id TEXT NOT NULL REFERENCES assistance_request (id),
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit TEXT NOT NULL,
  estimated_value BIGINT NOT NULL DEFAULT 0,    -- whole rupiah
  approved_quantity INTEGER NOT NULL DEFAULT -1, -- -1 until decided
  PRIMARY KEY (request_id, position)
);

-- Every step of a request: when, by whom, from which organisation.
CREATE TABLE assistance_request_event (
  id TEXT PRIMARY KEY,
  request_id TEXT NOT NULL REFERENCES assistance_request (id),
  status TEXT NOT NULL,                         -- the status reached, or 'escalated'
  at TEXT NOT NULL,
  user_id TEXT NOT NULL DEFAULT '',             -- '' for the escalation sweep
  organization_id TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assistance_request_event_request ON assistance_request_event (request_id, at);

CREATE TABLE need (
  id TEXT PRIMARY KEY,
  publisher_id TEXT NOT NULL REFERENCES organization (id),
  region_code TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  item TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit TEXT NOT NULL,
  pmks_category TEXT NOT NULL DEFAULT '',
  needed_by TEXT NOT NULL DEFAULT '',
  is_public INTEGER NOT NULL DEFAULT 0,
  partnership_id TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,                         -- open | fulfilled | closed
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL REFERENCES app_user (id),
  closed_at TEXT NOT NULL DEFAULT '',
  close_reason TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
CREATE INDEX need_status ON need (status, id);
CREATE INDEX need_public ON need (is_public, status, id);

CREATE TABLE pledge (
  id TEXT PRIMARY KEY,
  need_id TEXT NOT NULL REFERENCES need (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  quantity INTEGER NOT NULL,
  status TEXT NOT NULL,                         -- pledged | delivered | cancelled
  note TEXT NOT NULL DEFAULT '',
  pledged_at TEXT NOT NULL,
  pledged_by TEXT NOT NULL REFERENCES app_user (id),
  delivered_at TEXT NOT NULL DEFAULT '',
  cancelled_at TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX pledge_need ON pledge (need_id, pledged_at);
CREATE INDEX pledge_organization ON pledge (organization_id, id);
