import { api, query } from '../../lib/api-client';
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

// What the dashboard asks for: a year, or a range of days; optionally a region within the viewer's,
// one organisation, an intake source, small counts masked (for tables that leave the office); and
// the language the server words the tables in.
export type StatFilters = {
  year: number;
  from?: string;
  to?: string;
  region?: string;
  organization?: string;
  source?: string;
  suppress?: boolean;
  lang: Language;
};

// The tables about partnerships, not persons, take no intake source (the server refuses it).
const personTables = new Set(['pmks', 'intakes', 'shelter', 'services', 'outcomes', 'referrals']);

export function filterQuery(name: string, f: StatFilters, format?: ExportFormat): string {
  const range = f.from && f.to;
  return query({
    year: range ? undefined : f.year,
    from: range ? f.from : undefined,
    to: range ? f.to : undefined,
    region: f.region || undefined,
    organization: f.organization || undefined,
    source: f.source && personTables.has(name) ? f.source : undefined,
    suppress: f.suppress ? 1 : undefined,
    lang: f.lang,
    format,
  });
}

const path = (name: string) => (name === 'pmks' ? '/api/v1/reports/pmks' : `/api/v1/statistics/${name}`);

export const getStatistic = (name: StatisticName, f: StatFilters) =>
  api<StatTable>('GET', path(name) + filterQuery(name, f));
export const getPmksTable = (f: StatFilters) =>
  api<{ table: StatTable }>('GET', path('pmks') + filterQuery('pmks', f)).then((r) => ({
    ...r.table,
    name: 'pmks',
  }));

// The download link of a table with the same filters: the yearly PMKS table lives under /reports,
// the others under /statistics.
export const exportUrl = (name: string, f: StatFilters, format: ExportFormat) =>
  path(name) + filterQuery(name, f, format);
