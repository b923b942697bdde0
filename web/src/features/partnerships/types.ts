// The shapes of /api/v1/partnerships, /agreements, /work-plans, /activities and /budgets.
export type OrgRef = { id: string; code: string; name: string; type: string };
export type Party = { organization: OrgRef; roles: string[] };
export type StageRef = { code: string; number: number; label: string };
export type Evidence = {
  id: string;
  on_date: string;
  note: string;
  document_id: string | null;
  meeting_id: string | null;
  created_by: { id: string; name: string };
};
export type StageEntry = StageRef & { current: boolean; reached: boolean; evidence: Evidence[] };
export type StageChange = {
  id: string;
  from: string | null;
  to: string;
  reason: string;
  changed_by: { id: string; name: string };
  changed_at: string;
};
export type Partnership = {
  id: string;
  title: string;
  purpose: string;
  programme: string;
  partnership_type: string;
  categories: { code: string; name: string }[];
  region_code: string;
  stage: StageRef;
  stage_since: string;
  start_date: string;
  end_date: string | null;
  parties: Party[];
  can_edit: boolean;
  stages?: StageEntry[];
  history?: StageChange[];
};
export type Agreement = {
  id: string;
  kind: string;
  number: string;
  title: string;
  signed_on: string | null;
  start_date: string;
  end_date: string | null;
  budget: number;
  document_id: string | null;
  activity_id: string | null;
  parties: {
    organization: OrgRef;
    signatory_name: string;
    signatory_position: string;
    obligations: string[];
  }[];
  days_left: number | null;
  expired: boolean;
  reminder_due: number | null;
};
export type WorkPlan = { id: string; title: string; period_start: string; period_end: string | null };
export type Activity = {
  id: string;
  work_plan_id: string;
  title: string;
  place: string;
  start_date: string;
  end_date: string | null;
  responsible: OrgRef;
  outputs: string[];
  contributions: { id: string; organization: OrgRef; kind: string; description: string; value: number }[];
  contributions_total: number;
  participant_count: number;
  participants: { person_id: string; full_name: string; sessions_attended: number }[];
  participants_hidden: number;
  sessions: { id: string; on_date: string; topic: string; present_count: number; present: string[] }[];
  reports: { id: string; period: string; body: string; document_id: string | null }[];
};
export type Lpj = {
  id: string;
  title: string;
  due_date: string;
  status: 'due' | 'overdue' | 'submitted' | 'verified';
  submitted_on: string | null;
  document_id: string | null;
};
export type Budget = {
  allocated: number;
  disbursed: number;
  realisation: number;
  by_source: { source: string; allocated: number; disbursed: number; realisation: number }[];
  allocations: {
    id: string;
    activity_id: string | null;
    source: string;
    description: string;
    amount: number;
    disbursed: number;
    remaining: number;
    realisation: number;
  }[];
  disbursements: { id: string; allocation_id: string; on_date: string; amount: number; note: string }[];
  lpj: Lpj[];
  can_edit: boolean;
  can_verify: boolean;
};

export const STAGES = [
  'problem_recognition',
  'problem_selection',
  'candidate_partners',
  'partner_roles',
  'agreement',
  'work_plan',
  'integrated_activities',
  'monitoring_evaluation',
] as const;
export const PARTY_ROLES = [
  'facilitator',
  'funder',
  'implementer',
  'venue',
  'recruiter',
  'resource_person',
  'other',
];
export const PARTNERSHIP_TYPES = [
  'mou_collaboration',
  'management_contract',
  'lease',
  'build_operate_transfer',
  'community_based_provision',
];
export const AGREEMENT_KINDS = ['mou', 'pks', 'nphd', 'sk'];
export const SOURCES = ['apbd', 'apbn', 'csr', 'own_funds', 'in_kind'];
export const CONTRIBUTION_KINDS = ['money', 'staff', 'venue', 'goods'];

// "Rp 1.250.000"
export const rupiah = (n: number) => 'Rp ' + Math.round(n).toLocaleString('id-ID');
