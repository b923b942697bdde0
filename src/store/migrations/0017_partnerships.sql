-- Partnerships (kemitraan): parties and roles, the eight stages with evidence and history,
-- agreements (MoU/PKS/NPHD/SK), work plans and activities, budgets and LPJ.
-- Money in whole rupiah (BIGINT). Document and meeting ids come from other modules: plain TEXT.

CREATE TABLE partnership (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  title_folded TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  programme TEXT NOT NULL DEFAULT '',
  partnership_type TEXT NOT NULL,          -- OECD 1997's four, or mou_collaboration
  categories TEXT NOT NULL DEFAULT '',     -- target PMKS codes, comma-separated
  region_code TEXT NOT NULL,               -- whose Dinsos sees it (prefix match)
  stage TEXT NOT NULL,                     -- one of the eight stages
  stage_since TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX partnership_region ON partnership (region_code, id);

CREATE TABLE partnership_party (
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  roles TEXT NOT NULL,                     -- comma-separated party roles
  position INTEGER NOT NULL,
  PRIMARY KEY (partnership_id, organization_id)
);
CREATE INDEX partnership_party_org ON partnership_party (organization_id, partnership_id);

CREATE TABLE partnership_evidence (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  stage TEXT NOT NULL,
  on_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  document_id TEXT NOT NULL DEFAULT '',
  meeting_id TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX partnership_evidence_of ON partnership_evidence (partnership_id, stage, on_date);

CREATE TABLE partnership_stage_change (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  from_stage TEXT NOT NULL,                -- '' for the first stage at creation
  to_stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  changed_by TEXT NOT NULL REFERENCES app_user (id),
  changed_at TEXT NOT NULL
);
CREATE INDEX partnership_stage_change_of ON partnership_stage_change (partnership_id, changed_at);

CREATE TABLE work_plan (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  title TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX work_plan_of ON work_plan (partnership_id, period_start);

CREATE TABLE partnership_activity (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  work_plan_id TEXT NOT NULL REFERENCES work_plan (id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL DEFAULT '',
  responsible_org TEXT NOT NULL REFERENCES organization (id),
  outputs TEXT NOT NULL DEFAULT '',        -- one output per line
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX partnership_activity_of ON partnership_activity (partnership_id, start_date);
CREATE INDEX partnership_activity_plan ON partnership_activity (work_plan_id, start_date);

CREATE TABLE activity_contribution (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES partnership_activity (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  kind TEXT NOT NULL,                      -- money | staff | venue | goods
  description TEXT NOT NULL DEFAULT '',
  value_rupiah BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX activity_contribution_of ON activity_contribution (activity_id);

CREATE TABLE activity_participant (
  activity_id TEXT NOT NULL REFERENCES partnership_activity (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  added_by TEXT NOT NULL REFERENCES app_user (id),
  added_at TEXT NOT NULL,
  PRIMARY KEY (activity_id, person_id)
);

CREATE TABLE activity_session (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES partnership_activity (id),
  on_date TEXT NOT NULL,
  topic TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX activity_session_of ON activity_session (activity_id, on_date);

CREATE TABLE activity_attendance (
  session_id TEXT NOT NULL REFERENCES activity_session (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  PRIMARY KEY (session_id, person_id)
);

CREATE TABLE activity_report (
  id TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES partnership_activity (id),
  period TEXT NOT NULL,                    -- e.g. 2024-03 or "Bulan 1"
  body TEXT NOT NULL,
  document_id TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX activity_report_of ON activity_report (activity_id, created_at);

CREATE TABLE agreement (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  kind TEXT NOT NULL,                      -- mou | pks | nphd | sk
  number TEXT NOT NULL,                    -- as written, e.g. 800/1615.a.1/V.06/B.II/2019
  title TEXT NOT NULL,
  signed_on TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL DEFAULT '',
  budget_rupiah BIGINT NOT NULL DEFAULT 0,
  document_id TEXT NOT NULL DEFAULT '',
  activity_id TEXT NOT NULL DEFAULT '',    -- one activity (Lampung signs one per activity), or ''
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX agreement_of ON agreement (partnership_id, start_date);
CREATE INDEX agreement_end ON agreement (end_date);

CREATE TABLE agreement_party (
  agreement_id TEXT NOT NULL REFERENCES agreement (id),
  organization_id TEXT NOT NULL REFERENCES organization (id),
  position INTEGER NOT NULL,
  signatory_name TEXT NOT NULL DEFAULT '',
  signatory_position TEXT NOT NULL DEFAULT '',
  obligations TEXT NOT NULL DEFAULT '',    -- one obligation per line
  PRIMARY KEY (agreement_id, organization_id)
);

CREATE TABLE budget_allocation (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  activity_id TEXT NOT NULL DEFAULT '',    -- '' for the partnership as a whole
  source TEXT NOT NULL,                    -- apbd | apbn | csr | own_funds | in_kind
  description TEXT NOT NULL DEFAULT '',
  amount BIGINT NOT NULL,
  disbursed BIGINT NOT NULL DEFAULT 0,     -- kept with each disbursement; the UPDATE that bumps it
                                           -- holds the row lock that serialises over-disbursement checks
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX budget_allocation_of ON budget_allocation (partnership_id, activity_id);

CREATE TABLE budget_disbursement (
  id TEXT PRIMARY KEY,
  allocation_id TEXT NOT NULL REFERENCES budget_allocation (id),
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  on_date TEXT NOT NULL,
  amount BIGINT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX budget_disbursement_of ON budget_disbursement (partnership_id, on_date);

-- Laporan pertanggungjawaban.
CREATE TABLE budget_lpj (
  id TEXT PRIMARY KEY,
  partnership_id TEXT NOT NULL REFERENCES partnership (id),
  allocation_id TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  submitted_on TEXT NOT NULL DEFAULT '',
  document_id TEXT NOT NULL DEFAULT '',
  submitted_by TEXT NOT NULL DEFAULT '',
  verified_by TEXT NOT NULL DEFAULT '',
  verified_at TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL REFERENCES app_user (id),
  created_at TEXT NOT NULL
);
CREATE INDEX budget_lpj_of ON budget_lpj (partnership_id, due_date);
CREATE INDEX budget_lpj_due ON budget_lpj (submitted_on, due_date);
