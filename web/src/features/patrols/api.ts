import { api, query, type Page } from '../../lib/api-client';
import type { Netted, OrgRef, Patrol } from './types';

export const listPatrols = (p: { kind?: string; cursor?: string | null }) => api<Page<Patrol>>('GET', `/api/v1/patrols${query(p)}`);
export const getPatrol = (id: string) => api<Patrol>('GET', `/api/v1/patrols/${id}`);
export const createPatrol = (body: Record<string, unknown>) => api<Patrol>('POST', '/api/v1/patrols', body);
export const endPatrol = (id: string, notes: string) => api<Patrol>('POST', `/api/v1/patrols/${id}/end`, { notes });
export const addNetted = (id: string, body: Record<string, unknown>) => api<Netted>('POST', `/api/v1/patrols/${id}/persons`, body);
export const listOrganizations = () => api<Page<OrgRef & { active: boolean }>>('GET', '/api/v1/organizations?limit=200');
