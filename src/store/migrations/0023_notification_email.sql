-- Optional e-mail of notifications: the address a user gave and whether they want e-mail, and
-- which computed items (by key) have already been e-mailed to them, so that each goes out once.
CREATE TABLE user_email (
  user_id TEXT PRIMARY KEY REFERENCES app_user (id),
  address TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);

CREATE TABLE notification_email (
  user_id TEXT NOT NULL REFERENCES app_user (id),
  item_key TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (user_id, item_key)
);
