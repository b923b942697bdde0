import { api, query, type Page } from '../../lib/api-client';
import type { Organization, Profile, Region, Registration } from './types';

export const listOrganizations = (p: {
  q?: string;
  type?: string;
  region?: string; // a region code: the organisations in it or below it
  registration?: string;
  cursor?: string | null;
  limit?: number;
}) => api<Page<Organization>>('GET', `/api/v1/organizations${query(p)}`);
export const getOrganization = (id: string) => api<Organization>('GET', `/api/v1/organizations/${id}`);
export const createOrganization = (body: Partial<Organization>) =>
  api<Organization>('POST', '/api/v1/organizations', body);
export const updateOrganization = (id: string, body: Partial<Organization>) =>
  api<Organization>('PATCH', `/api/v1/organizations/${id}`, body);
export const listRegions = (parent: string) =>
  api<Page<Region>>('GET', `/api/v1/regions${query({ parent, limit: 200 })}`);
export const regionPath = (code: string) =>
  api<Region & { path: Region[] }>('GET', `/api/v1/regions/${code}`);
export const getProfile = (id: string) => api<Profile>('GET', `/api/v1/organizations/${id}/profile`);
export const saveProfile = (id: string, body: Record<string, unknown>) =>
  api<Profile>('PUT', `/api/v1/organizations/${id}/profile`, body);
export const listRegistrations = (p: {
  organization_id?: string;
  status?: string;
  inbox?: string;
  cursor?: string | null;
  limit?: number;
}) => api<Page<Registration>>('GET', `/api/v1/registrations${query(p)}`);
export const getRegistration = (id: string) => api<Registration>('GET', `/api/v1/registrations/${id}`);
export const applyRegistration = (organization_id: string, note: string) =>
  api<Registration>('POST', '/api/v1/registrations', { organization_id, note });
export const registrationStep = (id: string, step: string, body: Record<string, unknown>) =>
  api<Registration>('POST', `/api/v1/registrations/${id}/${step}`, body);
export const recordCheck = (id: string, item: string, body: Record<string, unknown>) =>
  api<Registration>('PUT', `/api/v1/registrations/${id}/checks/${item}`, body);
