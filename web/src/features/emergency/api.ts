import { api, query, type Page } from '../../lib/api-client';

export type Grant = {
  id: string;
  person_id: string;
  case_id: string | null;
  case_ids: string[];
  user: { id: string; display_name: string };
  organization: { id: string; code: string; name: string };
  reason: string;
  granted_at: string;
  expires_at: string;
  review_status: 'pending' | 'justified' | 'unjustified';
  reviewed_at: string | null;
  review_note: string | null;
};

export const breakGlass = (body: { case_id?: string; nik?: string; reason: string }) => api<Grant>('POST', '/api/v1/emergency-access', body);
export const listGrants = (p: { status?: string; cursor?: string | null }) => api<Page<Grant>>('GET', `/api/v1/emergency-access${query(p)}`);
export const reviewGrant = (id: string, verdict: 'justified' | 'unjustified', note: string) =>
  api<Grant>('POST', `/api/v1/emergency-access/${id}/review`, { verdict, note });
