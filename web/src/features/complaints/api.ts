import { api, query, type Page } from '../../lib/api-client';
import type { Complaint, ComplaintReport, PublicStatus, Receipt, ServedArea } from './types';

// Public: no login needed.
export const submitComplaint = (body: ComplaintReport) =>
  api<Receipt>('POST', '/api/v1/public/complaints', body);
export const complaintStatus = (ticket: string) =>
  api<PublicStatus>('GET', `/api/v1/public/complaints/${encodeURIComponent(ticket.trim())}`);
export const complaintAreas = () => api<{ items: ServedArea[] }>('GET', '/api/v1/public/complaints/areas');

// Staff.
export const listComplaints = (p: { status?: string; q?: string; cursor?: string | null }) =>
  api<Page<Complaint>>('GET', `/api/v1/complaints${query(p)}`);
export const getComplaint = (id: string) => api<Complaint>('GET', `/api/v1/complaints/${id}`);
export const takeComplaint = (body: ComplaintReport & { channel: string }) =>
  api<Complaint>('POST', '/api/v1/complaints', body);
export const triageComplaint = (id: string, priority: string, note: string) =>
  api<Complaint>('POST', `/api/v1/complaints/${id}/triage`, { priority, note });
export const dispatchComplaint = (id: string, team: string, organization_id: string) =>
  api<Complaint>(
    'POST',
    `/api/v1/complaints/${id}/dispatch`,
    organization_id ? { team, organization_id } : { team },
  );
export const resolveComplaint = (id: string, outcome: string, person_ids: string[]) =>
  api<Complaint>('POST', `/api/v1/complaints/${id}/resolve`, { outcome, person_ids });
export const rejectComplaint = (id: string, reason: string) =>
  api<Complaint>('POST', `/api/v1/complaints/${id}/reject`, { reason });
// For dispatch and linking: the partner directory of the complaint's province, and the persons
// the worker may see.
export const findOrganizations = (region: string) =>
  api<Page<{ id: string; code: string; name: string }>>(
    'GET',
    `/api/v1/organizations${query({ region, limit: 200 })}`,
  );
export const findPersons = (q: string) =>
  api<Page<{ id: string; full_name: string }>>('GET', `/api/v1/persons${query({ q, limit: 5 })}`);
