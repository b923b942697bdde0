import { api, query, type Page } from '../../lib/api-client';
import type { RecordedVisit, Service, ServiceType, Visit } from './types';

export const serviceTypes = () => api<Page<ServiceType>>('GET', '/api/v1/service-types');
export const listServices = (caseId: string) => api<Page<Service>>('GET', `/api/v1/cases/${caseId}/services`);
export const addService = (caseId: string, body: Record<string, unknown>) =>
  api<Service>('POST', `/api/v1/cases/${caseId}/services`, body);
export const updateService = (id: string, body: Record<string, unknown>) =>
  api<Service>('PATCH', `/api/v1/services/${id}`, body);

export const listFollowUps = (caseId: string) =>
  api<Page<Visit>>('GET', `/api/v1/cases/${caseId}/follow-ups`);
export const scheduleFollowUps = (caseId: string, body: Record<string, unknown>) =>
  api<Page<Visit>>('POST', `/api/v1/cases/${caseId}/follow-ups`, body);
export const recordVisit = (id: string, body: Record<string, unknown>) =>
  api<RecordedVisit>('POST', `/api/v1/follow-ups/${id}`, body);
export const dueVisits = (p: { due_before?: string; cursor?: string | null }) =>
  api<Page<Visit>>('GET', `/api/v1/follow-ups${query(p)}`);
