import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listOrganizations } from '../../organizations/api';
import { listCategories, listPersons } from '../api';
import type { PmksCategory } from '../types';
import { PersonDetail } from './PersonDetail';
import { PersonForm } from './PersonForm';

// `casesOf` renders the cases of the open person (composed by the app; features stay apart).
export function PersonsPage({
  casesOf,
  canPhoto = false,
}: {
  casesOf?: (personId: string) => VNode;
  canPhoto?: boolean;
}) {
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [organization, setOrganization] = useState('');
  const [categories, setCategories] = useState<PmksCategory[]>([]);
  const [organizations, setOrganizations] = useState<{ id: string; code: string; name: string }[]>([]);
  useEffect(() => {
    listCategories().then(
      (r) => setCategories(r.items),
      () => undefined,
    );
    listOrganizations({ limit: 200 }).then(
      (r) => setOrganizations(r.items),
      () => undefined,
    );
  }, []);
  const [registering, setRegistering] = useState(false);
  const [open, setOpen] = useState<string | null>(new URLSearchParams(location.search).get('open'));
  const { items, error, loading, hasMore, loadMore, reload } = usePagedList(
    (cursor) => listPersons({ q, category, organization, cursor, limit: 50 }),
    [q, category, organization],
  );

  if (registering)
    return (
      <section>
        <PersonForm
          onCancel={() => setRegistering(false)}
          onOpen={(id) => {
            setRegistering(false);
            setOpen(id);
          }}
          onSaved={(p) => {
            setRegistering(false);
            setOpen(p.id);
            reload();
          }}
        />
      </section>
    );

  return (
    <section>
      <div class="page-head">
        <h1>{t('persons.title')}</h1>
        <button type="button" class="primary" onClick={() => setRegistering(true)}>
          + {t('persons.register')}
        </button>
      </div>
      <div class="filters">
        <input
          type="search"
          aria-label={t('common.search')}
          placeholder={t('persons.searchPlaceholder')}
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <select
          aria-label={t('personSearch.category')}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
        >
          <option value="">{t('personSearch.anyCategory')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('personSearch.organization')}
          value={organization}
          onChange={(e) => setOrganization(e.currentTarget.value)}
        >
          <option value="">{t('personSearch.anyOrganization')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {q.trim() && (
          <small class="hint" style={{ flexBasis: '100%' }}>
            {t('personSearch.hint')}
          </small>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      {open && (
        <PersonDetail id={open} onClose={() => setOpen(null)} canPhoto={canPhoto}>
          {casesOf?.(open)}
        </PersonDetail>
      )}
      <table class="list">
        <thead>
          <tr>
            <th>{t('persons.fullName')}</th>
            <th>{t('persons.sex')}</th>
            <th>{t('persons.birthDate')}</th>
            <th>{t('persons.nik')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id} class="clickable" onClick={() => setOpen(p.id)}>
              <td data-label={t('persons.fullName')}>
                <button type="button" class="link-button">
                  {p.full_name}
                </button>
                {p.other_names && <span class="muted"> ({p.other_names})</span>}
              </td>
              <td data-label={t('persons.sex')}>{p.sex}</td>
              <td data-label={t('persons.birthDate')}>
                {p.birth_date ?? '—'}
                {p.birth_date_estimated && <span class="muted"> ~</span>}
              </td>
              <td data-label={t('persons.nik')} class="code">
                {p.nik ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 && <p class="muted">{t('common.empty')}</p>}
      {hasMore && (
        <button type="button" class="more" onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
