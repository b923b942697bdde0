export type ServiceStatus = 'planned' | 'ongoing' | 'completed' | 'stopped';

export type DetailField = {
  name: string;
  kind: 'text' | 'date' | 'integer' | 'boolean' | 'choice';
  required: boolean;
  choices: string[];
};
export type ServiceType = { code: string; fields: DetailField[] };

export type Service = {
  id: string;
  case_id: string;
  type: string;
  provider: { id: string; code: string; name: string };
  status: ServiceStatus;
  starts_on: string;
  ends_on: string | null;
  outcome: string;
  details: Record<string, string | number | boolean>;
  created_at: string;
  updated_at: string;
};

export type Visit = {
  id: string;
  plan_id: string;
  case_id: string;
  person: { id: string; full_name: string | null };
  due_on: string;
  month: string;
  overdue: boolean;
  recorded: boolean;
  visited_on: string | null;
  place: string | null;
  met_with: string | null;
  child_in_school: 'yes' | 'no' | 'unknown' | null;
  seen_on_street: boolean | null;
  income_situation: string | null;
  income_level: 'improved' | 'same' | 'worse' | null;
  parent_coaching_attended: boolean | null;
  notes: string | null;
  case_effect: string | null;
  recorded_at: string | null;
};

export type CaseEffect = {
  action: 'none' | 'reopened' | 'moved_to_assessment' | 'warning';
  from: string | null;
  to: string | null;
  message: string | null;
};
export type RecordedVisit = Omit<Visit, 'case_effect'> & { case_effect: CaseEffect };

// The moves the server allows (src/domain/service.cpp).
export function nextStatuses(s: ServiceStatus): ServiceStatus[] {
  if (s === 'planned') return ['ongoing', 'stopped'];
  if (s === 'ongoing') return ['completed', 'stopped'];
  return [];
}
