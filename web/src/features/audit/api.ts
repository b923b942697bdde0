import { api, query, type Page } from '../../lib/api-client';

export type AuditEntry = {
  seq: number;
  at: string;
  user_id: string | null;
  username: string | null;
  organization_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: string;
  client_address: string;
  details: Record<string, unknown>;
  hash: string;
};

export const listAudit = (p: { action?: string; entity_type?: string; cursor?: string | null; limit?: number }) =>
  api<Page<AuditEntry>>('GET', `/api/v1/audit${query(p)}`);
