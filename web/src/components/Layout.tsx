// The frame of every signed-in page: top bar, navigation by role, language switch, logout.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type Language } from '../lib/i18n';
import { onLinkClick } from '../app/router';
import type { User } from '../features/auth/types';

// Items in groups, so that a long menu reads as three short ones: the work with clients, the work
// with partners, and the settings. Group titles share no words with item labels (tests click by text).
export type NavGroup = 'clients' | 'partners' | 'settings';
export type NavItem = { path: string; label: string; group?: NavGroup };

export function navFor(user: User): NavItem[] {
  const has = (...roles: string[]) => user.roles.some((r) => roles.includes(r));
  const items: NavItem[] = [{ path: '/', label: t('nav.home') }];
  const add = (group: NavGroup, ...more: { path: string; label: string }[]) =>
    items.push(...more.map((i) => ({ ...i, group })));
  if (has('social_worker', 'supervisor', 'partner_manager'))
    add('clients', { path: '/penerima-manfaat', label: t('nav.persons') });
  if (has('social_worker', 'supervisor'))
    add(
      'clients',
      { path: '/patroli', label: t('patrols.title') },
      { path: '/rujukan', label: t('nav.referrals') },
      { path: '/tindak-lanjut', label: t('services.nav') },
      { path: '/akses-darurat', label: t('emergency.title') },
    );
  if (has('social_worker', 'supervisor', 'admin'))
    add('clients', { path: '/shelter', label: t('shelter.nav') });
  if (has('social_worker', 'supervisor'))
    add('clients', { path: '/pengaduan-masuk', label: t('complaints.nav') });
  if (has('social_worker', 'supervisor', 'analyst', 'admin'))
    add('clients', { path: '/laporan-pmks', label: t('reports.nav') });
  if (has('social_worker', 'supervisor', 'analyst', 'admin'))
    add('clients', { path: '/dasbor', label: t('dashboard.nav') });
  if (has('supervisor') && user.organization.type.startsWith('dinsos'))
    add('clients', { path: '/data-ganda', label: t('duplicates.nav') });
  if (has('social_worker', 'supervisor', 'partner_manager', 'admin'))
    add('partners', { path: '/kemitraan', label: t('partnerships.nav') });
  add(
    'partners',
    { path: '/permohonan-bantuan', label: t('requests.nav') },
    { path: '/kebutuhan-mitra', label: t('needs.nav') },
  );
  if (user.roles.some((r) => r !== 'analyst' && r !== 'auditor'))
    add('partners', { path: '/rapat', label: t('meetings.nav') });
  add('partners', { path: '/lembaga', label: t('nav.organizations') });
  if (has('admin', 'supervisor', 'partner_manager'))
    add('partners', { path: '/pendaftaran-lks', label: t('registration.nav') });
  if (has('admin')) add('settings', { path: '/pengguna', label: t('nav.users') });
  if (has('admin', 'supervisor')) add('settings', { path: '/hari-libur', label: t('holidays.nav') });
  if (has('admin', 'auditor')) add('settings', { path: '/audit', label: t('nav.audit') });
  add('settings', { path: '/akun', label: t('nav.account') });
  return items;
}

type Props = {
  user: User;
  path: string;
  language: Language;
  onLanguage: (lang: Language) => void;
  onLogout: () => void;
  bell?: ComponentChildren; // the notification bell, composed by App
  children: ComponentChildren;
};

export function Layout({ user, path, language, onLanguage, onLogout, bell, children }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const items = navFor(user);
  const active = (p: string) => (p === '/' ? path === '/' : path.startsWith(p));
  return (
    <div class="shell" onClick={onLinkClick}>
      <header class="topbar">
        <button
          type="button"
          class="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          ☰ <span class="sr-only">{t('nav.menu')}</span>
        </button>
        <a href="/" class="brand">
          mitra
        </a>
        <div class="topbar-user">
          <span class="user-name">{user.display_name}</span>
          <span class="user-org">{user.organization.name}</span>
        </div>
        {bell}
        <div class="lang-switch" role="group" aria-label={t('nav.language')}>
          {(['id', 'en'] as Language[]).map((l) => (
            <button
              type="button"
              key={l}
              aria-pressed={language === l}
              class={language === l ? 'active' : ''}
              onClick={(e) => {
                e.stopPropagation();
                onLanguage(l);
              }}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" class="logout" onClick={onLogout}>
          {t('nav.logout')}
        </button>
      </header>
      <nav id="main-nav" class={`sidebar${menuOpen ? ' open' : ''}`} onClick={() => setMenuOpen(false)}>
        <ul>
          {items.map((i, n) => (
            <li key={i.path}>
              {i.group && i.group !== items[n - 1]?.group && (
                <span class="nav-group">{t(`nav.groups.${i.group}`)}</span>
              )}
              <a
                href={i.path}
                class={active(i.path) ? 'active' : ''}
                aria-current={active(i.path) ? 'page' : undefined}
              >
                {i.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content">{children}</main>
    </div>
  );
}
