import { api, query, type Page } from '../../lib/api-client';
import type { Need, PublicNeed } from './types';

export const listNeeds = (p: { status?: string; q?: string; partnership_id?: string; cursor?: string | null }) =>
  api<Page<Need>>('GET', `/api/v1/needs${query({ ...p, limit: 50 })}`);
export const getNeed = (id: string) => api<Need>('GET', `/api/v1/needs/${id}`);
export const publishNeed = (body: Record<string, unknown>) => api<Need>('POST', '/api/v1/needs', body);
export const pledge = (body: Record<string, unknown>) => api<Need>('POST', '/api/v1/pledges', body);
export const setPledgeStatus = (id: string, status: string) => api<Need>('PATCH', `/api/v1/pledges/${id}`, { status });
export const listPublicNeeds = (cursor: string | null) =>
  api<Page<PublicNeed>>('GET', `/api/v1/public/needs${query({ cursor, limit: 50 })}`);
