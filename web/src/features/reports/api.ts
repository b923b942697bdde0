import { api } from '../../lib/api-client';

export type ReportRow = { label: string; categories: string[] };

export const getRows = () => api<{ rows: ReportRow[]; custom: boolean }>('GET', '/api/v1/reports/pmks-rows');
export const saveRows = (rows: ReportRow[]) =>
  api<{ rows: ReportRow[]; custom: boolean }>('PUT', '/api/v1/reports/pmks-rows', { rows });
