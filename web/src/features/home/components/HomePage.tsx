import { t } from '../../../lib/i18n';
import type { User } from '../../auth/types';

export function HomePage({ user }: { user: User }) {
  return (
    <section>
      <h1>{t('home.greeting', { name: user.display_name })}</h1>
      <div class="card">
        <p>{t('home.intro')}</p>
        <dl class="facts">
          <dt>{t('users.organization')}</dt>
          <dd>
            {user.organization.name} <span class="code">{user.organization.code}</span>
          </dd>
          <dt>{t('users.roles')}</dt>
          <dd>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
        </dl>
      </div>
      <div class="cards">
        <a class="card tile" href="/lembaga">
          <strong>{t('nav.organizations')}</strong>
          <span class="muted">{t('home.organizationsHint')}</span>
        </a>
        <a class="card tile" href="/akun">
          <strong>{t('nav.account')}</strong>
          <span class="muted">{t('home.accountHint')}</span>
        </a>
      </div>
    </section>
  );
}
