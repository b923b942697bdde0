-- Coordination meetings (rapat koordinasi) with invited and attending organisations and action
-- items, and each user's read/dismissed state of the notification centre's items.

CREATE TABLE meeting (
  id TEXT PRIMARY KEY,
  organizer_id TEXT NOT NULL REFERENCES organization (id),
  region_code TEXT NOT NULL,               -- the organiser's region: its Dinsos sees the meeting
  partnership_id TEXT NOT NULL DEFAULT '', -- optional; no foreign key (partnerships are optional)
  title TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL,                      -- in_person | online
  place TEXT NOT NULL DEFAULT '',
  link TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,                    -- planned | held | cancelled
  agenda TEXT NOT NULL DEFAULT '',         -- one item per line
  minutes TEXT NOT NULL DEFAULT '',        -- notulen
  decisions TEXT NOT NULL DEFAULT '',      -- one decision per line
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meeting_region_start ON meeting (region_code, starts_at);
CREATE INDEX meeting_organizer ON meeting (organizer_id, starts_at);

-- The organiser and every invited organisation; attended/attendees once attendance is recorded.
CREATE TABLE meeting_participant (
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  attended INTEGER NOT NULL DEFAULT 0,
  attendees INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (meeting_id, organization_id)
);
CREATE INDEX meeting_participant_org ON meeting_participant (organization_id);

CREATE TABLE meeting_action (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  description TEXT NOT NULL,
  owner_organization_id TEXT NOT NULL REFERENCES organization (id),
  owner_user_id TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL,                  -- YYYY-MM-DD
  status TEXT NOT NULL,                    -- open | done | cancelled
  done_at TEXT NOT NULL DEFAULT '',
  done_by TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meeting_action_meeting ON meeting_action (meeting_id);
CREATE INDEX meeting_action_owner ON meeting_action (owner_organization_id, status, due_date);

-- A notification item (computed on read) that a user has read or dismissed, by its key.
CREATE TABLE notification_state (
  user_id TEXT NOT NULL REFERENCES app_user (id),
  item_key TEXT NOT NULL,
  read_at TEXT NOT NULL DEFAULT '',
  dismissed_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (user_id, item_key)
);
