-- Referrals (rujukan) and transfers of cases between organisations.

CREATE TABLE referral (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES client_case (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  from_organization TEXT NOT NULL REFERENCES organization (id),
  to_organization TEXT NOT NULL REFERENCES organization (id),
  kind TEXT NOT NULL,                    -- referral | transfer
  service TEXT NOT NULL,                 -- what is asked for
  reason TEXT NOT NULL,
  status TEXT NOT NULL,                  -- pending | accepted | declined | withdrawn | completed
  consent_basis TEXT NOT NULL,           -- consent | supervisor_override
  override_reason TEXT NOT NULL DEFAULT '',
  reply_due TEXT NOT NULL,
  replied_at TEXT NOT NULL DEFAULT '',
  reply_reason TEXT NOT NULL DEFAULT '',
  ended_at TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX referral_to ON referral (to_organization, status);
CREATE INDEX referral_from ON referral (from_organization, status);
CREATE INDEX referral_person ON referral (person_id, status);
CREATE INDEX referral_case ON referral (case_id, status);
