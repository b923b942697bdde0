import { api, query, type Page } from '../../lib/api-client';
import type { Assessment, Goal, Note } from './records-types';

export const getAssessment = (caseId: string) => api<Assessment>('GET', `/api/v1/cases/${caseId}/assessment`);
export const saveAssessment = (
  caseId: string,
  domains: Record<string, { finding: string; need_level: string }>,
) => api<Assessment>('PUT', `/api/v1/cases/${caseId}/assessment`, { domains });
export const getPlan = (caseId: string) =>
  api<{ case_id: string; goals: Goal[] }>('GET', `/api/v1/cases/${caseId}/plan`);
export const addGoal = (
  caseId: string,
  body: { domain: string; description: string; target_date?: string; responsible_organization_id?: string },
) => api<Goal>('POST', `/api/v1/cases/${caseId}/plan/goals`, body);
export const changeGoal = (id: string, body: { status?: string }) =>
  api<Goal>('PATCH', `/api/v1/plan-goals/${id}`, body);
export const listNotes = (caseId: string, cursor?: string | null) =>
  api<Page<Note>>('GET', `/api/v1/cases/${caseId}/notes${query({ cursor })}`);
export const addNote = (caseId: string, body: { body: string; sensitive: boolean; corrects?: string }) =>
  api<Note>('POST', `/api/v1/cases/${caseId}/notes`, body);
// Partner organisations, for making one responsible for a goal.
export const listOrganizations = () =>
  api<Page<{ id: string; code: string; name: string }>>('GET', '/api/v1/organizations?limit=200');
