import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import type { User } from '../../auth/types';
import { listUsers } from '../api';
import { UserForm } from './UserForm';

export function UsersPage() {
  const [q, setQ] = useState('');
  const { items, error, hasMore, loadMore, reload } = usePagedList((cursor) => listUsers({ q, cursor, limit: 50 }), [q]);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<User | 'new' | null>(null);

  if (editing)
    return (
      <section>
        <UserForm
          user={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(null)}
          onSaved={(u) => {
            setEditing(null);
            setNotice(t('users.saved', { name: u.username }));
            reload();
          }}
        />
      </section>
    );

  return (
    <section>
      <div class="page-head">
        <h1>{t('users.title')}</h1>
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          + {t('users.create')}
        </button>
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      <div class="filters">
        <input type="search" aria-label={t('common.search')} placeholder={t('users.searchPlaceholder')} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </div>
      {error && <Alert>{error}</Alert>}
      <table class="list">
        <thead>
          <tr>
            <th>{t('users.username')}</th>
            <th>{t('users.displayName')}</th>
            <th>{t('users.organization')}</th>
            <th>{t('users.roles')}</th>
            <th>{t('common.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((u) => (
            <tr key={u.id}>
              <td data-label={t('users.username')} class="code">
                {u.username}
              </td>
              <td data-label={t('users.displayName')}>{u.display_name}</td>
              <td data-label={t('users.organization')}>{u.organization.code}</td>
              <td data-label={t('users.roles')}>{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
              <td data-label={t('common.status')}>{u.active ? t('common.active') : t('common.inactive')}</td>
              <td>
                <button type="button" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </button>
              </td>
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
