import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { currentLanguage, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listAudit, type AuditEntry } from '../api';

const ACTIONS = ['session.login', 'session.login_failed', 'session.logout', 'user.create', 'user.update', 'user.password_change', 'organization.create', 'organization.update', 'token.create'];

export function AuditPage() {
  const [action, setAction] = useState('');
  const { items, error, hasMore, loadMore } = usePagedList<AuditEntry>((cursor) => listAudit({ action, cursor, limit: 50 }), [action], 0);

  const when = (iso: string) => new Date(iso).toLocaleString(currentLanguage() === 'id' ? 'id-ID' : 'en-GB');

  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p class="muted">{t('audit.intro')}</p>
      <div class="filters">
        <select aria-label={t('audit.action')} value={action} onChange={(e) => setAction(e.currentTarget.value)}>
          <option value="">{t('audit.allActions')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a.replace('.', '_')}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <Alert>{error}</Alert>}
      <table class="list">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('audit.time')}</th>
            <th>{t('audit.user')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.entity')}</th>
            <th>{t('audit.address')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.seq}>
              <td data-label="#">{e.seq}</td>
              <td data-label={t('audit.time')}>{when(e.at)}</td>
              <td data-label={t('audit.user')}>{e.username ?? '—'}</td>
              <td data-label={t('audit.action')}>{t(`audit.actions.${e.action.replace('.', '_')}`, { defaultValue: e.action })}</td>
              <td data-label={t('audit.entity')}>
                {e.entity_type} <span class="muted code">{e.entity_id.slice(0, 8)}</span>
              </td>
              <td data-label={t('audit.address')}>{e.client_address}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasMore && (
        <button type="button" class="more" onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
