import { api, query, type Page } from '../../lib/api-client';
import type { Assessment, Statement, Survey } from './types';

export const getAssessment = (id: string, p: { period?: string; from?: string; to?: string }) =>
  api<Assessment>('GET', `/api/v1/partnerships/${id}/assessment${query(p)}`);
export const listStatements = () => api<Page<Statement>>('GET', '/api/v1/assessment/statements');
export const getSurvey = (id: string, period: string) =>
  api<Survey>('GET', `/api/v1/partnerships/${id}/assessment/survey${query({ period })}`);
export const saveSurvey = (id: string, period: string, answers: { statement: string; score: number }[]) =>
  api<Survey>('PUT', `/api/v1/partnerships/${id}/assessment/survey${query({ period })}`, { answers });
