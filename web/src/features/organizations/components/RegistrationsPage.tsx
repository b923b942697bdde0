// Pendaftaran LKS: the regency/city Dinsos's inbox (to recommend or return), the province's
// inbox (to survey and decide), and every application the user may see, with deadlines and
// overdue marks. /pendaftaran-lks/{id} opens one application.
import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { formatDate, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listRegistrations } from '../api';
import type { Registration } from '../types';
import { DueMark } from './RegistrationBadge';
import { RegistrationDetail } from './RegistrationDetail';

type Tab = 'regency' | 'province' | 'all';

export function RegistrationsPage({ path, organizationType }: { path: string; organizationType: string }) {
  const id = path.split('/')[2];
  if (id) return <RegistrationDetail key={id} id={id} />;
  return <RegistrationInbox organizationType={organizationType} />;
}

function RegistrationInbox({ organizationType }: { organizationType: string }) {
  const initial: Tab = organizationType === 'dinsos_regency' ? 'regency' : organizationType === 'dinsos_province' ? 'province' : 'all';
  const [tab, setTab] = useState<Tab>(initial);
  const { items, error, loading, hasMore, loadMore } = usePagedList(
    (cursor) => listRegistrations({ inbox: tab === 'all' ? '' : tab, cursor, limit: 50 }),
    [tab],
  );
  const tabs: Tab[] = organizationType.startsWith('dinsos') ? ['regency', 'province', 'all'] : ['all'];
  return (
    <section>
      <div class="page-head">
        <h1>{t('registration.title')}</h1>
      </div>
      {tabs.length > 1 && (
        <div class="tabs" role="tablist">
          {tabs.map((x) => (
            <button key={x} type="button" role="tab" aria-selected={tab === x} class={tab === x ? 'active' : ''} onClick={() => setTab(x)}>
              {t(x === 'regency' ? 'registration.inboxRegency' : x === 'province' ? 'registration.inboxProvince' : 'registration.all')}
            </button>
          ))}
        </div>
      )}
      {error && <Alert>{error}</Alert>}
      <table class="list">
        <thead>
          <tr>
            <th>{t('registration.organization')}</th>
            <th>{t('common.status')}</th>
            <th>{t('registration.submittedAt')}</th>
            <th>{t('registration.dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r: Registration) => (
            <tr key={r.id} class={r.overdue ? 'overdue' : ''} data-registration-id={r.id}>
              <td data-label={t('registration.organization')}>
                <a href={`/pendaftaran-lks/${r.id}`}>{r.organization.name}</a>
                <div class="muted">
                  {t(`registration.kind.${r.kind}`)} · {r.organization.region_name}
                </div>
              </td>
              <td data-label={t('common.status')}>
                <span class={`badge status-${r.status}`}>{t(`registration.status.${r.status}`)}</span>
              </td>
              <td data-label={t('registration.submittedAt')}>{formatDate(r.submitted_at.slice(0, 10))}</td>
              <td data-label={t('registration.dueOn')}>
                {formatDate(r.due_on)}{' '}
                <DueMark overdue={r.overdue} daysLeft={r.working_days_left} open={r.status === 'submitted' || r.status === 'recommended'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 && <p class="muted">{t('registration.empty')}</p>}
      {hasMore && (
        <button type="button" class="more" disabled={loading} onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
