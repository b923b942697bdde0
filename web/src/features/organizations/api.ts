import { api, query, type Page } from '../../lib/api-client';
import type { Organization, Region } from './types';

export const listOrganizations = (p: { q?: string; type?: string; cursor?: string | null; limit?: number }) =>
  api<Page<Organization>>('GET', `/api/v1/organizations${query(p)}`);
export const getOrganization = (id: string) => api<Organization>('GET', `/api/v1/organizations/${id}`);
export const createOrganization = (body: Partial<Organization>) =>
  api<Organization>('POST', '/api/v1/organizations', body);
export const updateOrganization = (id: string, body: Partial<Organization>) =>
  api<Organization>('PATCH', `/api/v1/organizations/${id}`, body);
export const listRegions = (parent: string) =>
  api<Page<Region>>('GET', `/api/v1/regions${query({ parent, limit: 200 })}`);
export const regionPath = (code: string) => api<Region & { path: Region[] }>('GET', `/api/v1/regions/${code}`);
