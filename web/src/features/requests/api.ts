import { api, query, type Page } from '../../lib/api-client';
import type { AssistanceRequest, ResponderFigures } from './types';

const base = '/api/v1/assistance-requests';

export const listRequests = (p: {
  box?: string;
  status?: string;
  overdue?: string;
  q?: string;
  partnership_id?: string;
  cursor?: string | null;
}) => api<Page<AssistanceRequest>>('GET', `${base}${query({ ...p, limit: 50 })}`);
export const getRequest = (id: string) => api<AssistanceRequest>('GET', `${base}/${id}`);
export const submitRequest = (body: Record<string, unknown>) => api<AssistanceRequest>('POST', base, body);
export const startReview = (id: string) => api<AssistanceRequest>('POST', `${base}/${id}/review`, {});
export const decideRequest = (id: string, body: Record<string, unknown>) =>
  api<AssistanceRequest>('POST', `${base}/${id}/decision`, body);
export const markDelivered = (id: string, body: Record<string, unknown>) =>
  api<AssistanceRequest>('POST', `${base}/${id}/delivery`, body);
export const letterUrl = (id: string) => `${base}/${id}/letter.pdf`;
export const responseFigures = (p: { responder?: string; from?: string; to?: string }) =>
  api<{ items: ResponderFigures[] }>('GET', `${base}/figures${query(p)}`);
export const listResponders = () =>
  api<Page<{ id: string; code: string; name: string; type: string }>>(
    'GET',
    '/api/v1/organizations?limit=200',
  );
export type ServiceLevel = {
  working_days: number;
  letterhead_address: string;
  signatory_name: string;
  signatory_title: string;
};
export const getServiceLevel = (organizationId: string) =>
  api<ServiceLevel>('GET', `${base}/service-levels/${organizationId}`);
export const saveServiceLevel = (organizationId: string, body: ServiceLevel) =>
  api<ServiceLevel>('PUT', `${base}/service-levels/${organizationId}`, body);
