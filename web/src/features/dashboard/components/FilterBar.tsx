// The dashboard's filters, applied to every table and its downloads: the year or a range of days,
// for a Dinsos a region within its own (regency, then district) and one organisation of it, the
// intake source, and small counts masked for tables that leave the office.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { getOrganization, listOrganizations, listRegions } from '../../organizations/api';
import type { Organization, Region } from '../../organizations/types';
import type { StatFilters } from '../api';
import { YearSelect } from './YearSelect';

const SOURCES = ['patrol', 'complaint', 'referral', 'direct'];

type Props = {
  filters: StatFilters;
  onChange: (f: StatFilters) => void;
  organizationId: string;
  dinsos: boolean;
};

// A region's children, or none for a district (the last level the statistics filter by).
function useChildren(code: string | undefined) {
  const [children, setChildren] = useState<Region[]>([]);
  useEffect(() => {
    setChildren([]);
    if (!code || code.split('.').length > 2) return;
    listRegions(code).then(
      (p) => setChildren(p.items),
      () => setChildren([]),
    );
  }, [code]);
  return children;
}

// "Label [All | option …]": one filter; "" is everything.
function Choice(p: {
  name: string;
  label: string;
  all: string;
  value: string;
  options: [string, string][];
  onChoose: (value: string) => void;
}) {
  return (
    <label class="inline">
      {p.label}{' '}
      <select name={p.name} value={p.value} onChange={(e) => p.onChoose(e.currentTarget.value)}>
        <option value="">{p.all}</option>
        {p.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ filters, onChange, organizationId, dinsos }: Props) {
  const [own, setOwn] = useState<Organization | null>(null);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  useEffect(() => {
    if (!dinsos) return;
    getOrganization(organizationId).then(setOwn, () => setOwn(null));
  }, [organizationId, dinsos]);
  useEffect(() => {
    if (!own) return;
    // The organisations of the Dinsos's region (the directory filters by region), 200 a page.
    let cancelled = false;
    (async () => {
      const found: Organization[] = [];
      let cursor: string | null = null;
      do {
        const p = await listOrganizations({ region: own.region_code, limit: 200, cursor });
        found.push(...p.items);
        cursor = p.next_cursor;
      } while (cursor);
      if (!cancelled) setOrganizations(found);
    })().catch(() => setOrganizations([]));
    return () => {
      cancelled = true;
    };
  }, [own]);
  // First level: the Dinsos's own children; second: the children of the first choice.
  const top = useChildren(own?.region_code);
  const first = filters.region
    ? filters.region
        .split('.')
        .slice(0, (own?.region_code.split('.').length ?? 0) + 1)
        .join('.')
    : '';
  const second = useChildren(first || undefined);
  const set = (change: Partial<StatFilters>) => onChange({ ...filters, ...change });
  const range = Boolean(filters.from && filters.to);
  return (
    <form class="filter-bar" data-testid="dashboard-filters" onSubmit={(e) => e.preventDefault()}>
      <YearSelect year={filters.year} onYear={(year) => set({ year, from: undefined, to: undefined })} />
      <label class="inline">
        {t('dashboard.filters.from')}{' '}
        <input
          type="date"
          name="from"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
      </label>
      <label class="inline">
        {t('dashboard.filters.to')}{' '}
        <input
          type="date"
          name="to"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
      </label>
      {dinsos && top.length > 0 && (
        <Choice
          name="region"
          label={t('dashboard.filters.region')}
          all={t('dashboard.filters.allRegions', { name: own?.region_name ?? '' })}
          value={first}
          options={top.map((r) => [r.code, r.name])}
          onChoose={(v) => set({ region: v || undefined })}
        />
      )}
      {dinsos && first && second.length > 0 && (
        <Choice
          name="subregion"
          label={t('dashboard.filters.subregion')}
          all={t('dashboard.filters.all')}
          value={filters.region === first ? '' : (filters.region ?? '')}
          options={second.map((r) => [r.code, r.name])}
          onChoose={(v) => set({ region: v || first })}
        />
      )}
      {dinsos && organizations.length > 0 && (
        <Choice
          name="organization"
          label={t('dashboard.filters.organization')}
          all={t('dashboard.filters.all')}
          value={filters.organization ?? ''}
          options={organizations.map((o) => [o.code, o.name])}
          onChoose={(v) => set({ organization: v || undefined })}
        />
      )}
      <Choice
        name="source"
        label={t('dashboard.filters.source')}
        all={t('dashboard.filters.all')}
        value={filters.source ?? ''}
        options={SOURCES.map((code) => [code, t(`dashboard.filters.sources.${code}`)])}
        onChoose={(v) => set({ source: v || undefined })}
      />
      <label class="inline">
        <input
          type="checkbox"
          name="suppress"
          checked={Boolean(filters.suppress)}
          onChange={(e) => set({ suppress: e.currentTarget.checked })}
        />{' '}
        {t('dashboard.filters.suppress')}
      </label>
      {range && <p class="muted filter-note">{t('dashboard.filters.rangeNote')}</p>}
    </form>
  );
}
