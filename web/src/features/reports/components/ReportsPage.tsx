// Laporan PMKS: persons by category and sex for a year, in the office's own rows (e.g. seed
// 001's "Gelandangan dan Pengemis"), with a CSV download; supervisors and admins set the rows.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { listCategories } from '../../persons/api';
import type { PmksCategory } from '../../persons/types';
import { csvUrl, fileUrl, getReport, getRows, saveRows, type PmksReport, type ReportRow } from '../api';
import { YearSelect } from '../../dashboard/components/YearSelect';
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

export function ReportsPage({ canEditRows }: { canEditRows: boolean }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const [report, setReport] = useState<PmksReport | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState(false);
  const load = () => {
    setError('');
    getReport(year).then(setReport, (e) => setError(errorMessage(e)));
  };
  useEffect(load, [year]);
  return (
    <section>
      <div class="page-head">
        <h2>{t('reports.title')}</h2>
        <span class="report-downloads">
          <a class="button" href={fileUrl(year, 'xlsx')} download>
            {t('reports.xlsx')}
          </a>
          <a class="button" href={fileUrl(year, 'pdf')} download>
            {t('reports.pdf')}
          </a>
          <a class="button" href={csvUrl(year)} download>
            {t('reports.csv')}
          </a>
        </span>
      </div>
      <YearSelect year={year} onYear={setYear} />
      {error && <Alert>{error}</Alert>}
      {report && (
        <div class="table-scroll">
          <table class="report">
            <caption>{t('reports.caption', { org: report.organization.name, year: report.year })}</caption>
            <thead>
              <tr>
                <th>{t('reports.no')}</th>
                <th>{t('reports.row')}</th>
                <th class="num">L</th>
                <th class="num">P</th>
                <th class="num">{t('reports.total')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((l, i) => (
                <tr key={l.label}>
                  <td>{i + 1}</td>
                  <td>{l.label}</td>
                  <td class="num">{l.male}</td>
                  <td class="num">{l.female}</td>
                  <td class="num">{l.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th>{t('reports.total')}</th>
                <td class="num">{report.total.male}</td>
                <td class="num">{report.total.female}</td>
                <td class="num">{report.total.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {canEditRows && (
        <p>
          <button type="button" onClick={() => setEditing(!editing)}>
            {t('reports.editRows')}
          </button>
        </p>
      )}
      {canEditRows && editing && <RowsEditor onSaved={load} />}
    </section>
  );
}
