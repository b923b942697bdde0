// How fast each responder answers letters: count, median and 90th percentile of working days to
// a decision, the share decided after the deadline, the share delivered after the activity day.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { responseFigures } from '../api';
import type { ResponderFigures } from '../types';
import { requestsPath } from './RequestsPage';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const days = (x: number | null) => (x === null ? '–' : String(x));
const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86400e3).toISOString().slice(0, 10);

export function FiguresTable() {
  const [from, setFrom] = useState(isoDaysAgo(3 * 365));
  const [to, setTo] = useState(isoDaysAgo(0));
  const [rows, setRows] = useState<ResponderFigures[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    responseFigures({ from, to }).then(
      (r) => {
        setRows(r.items);
        setError('');
      },
      (e) => setError(errorMessage(e)),
    );
  }, [from, to]);
  return (
    <section>
      <p>
        <a href={requestsPath}>← {t('requests.back')}</a>
      </p>
      <h1>{t('requests.figures.title')}</h1>
      <p class="muted">{t('requests.figures.explain')}</p>
      <div class="row-2">
        <Field label={t('requests.figures.from')} name="from">
          <input id="from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </Field>
        <Field label={t('requests.figures.to')} name="to">
          <input id="to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </Field>
      </div>
      {error && <Alert>{error}</Alert>}
      <table class="list" data-testid="figures">
        <thead>
          <tr>
            <th>{t('requests.responder')}</th>
            <th>{t('requests.figures.count')}</th>
            <th>{t('requests.figures.median')}</th>
            <th>{t('requests.figures.p90')}</th>
            <th>{t('requests.figures.late')}</th>
            <th>{t('requests.figures.afterActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.responder.id}>
              <td data-label={t('requests.responder')}>{r.responder.name}</td>
              <td data-label={t('requests.figures.count')}>
                {r.count} ({t('requests.figures.decided', { n: r.decided })})
              </td>
              <td data-label={t('requests.figures.median')}>{days(r.median_days)}</td>
              <td data-label={t('requests.figures.p90')}>{days(r.p90_days)}</td>
              <td data-label={t('requests.figures.late')}>{pct(r.late_share)}</td>
              <td data-label={t('requests.figures.afterActivity')}>{pct(r.delivered_after_activity_share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && !error && <p class="muted">{t('common.empty')}</p>}
    </section>
  );
}
