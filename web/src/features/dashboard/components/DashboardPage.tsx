// Dasbor: the office's numbers on one page for a head of office — the yearly PMKS table and the
// statistics, each a small chart with its table below and download buttons (xlsx, csv, pdf).
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { currentLanguage, errorMessage, t } from '../../../lib/i18n';
import {
  getPmksTable,
  getStatistic,
  statisticNames,
  type StatFilters,
  type StatTable,
  type StatValue,
} from '../api';
import { BarChart, type Bar } from './BarChart';
import { ExportLinks, StatTableView } from './StatTableView';
import { FilterBar } from './FilterBar';
import './dashboard.css';

// Which column names a bar and which gives its length, per table; none: the table alone.
const charts: Record<string, { label: (r: Record<string, StatValue>) => string; value: string } | undefined> =
  {
    pmks: { label: (r) => String(r.label), value: 'total' },
    intakes: { label: (r) => String(r.month), value: 'total' },
    shelter: { label: (r) => String(r.facility), value: 'stays' },
    services: { label: (r) => String(r.type), value: 'services' },
    outcomes: { label: (r) => String(r.indicator), value: 'count' },
    referrals: { label: (r) => `${r.from} → ${r.to}`, value: 'sent' },
    assistance: { label: (r) => String(r.responder), value: 'median_days' },
    budget: { label: (r) => `${r.partnership} (${r.source})`, value: 'percent' },
  };

const barsOf = (name: string, table: StatTable): Bar[] => {
  const chart = charts[name];
  if (!chart) return [];
  return table.rows.map((r) => {
    const v = r[chart.value];
    // A masked count ("<5") is drawn as a sliver and printed as it is, never as 0.
    return typeof v === 'number'
      ? { label: chart.label(r), value: v }
      : { label: chart.label(r), value: 0, text: String(v ?? '') };
  });
};

function StatCard({ name, filters, table }: { name: string; filters: StatFilters; table: StatTable }) {
  const bars = barsOf(name, table);
  // A table of five or more plain columns (names, numbers and money side by side) takes the whole
  // row, so that it is read without scrolling sideways; the grouped PMKS table fits in half.
  const wide = table.columns.length >= 5 && !table.columns.some((c) => c.group);
  return (
    <article class={wide ? 'card stat-card wide' : 'card stat-card'} data-statistic={name}>
      <h3>{t(`dashboard.names.${name}`)}</h3>
      {bars.length > 0 && <BarChart bars={bars} title={table.title} />}
      <StatTableView table={table} />
      <ExportLinks name={name} filters={filters} formats={['xlsx', 'csv', 'pdf']} />
    </article>
  );
}

export function DashboardPage({ organization }: { organization: { id: string; type: string } }) {
  const lang = currentLanguage(); // the app re-renders on a switch; the tables are fetched again
  const [chosen, setChosen] = useState<Omit<StatFilters, 'lang'>>({ year: new Date().getFullYear() });
  const filters: StatFilters = { ...chosen, lang };
  const [tables, setTables] = useState<{ name: string; table: StatTable }[]>([]);
  const [error, setError] = useState('');
  const key = JSON.stringify(filters);
  useEffect(() => {
    // Half a range asks for nothing new: the year stays until both days are chosen.
    if (Boolean(filters.from) !== Boolean(filters.to)) return;
    let current = true;
    setError('');
    setTables([]);
    Promise.all([
      getPmksTable(filters).then((table) => ({ name: 'pmks', table })),
      ...statisticNames.map((name) => getStatistic(name, filters).then((table) => ({ name, table }))),
    ]).then(
      (found) => current && setTables(found),
      (e) => current && setError(errorMessage(e)),
    );
    // Filters changed again before the answers came: those answers are for the old ones.
    return () => {
      current = false;
    };
  }, [key]);
  return (
    <section class="dashboard">
      <div class="page-head">
        <h2>{t('dashboard.title')}</h2>
      </div>
      <p class="muted">{t('dashboard.help')}</p>
      <FilterBar
        filters={filters}
        onChange={({ lang: _lang, ...rest }) => setChosen(rest)}
        organizationId={organization.id}
        dinsos={organization.type.startsWith('dinsos')}
      />
      {error && <Alert>{error}</Alert>}
      {!error && tables.length === 0 && <p class="muted">{t('dashboard.loading')}</p>}
      <div class="stat-grid">
        {tables.map(({ name, table }) => (
          <StatCard key={name} name={name} filters={filters} table={table} />
        ))}
      </div>
    </section>
  );
}
