import { api, query, type Page } from '../../lib/api-client';
import type { Duplicate } from './types';

export const listDuplicates = (p: { status?: string; q?: string; cursor?: string | null; limit?: number }) =>
  api<Page<Duplicate>>('GET', `/api/v1/duplicates${query(p)}`);
export const getDuplicate = (id: string) => api<Duplicate>('GET', `/api/v1/duplicates/${id}`);
export const mergeDuplicate = (id: string, survivorId: string) =>
  api<Duplicate>('POST', `/api/v1/duplicates/${id}/merge`, { survivor_id: survivorId });
export const markNotSame = (id: string) => api<Duplicate>('POST', `/api/v1/duplicates/${id}/not-same`, {});
export const unmergePerson = (personId: string) => api<Duplicate>('POST', `/api/v1/persons/${personId}/unmerge`, {});
export const runDedup = () =>
  api<{ persons: number; found: number; inserted: number }>('POST', '/api/v1/duplicates/run', {});
