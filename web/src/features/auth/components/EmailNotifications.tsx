import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { emailPreference, saveEmailPreference } from '../api';

// The user's own choice to receive due notifications by e-mail (sent when the office has
// configured an SMTP server; see docs/operations.md).
export function EmailNotifications() {
  const [address, setAddress] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  useEffect(() => {
    emailPreference()
      .then((p) => {
        setAddress(p.address);
        setEnabled(p.enabled);
        setLoaded(true);
      })
      .catch((err) => setErrors(formErrors(err)));
  }, []);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    try {
      const saved = await saveEmailPreference({ address: address.trim(), enabled });
      setAddress(saved.address);
      setEnabled(saved.enabled);
      setErrors({});
      setDone(true);
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form" onSubmit={submit} noValidate>
      <h2>{t('account.email.title')}</h2>
      <p class="muted">{t('account.email.intro')}</p>
      {done && <Alert kind="success">{t('account.email.saved')}</Alert>}
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('account.email.address')} name="email_address" error={errors.address}>
        <input id="email_address" type="email" autocomplete="email" disabled={!loaded} value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
      </Field>
      <label class="check">
        <input type="checkbox" disabled={!loaded} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
        {t('account.email.enabled')}
      </label>
      <button type="submit" class="primary" disabled={!loaded}>
        {t('common.save')}
      </button>
    </form>
  );
}
