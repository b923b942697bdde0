import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listOrganizations } from '../api';
import { ORGANIZATION_TYPES, type Organization } from '../types';
import { navigate } from '../../../app/router';
import { OrganizationForm } from './OrganizationForm';
import { RegistrationBadge } from './RegistrationBadge';

export function OrganizationsPage({ canManage }: { canManage: boolean }) {
  const [q, setQ] = useState('');
  const [type, setType] = useState('');
  const [registration, setRegistration] = useState('');
  const { items, error, loading, hasMore, loadMore, reload } = usePagedList(
    (cursor) => listOrganizations({ q, type, registration, cursor, limit: 50 }),
    [q, type, registration],
  );
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [selected, setSelected] = useState<Organization | null>(null);
  const [all, setAll] = useState<Organization[]>([]);

  useEffect(() => {
    if (canManage) listOrganizations({ limit: 200 }).then((p) => setAll(p.items), () => undefined);
  }, [canManage, editing]);

  const byId = new Map(all.map((o) => [o.id, o]));

  if (editing)
    return (
      <section>
        <OrganizationForm
          organization={editing === 'new' ? undefined : editing}
          parents={all}
          onCancel={() => setEditing(null)}
          onSaved={(o) => {
            setEditing(null);
            setSelected(o);
            reload();
          }}
        />
      </section>
    );

  return (
    <section>
      <div class="page-head">
        <h1>{t('organizations.title')}</h1>
        {canManage && (
          <button type="button" class="primary" onClick={() => setEditing('new')}>
            + {t('organizations.create')}
          </button>
        )}
      </div>
      <div class="filters">
        <input type="search" aria-label={t('common.search')} placeholder={t('organizations.searchPlaceholder')} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <select aria-label={t('organizations.type')} value={type} onChange={(e) => setType(e.currentTarget.value)}>
          <option value="">{t('organizations.allTypes')}</option>
          {ORGANIZATION_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`organizationTypes.${ty}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('orgPage.registrationFilter')}
          value={registration}
          onChange={(e) => setRegistration(e.currentTarget.value)}
        >
          <option value="">{t('orgPage.allRegistrations')}</option>
          {['registered', 'expired', 'pending', 'none'].map((r) => (
            <option key={r} value={r}>
              {t(`orgPage.filter.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <Alert>{error}</Alert>}
      {selected && (
        <div class="card detail" aria-live="polite">
          <div class="page-head">
            <h2>{selected.name}</h2>
            <button type="button" class="link-button" onClick={() => setSelected(null)}>
              {t('common.close')}
            </button>
          </div>
          <dl class="facts">
            <dt>{t('organizations.code')}</dt>
            <dd class="code">{selected.code}</dd>
            <dt>{t('organizations.type')}</dt>
            <dd>{t(`organizationTypes.${selected.type}`)}</dd>
            <dt>{t('organizations.region')}</dt>
            <dd>
              {selected.region_name} <span class="muted">({selected.region_code})</span>
            </dd>
            <dt>{t('organizations.parent')}</dt>
            <dd>{selected.parent_id ? byId.get(selected.parent_id)?.name ?? selected.parent_id : '—'}</dd>
            <dt>{t('common.status')}</dt>
            <dd>{selected.active ? t('common.active') : t('common.inactive')}</dd>
          </dl>
          <div class="actions">
            <a class="button" href={`/lembaga/${selected.id}`}>
              {t('orgPage.open')}
            </a>
            {canManage && (
              <button type="button" onClick={() => setEditing(selected)}>
                {t('common.edit')}
              </button>
            )}
          </div>
        </div>
      )}
      <table class="list">
        <thead>
          <tr>
            <th>{t('organizations.code')}</th>
            <th>{t('organizations.name')}</th>
            <th>{t('organizations.type')}</th>
            <th>{t('organizations.region')}</th>
            <th>{t('orgPage.registration')}</th>
            <th>{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id} onClick={() => navigate(`/lembaga/${o.id}`)} class="clickable" data-code={o.code}>
              <td data-label={t('organizations.code')} class="code">
                {o.code}
              </td>
              <td data-label={t('organizations.name')}>
                <a href={`/lembaga/${o.id}`}>{o.name}</a>
              </td>
              <td data-label={t('organizations.type')}>{t(`organizationTypes.${o.type}`)}</td>
              <td data-label={t('organizations.region')}>{o.region_name}</td>
              <td data-label={t('orgPage.registration')}>
                <RegistrationBadge registration={o.registration} />
              </td>
              <td data-label={t('common.status')}>{o.active ? t('common.active') : t('common.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 && <p class="muted">{t('common.empty')}</p>}
      {hasMore && (
        <button type="button" class="more" disabled={loading} onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
