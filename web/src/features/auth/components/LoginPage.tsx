import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { errorMessage, t, type Language } from '../../../lib/i18n';
import { login } from '../api';
import type { Session } from '../types';

type Props = { onLogin: (s: Session) => void; notice?: string; language: Language; onLanguage: (l: Language) => void };

export function LoginPage({ onLogin, notice, language, onLanguage }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      onLogin(await login(username.trim(), password));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="login">
      <form class="card login-card" onSubmit={submit} noValidate>
        <div class="login-head">
          <h1>mitra</h1>
          <button type="button" class="link-button" onClick={() => onLanguage(language === 'id' ? 'en' : 'id')}>
            {language === 'id' ? 'English' : 'Bahasa Indonesia'}
          </button>
        </div>
        <p class="muted">{t('login.subtitle')}</p>
        {notice && <Alert kind="info">{notice}</Alert>}
        {error && <Alert>{error}</Alert>}
        <Field label={t('login.username')} name="username">
          <input
            id="username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            required
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </Field>
        <Field label={t('login.password')} name="password">
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </Field>
        <button type="submit" class="primary wide" disabled={busy || !username || !password}>
          {busy ? t('common.wait') : t('login.submit')}
        </button>
      </form>
      <p class="login-extra">
        <a href="/pengaduan">{t('complaints.loginLink')}</a>
      </p>
    </div>
  );
}
