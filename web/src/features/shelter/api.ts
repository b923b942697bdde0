import { api, query, type Page } from '../../lib/api-client';
import type { Beds, Facility, Occupancy, Stay } from './types';

export const listFacilities = () => api<Page<Facility>>('GET', '/api/v1/facilities?limit=200');
export const setCapacity = (organizationId: string, beds: Beds) =>
  api<Facility>('PUT', `/api/v1/facilities/${organizationId}/capacity`, beds);
export const occupancy = (facilityId: string, date: string) =>
  api<Occupancy>('GET', `/api/v1/facilities/${facilityId}/occupancy${query({ date })}`);
export const listStays = (p: {
  facility?: string;
  case_id?: string;
  status?: string;
  limit?: number;
  cursor?: string | null;
}) => api<Page<Stay>>('GET', `/api/v1/stays${query(p)}`);
export const admit = (body: Record<string, unknown>) => api<Stay>('POST', '/api/v1/stays', body);
export const discharge = (id: string, body: Record<string, unknown>) =>
  api<Stay>('POST', `/api/v1/stays/${id}/discharge`, body);
