import { api, query, type Page } from '../../lib/api-client';
import type { Case } from './types';

export const listCases = (p: { person_id?: string; stage?: string; cursor?: string | null }) =>
  api<Page<Case>>('GET', `/api/v1/cases${query(p)}`);
export const openCase = (body: { person_id: string; risk_level: string; reason: string }) =>
  api<Case>('POST', '/api/v1/cases', body);
export const moveCase = (id: string, to: string, reason: string) =>
  api<Case>('POST', `/api/v1/cases/${id}/transitions`, { to, reason });
export const getCase = (id: string) => api<Case>('GET', `/api/v1/cases/${id}`);
