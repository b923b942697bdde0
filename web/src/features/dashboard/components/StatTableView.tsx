// A statistics table as the server sends it (columns, rows, total row, source line), with the
// grouped heading ("Jenis Kelamin" over L and P) and export links.
import { t } from '../../../lib/i18n';
import { exportUrl, type ExportFormat, type StatFilters, type StatTable, type StatValue } from '../api';

const show = (v: StatValue | undefined) => (typeof v === 'number' ? v.toLocaleString('id-ID') : (v ?? ''));

export function StatTableView({ table }: { table: StatTable }) {
  const grouped = table.columns.some((c) => c.group);
  // Heading cells of the first row: a group once over its columns, other columns spanning both rows.
  const top: { label: string; span: number; rows: number; numeric: boolean }[] = [];
  for (const c of table.columns) {
    const last = top[top.length - 1];
    if (c.group && last && last.label === c.group) last.span += 1;
    else top.push({ label: c.group || c.label, span: 1, rows: c.group ? 1 : 2, numeric: c.numeric });
  }
  return (
    <div class="table-scroll">
      <table class="report stat-table">
        <caption>
          {table.title}
          {table.subtitle && <span class="muted"> — {table.subtitle}</span>}
        </caption>
        <thead>
          {grouped ? (
            <>
              <tr>
                {top.map((h) => (
                  <th
                    key={h.label}
                    colSpan={h.span}
                    rowSpan={h.rows}
                    class={h.numeric || h.span > 1 ? 'num' : ''}
                  >
                    {h.label}
                  </th>
                ))}
              </tr>
              <tr>
                {table.columns
                  .filter((c) => c.group)
                  .map((c) => (
                    <th key={c.key} class="num">
                      {c.label}
                    </th>
                  ))}
              </tr>
            </>
          ) : (
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} class={c.numeric ? 'num' : ''}>
                  {c.label}
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length} class="muted">
                {t('dashboard.empty')}
              </td>
            </tr>
          )}
          {table.rows.map((r, i) => (
            <tr key={i}>
              {table.columns.map((c) => (
                <td key={c.key} class={c.numeric ? 'num' : ''}>
                  {show(r[c.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.total && (
          <tfoot>
            <tr>
              {table.columns.map((c) => (
                <td key={c.key} class={c.numeric ? 'num' : ''}>
                  {show(table.total?.[c.key])}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      <p class="muted stat-source">{table.source}</p>
    </div>
  );
}

export function ExportLinks({
  name,
  filters,
  formats,
}: {
  name: string;
  filters: StatFilters;
  formats: ExportFormat[];
}) {
  return (
    <div class="export-links">
      {formats.map((f) => (
        <a key={f} class="button" href={exportUrl(name, filters, f)} download>
          {t(`dashboard.download.${f}`)}
        </a>
      ))}
    </div>
  );
}
