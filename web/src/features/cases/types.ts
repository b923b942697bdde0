export const STAGES = [
  'first_contact',
  'assessment',
  'intervention_plan',
  'intervention',
  'reintegration',
  'termination',
  'follow_up',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

export type Case = {
  id: string;
  person: { id: string; full_name: string };
  organization: { id: string; code: string; name: string };
  stage: Stage;
  risk_level: 'low' | 'medium' | 'high';
  workers: string[];
  opened_at: string;
  closed_at: string | null;
  transitions: { from: Stage | null; to: Stage; reason: string; by: { id: string; name: string }; at: string }[];
};

// The moves the server allows (domain/case_stage.cpp), offered as choices.
export function nextStages(stage: Stage): Stage[] {
  const i = STAGES.indexOf(stage);
  if (stage === 'closed') return ['assessment'];
  const out: Stage[] = [];
  // Back to assessment when the client is back on the street.
  if (stage === 'termination') return ['follow_up', 'closed', 'assessment'];
  if (stage === 'follow_up') return ['closed', 'assessment'];
  out.push(STAGES[i + 1]);
  if (stage === 'intervention') out.push('intervention_plan');
  if (!out.includes('termination')) out.push('termination');
  return out;
}
