// Laporan PMKS: persons by category and sex for a year or a range of days, in the office's own
// rows (e.g. seed 001's "Gelandangan dan Pengemis"), with the dashboard's filters and xlsx, PDF and
// CSV downloads; supervisors and admins set the rows.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { listCategories } from '../../persons/api';
import type { PmksCategory } from '../../persons/types';
import { getRows, saveRows, type ReportRow } from '../api';
import { exportUrl, getPmksTable, type StatFilters, type StatTable } from '../../dashboard/api';
import { FilterBar } from '../../dashboard/components/FilterBar';
import { StatTableView } from '../../dashboard/components/StatTableView';
import './reports.css';

// Categories sharing a label form one row, in the order the labels first appear.
export function rowsFromLabels(categories: PmksCategory[], labels: Record<string, string>): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const c of categories) {
    const label = (labels[c.code] ?? '').trim();
    if (!label) continue;
    const row = rows.find((r) => r.label === label);
    if (row) row.categories.push(c.code);
    else rows.push({ label, categories: [c.code] });
  }
  return rows;
}

function RowsEditor({ onSaved }: { onSaved: () => void }) {
  const [categories, setCategories] = useState<PmksCategory[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    Promise.all([listCategories(), getRows()]).then(
      ([cats, rows]) => {
        setCategories(cats.items);
        const l: Record<string, string> = {};
        for (const r of rows.rows) for (const c of r.categories) l[c] = r.label;
        setLabels(l);
      },
      (e) => setError(errorMessage(e)),
    );
  }, []);
  const save = (e: Event) => {
    e.preventDefault();
    setError('');
    setNotice('');
    saveRows(rowsFromLabels(categories, labels)).then(
      (r) => {
        setNotice(t('reports.rowsSaved', { count: r.rows.length }));
        onSaved();
      },
      (err) => setError(errorMessage(err)),
    );
  };
  return (
    <form class="card rows-editor" onSubmit={save}>
      <h3>{t('reports.rowsTitle')}</h3>
      <p class="muted">{t('reports.rowsHelp')}</p>
      <table class="list">
        <thead>
          <tr>
            <th>{t('reports.category')}</th>
            <th>{t('reports.row')}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.code}>
              <td>{c.name}</td>
              <td>
                <input
                  aria-label={`${t('reports.row')}: ${c.name}`}
                  value={labels[c.code] ?? ''}
                  onInput={(e) => setLabels({ ...labels, [c.code]: e.currentTarget.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <Alert>{error}</Alert>}
      {notice && <Alert kind="success">{notice}</Alert>}
      <button type="submit" class="primary">
        {t('reports.saveRows')}
      </button>
    </form>
  );
}

// The official table, in Indonesian whatever the UI language, with the dashboard's filters; the
// downloads follow them.
export function ReportsPage({
  canEditRows,
  organization,
}: {
  canEditRows: boolean;
  organization: { id: string; type: string };
}) {
  const [chosen, setChosen] = useState<Omit<StatFilters, 'lang'>>({ year: new Date().getFullYear() });
  const filters: StatFilters = { ...chosen, lang: 'id' };
  const [table, setTable] = useState<StatTable | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filters);
  useEffect(() => {
    if (Boolean(filters.from) !== Boolean(filters.to)) return;
    let current = true;
    setError('');
    getPmksTable(filters).then(
      (found) => current && setTable(found),
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return (
    <section>
      <div class="page-head">
        <h2>{t('reports.title')}</h2>
        <span class="report-downloads">
          <a class="button" href={exportUrl('pmks', filters, 'xlsx')} download>
            {t('reports.xlsx')}
          </a>
          <a class="button" href={exportUrl('pmks', filters, 'pdf')} download>
            {t('reports.pdf')}
          </a>
          <a class="button" href={exportUrl('pmks', filters, 'csv')} download>
            {t('reports.csv')}
          </a>
        </span>
      </div>
      <FilterBar
        filters={filters}
        onChange={({ lang: _lang, ...rest }) => setChosen(rest)}
        organizationId={organization.id}
        dinsos={organization.type.startsWith('dinsos')}
      />
      {error && <Alert>{error}</Alert>}
      {table && <StatTableView table={table} />}
      {canEditRows && (
        <p>
          <button type="button" onClick={() => setEditing(!editing)}>
            {t('reports.editRows')}
          </button>
        </p>
      )}
      {canEditRows && editing && <RowsEditor onSaved={() => setVersion(version + 1)} />}
    </section>
  );
}
