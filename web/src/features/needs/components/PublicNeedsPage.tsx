// The public needs page (/kebutuhan): no login, what partner organisations need now and how far
// pledges go; no people, no internal references, no pledging organisations.
import { Alert } from '../../../components/Field';
import { formatDate, t, type Language } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listPublicNeeds } from '../api';
import { NeedBody } from './Fulfilment';
import '../needs.css';

type Props = { language: Language; onLanguage: (l: Language) => void };

export function PublicNeedsPage({ language, onLanguage }: Props) {
  const list = usePagedList((cursor) => listPublicNeeds(cursor), [], 0);
  return (
    <div class="public-needs">
      <header class="page-head">
        <h1>{t('needs.public.title')}</h1>
        <div class="lang-switch" role="group" aria-label={t('nav.language')}>
          {(['id', 'en'] as Language[]).map((l) => (
            <button type="button" key={l} aria-pressed={language === l} class={language === l ? 'active' : ''} onClick={() => onLanguage(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <p>{t('needs.public.intro')}</p>
      {list.error && <Alert>{list.error}</Alert>}
      {!list.loading && list.items.length === 0 && <p class="muted">{t('needs.public.empty')}</p>}
      <div class="needs-list">
        {list.items.map((n) => (
          <article class="card need" key={n.id} data-testid="public-need">
            <div class="page-head">
              <h2>{n.title}</h2>
              <span class={`badge need-${n.status}`}>{t(`needs.statuses.${n.status}`)}</span>
            </div>
            <p class="muted">
              {n.publisher.name} · {n.region_name}
              {n.needed_by && ` · ${t('needs.neededBy', { date: formatDate(n.needed_by) })}`}
            </p>
            <NeedBody n={n} />
          </article>
        ))}
      </div>
      {list.hasMore && (
        <button type="button" onClick={list.loadMore}>
          {t('common.more')}
        </button>
      )}
      <p class="login-extra">
        {t('needs.public.help')} <a href="/">{t('needs.public.staffLogin')}</a>
      </p>
    </div>
  );
}
