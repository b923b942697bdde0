-- A person's photo (optional): one small image per person, kept in the database so that it is
-- backed up, shared and deleted with the record. The web app downsizes photos before upload.

CREATE TABLE person_photo (
  person_id TEXT PRIMARY KEY REFERENCES person (id),
  content_type TEXT NOT NULL,            -- image/jpeg | image/png | image/webp
  data TEXT NOT NULL,                    -- base64 of the image
  sha256 TEXT NOT NULL,                  -- hex digest of the image bytes
  bytes INTEGER NOT NULL,
  uploaded_by TEXT NOT NULL REFERENCES app_user (id),
  uploaded_at TEXT NOT NULL
);
