// Tingkat kehadiran: per organisation, held meetings it was invited to and attended, over a period.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { attendanceRates } from '../api';
import type { AttendanceReport } from '../types';

export function AttendanceRates() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [report, setReport] = useState<AttendanceReport | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    attendanceRates({ from, to }).then(
      (r) => {
        setReport(r);
        setError('');
      },
      (e) => setError(errorMessage(e)),
    );
  }, [from, to]);
  return (
    <section class="attendance-rates">
      <div class="row-2">
        <Field label={t('meetings.rates.from')} name="rates-from">
          <input
            id="rates-from"
            type="date"
            value={from || report?.from || ''}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
        </Field>
        <Field label={t('meetings.rates.to')} name="rates-to">
          <input
            id="rates-to"
            type="date"
            value={to || report?.to || ''}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </Field>
      </div>
      {error && <Alert>{error}</Alert>}
      {report && (
        <>
          <p class="muted">{t('meetings.rates.summary', { n: report.meetings })}</p>
          <table class="list">
            <thead>
              <tr>
                <th>{t('meetings.rates.organization')}</th>
                <th>{t('meetings.rates.invited')}</th>
                <th>{t('meetings.rates.attended')}</th>
                <th>{t('meetings.rates.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((r) => (
                <tr key={r.organization.id} data-org={r.organization.code}>
                  <td data-label={t('meetings.rates.organization')}>{r.organization.name}</td>
                  <td data-label={t('meetings.rates.invited')}>{r.invited}</td>
                  <td data-label={t('meetings.rates.attended')}>{r.attended}</td>
                  <td data-label={t('meetings.rates.rate')} class={r.rate < 0.5 ? 'field-error' : ''}>
                    {Math.round(r.rate * 100)}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.items.length === 0 && <p class="muted">{t('meetings.rates.empty')}</p>}
        </>
      )}
    </section>
  );
}
