import { api } from '../../lib/api-client';
import type { Language } from '../../lib/i18n';

export type StatColumn = { key: string; label: string; numeric: boolean; group: string };
export type StatValue = number | string;
export type StatTable = {
  name?: string;
  title: string;
  subtitle: string;
  columns: StatColumn[];
  rows: Record<string, StatValue>[];
  total: Record<string, StatValue> | null;
  source: string;
  suppressed: boolean;
};
export type ExportFormat = 'xlsx' | 'csv' | 'pdf';

export const statisticNames = [
  'intakes',
  'shelter',
  'services',
  'outcomes',
  'referrals',
  'assistance',
  'agreements',
  'budget',
] as const;
export type StatisticName = (typeof statisticNames)[number];

// `lang`: the tables' titles, headings and labels in the UI's language (the server words them).
export const getStatistic = (name: StatisticName, year: number, lang: Language) =>
  api<StatTable>('GET', `/api/v1/statistics/${name}?year=${year}&lang=${lang}`);
export const getPmksTable = (year: number, lang: Language) =>
  api<{ table: StatTable }>('GET', `/api/v1/reports/pmks?year=${year}&lang=${lang}`).then((r) => ({
    ...r.table,
    name: 'pmks',
  }));

// The download link of a table: the yearly PMKS table lives under /reports, the others under /statistics.
export const exportUrl = (name: string, year: number, format: ExportFormat, lang: Language) =>
  name === 'pmks'
    ? `/api/v1/reports/pmks?year=${year}&format=${format}&lang=${lang}`
    : `/api/v1/statistics/${name}?year=${year}&format=${format}&lang=${lang}`;
