import { api, query, type Page } from '../../lib/api-client';
import type { Referral } from './types';

export const listReferrals = (p: { box: 'inbox' | 'outbox'; status?: string; cursor?: string | null }) =>
  api<Page<Referral>>('GET', `/api/v1/referrals${query(p)}`);
export const referralSummary = () => api<{ pending: number; overdue: number }>('GET', '/api/v1/referrals/summary');
export const sendReferral = (body: Record<string, string>) => api<Referral>('POST', '/api/v1/referrals', body);
export const replyReferral = (id: string, accept: boolean, reason: string) =>
  api<Referral>('POST', `/api/v1/referrals/${id}/reply`, { accept, reason });
export const endReferral = (id: string, reason: string) => api<Referral>('POST', `/api/v1/referrals/${id}/end`, { reason });
