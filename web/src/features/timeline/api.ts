import { api } from '../../lib/api-client';

export type TimelineItem = {
  at: string;
  kind:
    | 'registered'
    | 'category'
    | 'stage'
    | 'netted'
    | 'referral'
    | 'stay_admitted'
    | 'stay_discharged'
    | 'service'
    | 'follow_up';
  case_id: string | null;
  organization: { id: string; code: string; name: string } | null;
  facts: Record<string, string>;
};

export const personTimeline = (personId: string) =>
  api<{ person_id: string; items: TimelineItem[] }>('GET', `/api/v1/persons/${personId}/timeline`);
