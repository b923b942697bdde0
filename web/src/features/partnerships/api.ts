import { api, query, type Page } from '../../lib/api-client';
import type { Activity, Agreement, Budget, OrgRef, Partnership, WorkPlan } from './types';

export const listPartnerships = (p: Record<string, string | number | null | undefined>) =>
  api<Page<Partnership>>('GET', `/api/v1/partnerships${query(p)}`);
export const getPartnership = (id: string) => api<Partnership>('GET', `/api/v1/partnerships/${id}`);
export const createPartnership = (body: Record<string, unknown>) =>
  api<Partnership>('POST', '/api/v1/partnerships', body);
export const moveStage = (id: string, stage: string, reason: string) =>
  api<Partnership>('POST', `/api/v1/partnerships/${id}/stage`, { stage, reason });
export const addEvidence = (id: string, body: Record<string, unknown>) =>
  api<Partnership>('POST', `/api/v1/partnerships/${id}/evidence`, body);
export const listAgreements = (partnership: string) =>
  api<Page<Agreement>>('GET', `/api/v1/agreements${query({ partnership, limit: 200 })}`);
export const createAgreement = (body: Record<string, unknown>) =>
  api<Agreement>('POST', '/api/v1/agreements', body);
export const updateAgreement = (id: string, body: Record<string, unknown>) =>
  api<Agreement>('PUT', `/api/v1/agreements/${id}`, body);
export const listWorkPlans = (partnership: string) =>
  api<Page<WorkPlan>>('GET', `/api/v1/work-plans${query({ partnership })}`);
export const createWorkPlan = (body: Record<string, unknown>) =>
  api<WorkPlan>('POST', '/api/v1/work-plans', body);
export const listActivities = (partnership: string) =>
  api<Page<Activity>>('GET', `/api/v1/activities${query({ partnership })}`);
export const getActivity = (id: string) => api<Activity>('GET', `/api/v1/activities/${id}`);
export const createActivity = (body: Record<string, unknown>) =>
  api<Activity>('POST', '/api/v1/activities', body);
export const addContribution = (id: string, body: Record<string, unknown>) =>
  api<Activity>('POST', `/api/v1/activities/${id}/contributions`, body);
export const addParticipants = (id: string, person_ids: string[]) =>
  api<Activity>('POST', `/api/v1/activities/${id}/participants`, { person_ids });
export const searchPersons = (q: string) =>
  api<Page<{ id: string; full_name: string; birth_date: string | null; sex: string }>>(
    'GET',
    `/api/v1/persons${query({ q, limit: 8 })}`,
  );
export const addSession = (id: string, body: Record<string, unknown>) =>
  api<Activity>('POST', `/api/v1/activities/${id}/sessions`, body);
export const getBudget = (partnership: string) => api<Budget>('GET', `/api/v1/budgets/${partnership}`);
export const addAllocation = (body: Record<string, unknown>) =>
  api<Budget>('POST', '/api/v1/budgets/allocations', body);
export const addDisbursement = (body: Record<string, unknown>) =>
  api<Budget>('POST', '/api/v1/budgets/disbursements', body);
export const addLpj = (body: Record<string, unknown>) => api<Budget>('POST', '/api/v1/budgets/lpj', body);
export const submitLpj = (id: string) => api<Budget>('POST', `/api/v1/budgets/lpj/${id}/submit`, {});
export const verifyLpj = (id: string) => api<Budget>('POST', `/api/v1/budgets/lpj/${id}/verify`, {});
export const listOrganizations = () => api<Page<OrgRef>>('GET', '/api/v1/organizations?limit=200');
