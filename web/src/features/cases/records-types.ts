// Case content: assessment by domain, intervention plan goals, case notes (docs/api.md).
export const DOMAINS = [
  'basic_needs',
  'health',
  'education',
  'documents',
  'family',
  'psychosocial',
  'legal',
  'economic',
] as const;
export type Domain = (typeof DOMAINS)[number];
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];
export const GOAL_STATUSES = ['planned', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export type AssessmentEntry = {
  id: string;
  domain: Domain;
  version: number;
  finding: string;
  need_level: NeedLevel;
  assessed_by: { id: string; name: string };
  assessed_at: string;
};
export type Assessment = { case_id: string; latest: AssessmentEntry[]; history: AssessmentEntry[] };

export type Goal = {
  id: string;
  case_id: string;
  domain: Domain;
  description: string;
  target_date: string | null;
  status: GoalStatus;
  responsible: { type: 'user' | 'organization'; id: string; name: string };
  created_at: string;
  updated_at: string;
};

export type Note = {
  id: string;
  case_id: string;
  sensitive: boolean;
  hidden: boolean;
  body: string | null;
  corrects: string | null;
  author: { id: string; name: string };
  created_at: string;
};
