import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { changePassword } from '../api';
import type { User } from '../types';
import { EmailNotifications } from './EmailNotifications';

export function AccountPage({ user }: { user: User }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    if (next !== repeat) {
      setErrors({ repeat: t('account.mismatch') });
      return;
    }
    try {
      await changePassword(current, next);
      setErrors({});
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <section>
      <h1>{t('account.title')}</h1>
      <dl class="facts card">
        <dt>{t('users.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t('users.organization')}</dt>
        <dd>{user.organization.name}</dd>
        <dt>{t('users.roles')}</dt>
        <dd>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
      </dl>
      <form class="card form" onSubmit={submit} noValidate>
        <h2>{t('account.changePassword')}</h2>
        {done && <Alert kind="success">{t('account.changed')}</Alert>}
        {errors.form && <Alert>{errors.form}</Alert>}
        <Field label={t('account.current')} name="current_password" error={errors.current_password}>
          <input id="current_password" type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
        </Field>
        <Field label={t('account.new')} name="new_password" error={errors.new_password} hint={t('account.rule')}>
          <input id="new_password" type="password" autocomplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </Field>
        <Field label={t('account.repeat')} name="repeat" error={errors.repeat}>
          <input id="repeat" type="password" autocomplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="primary" disabled={!current || !next}>
          {t('common.save')}
        </button>
      </form>
      <EmailNotifications />
    </section>
  );
}
