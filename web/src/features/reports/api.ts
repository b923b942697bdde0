import { api } from '../../lib/api-client';

export type ReportRow = { label: string; categories: string[] };
export type ReportLine = ReportRow & { male: number; female: number; total: number };
export type PmksReport = {
  year: number;
  organization: { id: string; code: string; name: string };
  rows: ReportLine[];
  total: { male: number; female: number; total: number };
};

export const getReport = (year: number) => api<PmksReport>('GET', `/api/v1/reports/pmks?year=${year}`);
export const csvUrl = (year: number) => `/api/v1/reports/pmks?year=${year}&format=csv`;
export const fileUrl = (year: number, format: 'xlsx' | 'pdf') =>
  `/api/v1/reports/pmks?year=${year}&format=${format}`;
export const getRows = () => api<{ rows: ReportRow[]; custom: boolean }>('GET', '/api/v1/reports/pmks-rows');
export const saveRows = (rows: ReportRow[]) =>
  api<{ rows: ReportRow[]; custom: boolean }>('PUT', '/api/v1/reports/pmks-rows', { rows });
