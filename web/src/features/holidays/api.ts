import { api, type Page } from '../../lib/api-client';

export type Holiday = { day: string; name: string; updated_at: string };

export const listHolidays = (year: number) => api<Page<Holiday>>('GET', `/api/v1/holidays?year=${year}`);
export const saveHoliday = (day: string, name: string) => api<Holiday>('PUT', `/api/v1/holidays/${day}`, { name });
export const removeHoliday = (day: string) => api<void>('DELETE', `/api/v1/holidays/${day}`);
