import { api, query, type Page } from '../../lib/api-client';
import type { AttendanceReport, Meeting, OrgRef } from './types';

export const listMeetings = (p: {
  q?: string;
  from?: string;
  to?: string;
  partnership_id?: string;
  cursor?: string | null;
  limit?: number;
}) => api<Page<Meeting>>('GET', `/api/v1/meetings${query(p)}`);
export const getMeeting = (id: string) => api<Meeting>('GET', `/api/v1/meetings/${id}`);
export const createMeeting = (body: Record<string, unknown>) =>
  api<Meeting>('POST', '/api/v1/meetings', body);
export const updateMeeting = (id: string, body: Record<string, unknown>) =>
  api<Meeting>('PATCH', `/api/v1/meetings/${id}`, body);
export const recordAttendance = (
  id: string,
  attendance: { organization_id: string; attended: boolean; attendees: number }[],
) => api<Meeting>('PUT', `/api/v1/meetings/${id}/attendance`, { attendance });
export const addActionItem = (id: string, body: Record<string, unknown>) =>
  api<Meeting>('POST', `/api/v1/meetings/${id}/action-items`, body);
export const updateActionItem = (id: string, itemId: string, body: Record<string, unknown>) =>
  api<Meeting>('PATCH', `/api/v1/meetings/${id}/action-items/${itemId}`, body);
export const attendanceRates = (p: { from?: string; to?: string; region?: string }) =>
  api<AttendanceReport>('GET', `/api/v1/meetings/attendance${query(p)}`);
export const listOrganizations = () => api<Page<OrgRef>>('GET', '/api/v1/organizations?limit=200');
