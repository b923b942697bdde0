// Composes the features: restores the session, keeps the language, routes by path and role.
import { useEffect, useState } from 'preact/hooks';
import { Layout } from '../components/Layout';
import { setCsrfToken, setUnauthenticatedHandler } from '../lib/api-client';
import { currentLanguage, setLanguage, t, type Language } from '../lib/i18n';
import { currentSession, logout, savePreferences } from '../features/auth/api';
import { AccountPage } from '../features/auth/components/AccountPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import type { Session, User } from '../features/auth/types';
import { AuditPage } from '../features/audit/components/AuditPage';
import { HomePage } from '../features/home/components/HomePage';
import { OrganizationPage } from '../features/organizations/components/OrganizationPage';
import { OrganizationsPage } from '../features/organizations/components/OrganizationsPage';
import { RegistrationsPage } from '../features/organizations/components/RegistrationsPage';
import { PersonsPage } from '../features/persons/components/PersonsPage';
import { CasePanel } from '../features/cases/components/CasePanel';
import { ComplaintsBoard } from '../features/complaints/components/ComplaintsBoard';
import { PublicComplaintPage } from '../features/complaints/components/PublicComplaintPage';
import { ReferralForm } from '../features/referrals/components/ReferralForm';
import { ReferralsPage } from '../features/referrals/components/ReferralsPage';
import { CaseServices } from '../features/services/components/CaseServices';
import { FollowUpCalendar } from '../features/services/components/FollowUpCalendar';
import { CaseStay } from '../features/shelter/components/CaseStay';
import { ShelterPage } from '../features/shelter/components/ShelterPage';
import { PersonTimeline } from '../features/timeline/components/PersonTimeline';
import { ReportsPage } from '../features/reports/components/ReportsPage';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import { UsersPage } from '../features/users/components/UsersPage';
import { PatrolsPage } from '../features/patrols/components/PatrolsPage';
import { PartnershipsPage } from '../features/partnerships/components/PartnershipsPage';
import { EmergencyPage } from '../features/emergency/components/EmergencyPage';
import { RequestsPage } from '../features/requests/components/RequestsPage';
import { NeedsBoard } from '../features/needs/components/NeedsBoard';
import { PublicNeedsPage } from '../features/needs/components/PublicNeedsPage';
import { HolidaysPage } from '../features/holidays/components/HolidaysPage';
import { MeetingsPage } from '../features/meetings/components/MeetingsPage';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { NotificationsPage } from '../features/notifications/components/NotificationsPage';
import { DuplicatesPage } from '../features/duplicates/components/DuplicatesPage';
import { MergedNotice } from '../features/duplicates/components/MergedNotice';
import { partnershipSections } from './partnership-sections';
import { navigate, usePath } from './router';

export function App() {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(true);
  const [notice, setNotice] = useState('');
  const [language, setLang] = useState<Language>(currentLanguage());
  const path = usePath();

  const applyLanguage = (l: Language) => {
    setLanguage(l);
    setLang(l);
  };

  const start = (s: Session) => {
    setCsrfToken(s.csrf_token);
    applyLanguage(s.user.language);
    setUser(s.user);
    setNotice('');
  };

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setUser(null);
      setNotice(t('login.expired'));
    });
    currentSession()
      .then(start, () => undefined)
      .finally(() => setChecking(false));
  }, []);

  async function switchLanguage(l: Language) {
    applyLanguage(l);
    if (user) setUser(await savePreferences(l).catch(() => user));
  }

  async function signOut() {
    await logout().catch(() => undefined);
    setCsrfToken(null);
    setUser(null);
    navigate('/', true);
  }

  if (path === '/pengaduan') return <PublicComplaintPage language={language} onLanguage={applyLanguage} />;
  if (path === '/kebutuhan') return <PublicNeedsPage language={language} onLanguage={applyLanguage} />;
  if (checking) return <p class="loading">{t('common.wait')}</p>;
  if (!user)
    return <LoginPage onLogin={start} notice={notice} language={language} onLanguage={applyLanguage} />;

  const isAdmin = user.roles.includes('admin');
  const servesClients = user.roles.some((r) => r === 'social_worker' || r === 'supervisor');
  let page;
  if (path === '/') page = <HomePage user={user} />;
  else if (path.startsWith('/lembaga/'))
    page = <OrganizationPage key={path} id={path.split('/')[2]} canManage={isAdmin} />;
  else if (path.startsWith('/lembaga')) page = <OrganizationsPage canManage={isAdmin} />;
  else if (path.startsWith('/pendaftaran-lks'))
    page = <RegistrationsPage path={path} organizationType={user.organization.type} />;
  else if (path.startsWith('/penerima-manfaat'))
    page = user.roles.some((r) => r === 'social_worker' || r === 'supervisor' || r === 'partner_manager') ? (
      <PersonsPage
        canPhoto={servesClients}
        casesOf={(id) => (
          <>
            <CasePanel
              key={id}
              personId={id}
              extras={(c, reload) => (
                <CaseServices caseId={c.id} closed={c.stage === 'closed'} onCaseChanged={reload} />
              )}
              referralForm={(caseId, done) => (
                <ReferralForm
                  caseId={caseId}
                  onSent={(r) => done(t('referrals.sent', { org: r.to.name }))}
                  onCancel={() => done('')}
                />
              )}
              staySlot={(caseId) => <CaseStay caseId={caseId} />}
            />
            {servesClients && <PersonTimeline key={`timeline-${id}`} personId={id} />}
            <MergedNotice key={`merged-${id}`} personId={id} canUnmerge={user.roles.includes('supervisor')} />
          </>
        )}
      />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/pengguna')) page = isAdmin ? <UsersPage /> : <Forbidden />;
  else if (path.startsWith('/audit'))
    page = isAdmin || user.roles.includes('auditor') ? <AuditPage /> : <Forbidden />;
  else if (path.startsWith('/rujukan'))
    page = user.roles.some((r) => r === 'social_worker' || r === 'supervisor') ? (
      <ReferralsPage />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/patroli')) page = servesClients ? <PatrolsPage path={path} /> : <Forbidden />;
  else if (path.startsWith('/akses-darurat'))
    page = servesClients ? <EmergencyPage supervisor={user.roles.includes('supervisor')} /> : <Forbidden />;
  else if (path.startsWith('/tindak-lanjut'))
    page = user.roles.some((r) => r === 'social_worker' || r === 'supervisor') ? (
      <FollowUpCalendar />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/shelter'))
    page = (
      <ShelterPage
        canBoard={user.roles.some((r) => r === 'social_worker' || r === 'supervisor')}
        canManage={isAdmin || user.roles.includes('supervisor')}
        ownOrganizationId={user.organization.id}
      />
    );
  else if (path.startsWith('/pengaduan-masuk'))
    page = user.roles.some((r) => r === 'social_worker' || r === 'supervisor') ? (
      <ComplaintsBoard />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/dasbor'))
    page = user.roles.some(
      (r) => r === 'social_worker' || r === 'supervisor' || r === 'analyst' || r === 'admin',
    ) ? (
      <DashboardPage organization={user.organization} />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/laporan-pmks'))
    page = user.roles.some(
      (r) => r === 'social_worker' || r === 'supervisor' || r === 'analyst' || r === 'admin',
    ) ? (
      <ReportsPage
        canEditRows={isAdmin || user.roles.includes('supervisor')}
        organization={user.organization}
      />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/permohonan-bantuan'))
    page = (
      <RequestsPage
        path={path}
        supervisor={user.roles.includes('supervisor') || isAdmin}
        canSubmit={user.roles.some(
          (r) => r === 'partner_manager' || r === 'supervisor' || r === 'social_worker' || r === 'admin',
        )}
        organizationId={user.organization.id}
      />
    );
  else if (path.startsWith('/kebutuhan-mitra'))
    page = (
      <NeedsBoard
        canManage={user.roles.some((r) => r === 'partner_manager' || r === 'supervisor' || r === 'admin')}
        ownOrganizationId={user.organization.id}
      />
    );
  else if (path.startsWith('/hari-libur')) page = <HolidaysPage canManage={isAdmin} />;
  else if (path.startsWith('/rapat'))
    page = user.roles.some((r) => r !== 'analyst' && r !== 'auditor') ? (
      <MeetingsPage
        path={path}
        canOrganize={user.roles.some((r) => r === 'partner_manager' || r === 'supervisor' || r === 'admin')}
        showRates={user.organization.type.startsWith('dinsos')}
        ownOrganizationId={user.organization.id}
        navigate={navigate}
      />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/kemitraan'))
    page = user.roles.some(
      (r) => r === 'social_worker' || r === 'supervisor' || r === 'partner_manager' || r === 'admin',
    ) ? (
      <PartnershipsPage
        path={path}
        canCreate={user.roles.some((r) => r === 'supervisor' || r === 'admin' || r === 'partner_manager')}
        extraSections={partnershipSections(user)}
      />
    ) : (
      <Forbidden />
    );
  else if (path.startsWith('/notifikasi')) page = <NotificationsPage navigate={navigate} />;
  else if (path.startsWith('/akun')) page = <AccountPage user={user} />;
  else if (path.startsWith('/data-ganda'))
    page = user.roles.includes('supervisor') ? (
      <DuplicatesPage path={path} navigate={navigate} />
    ) : (
      <Forbidden />
    );
  else page = <NotFound />;

  return (
    <Layout
      user={user}
      path={path}
      language={language}
      onLanguage={switchLanguage}
      onLogout={signOut}
      bell={<NotificationBell path={path} />}
    >
      {page}
    </Layout>
  );
}

function Forbidden() {
  return (
    <section class="card">
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.forbidden')}</p>
    </section>
  );
}

function NotFound() {
  return (
    <section class="card">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundPage')}</p>
      <a href="/">{t('nav.home')}</a>
    </section>
  );
}
