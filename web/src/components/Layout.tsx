// The frame of every signed-in page: top bar, navigation by role, language switch, logout.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type Language } from '../lib/i18n';
import { onLinkClick } from '../app/router';
import type { User } from '../features/auth/types';

export type NavItem = { path: string; label: string };

export function navFor(user: User): NavItem[] {
  const items: NavItem[] = [{ path: '/', label: t('nav.home') }];
  if (user.roles.some((r) => r === 'social_worker' || r === 'supervisor' || r === 'partner_manager'))
    items.push({ path: '/penerima-manfaat', label: t('nav.persons') });
  if (user.roles.some((r) => r === 'social_worker' || r === 'supervisor'))
    items.push(
      { path: '/patroli', label: t('patrols.title') },
      { path: '/rujukan', label: t('nav.referrals') },
      { path: '/tindak-lanjut', label: t('services.nav') },
      { path: '/akses-darurat', label: t('emergency.title') },
    );
  if (user.roles.some((r) => r === 'social_worker' || r === 'supervisor' || r === 'admin'))
    items.push({ path: '/shelter', label: t('shelter.nav') });
  if (user.roles.some((r) => r === 'social_worker' || r === 'supervisor'))
    items.push({ path: '/pengaduan-masuk', label: t('complaints.nav') });
  if (user.roles.some((r) => r === 'social_worker' || r === 'supervisor' || r === 'analyst' || r === 'admin'))
    items.push({ path: '/laporan-pmks', label: t('reports.nav') });
  items.push(
    { path: '/permohonan-bantuan', label: t('requests.nav') },
    { path: '/kebutuhan-mitra', label: t('needs.nav') },
  );
  if (user.roles.some((r) => r !== 'analyst' && r !== 'auditor'))
    items.push({ path: '/rapat', label: t('meetings.nav') });
  if (user.roles.some((r) => r === 'social_worker' || r === 'supervisor' || r === 'partner_manager' || r === 'admin'))
    items.push({ path: '/kemitraan', label: t('partnerships.nav') });
  items.push({ path: '/lembaga', label: t('nav.organizations') });
  if (user.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'partner_manager'))
    items.push({ path: '/pendaftaran-lks', label: t('registration.nav') });
  if (user.roles.includes('admin')) items.push({ path: '/pengguna', label: t('nav.users') });
  if (user.roles.includes('admin') || user.roles.includes('supervisor'))
    items.push({ path: '/hari-libur', label: t('holidays.nav') });
  if (user.roles.includes('admin') || user.roles.includes('auditor'))
    items.push({ path: '/audit', label: t('nav.audit') });
  items.push({ path: '/akun', label: t('nav.account') });
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
          {items.map((i) => (
            <li key={i.path}>
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
