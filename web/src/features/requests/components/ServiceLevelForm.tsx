// Batas waktu balasan: how many working days the organisation gives itself to answer a request
// letter, and the letterhead and signatory of its reply letters. Its supervisors and admins set it.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { getServiceLevel, saveServiceLevel, type ServiceLevel } from '../api';
import { requestsPath } from './RequestsPage';

export function ServiceLevelForm({ organizationId }: { organizationId: string }) {
  const [f, setF] = useState<(Omit<ServiceLevel, 'working_days'> & { working_days: string }) | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    getServiceLevel(organizationId).then(
      (s) => setF({ ...s, working_days: String(s.working_days) }),
      (e) => setErrors(formErrors(e)),
    );
  }, [organizationId]);
  if (!f) return errors.form ? <Alert>{errors.form}</Alert> : <p class="loading">{t('common.wait')}</p>;
  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    try {
      const days = /^\d+$/.test(f.working_days.trim()) ? Number(f.working_days.trim()) : -1;
      const s = await saveServiceLevel(organizationId, { ...f, working_days: days });
      setF({ ...s, working_days: String(s.working_days) });
      setErrors({});
      setSaved(true);
    } catch (err) {
      setErrors(formErrors(err));
    }
  };
  return (
    <section class="card">
      <p>
        <a href={requestsPath}>← {t('requests.title')}</a>
      </p>
      <h1>{t('requests.replyDeadline.title')}</h1>
      <p class="muted">{t('requests.replyDeadline.help')}</p>
      <form class="form" noValidate onSubmit={save}>
        {errors.form && <Alert>{errors.form}</Alert>}
        <Field label={t('requests.replyDeadline.days')} name="sl-days" error={errors.working_days}>
          <input
            id="sl-days"
            inputMode="numeric"
            value={f.working_days}
            onInput={(e) => setF({ ...f, working_days: e.currentTarget.value })}
          />
        </Field>
        <Field label={t('requests.replyDeadline.address')} name="sl-address" error={errors.letterhead_address}>
          <input
            id="sl-address"
            value={f.letterhead_address}
            onInput={(e) => setF({ ...f, letterhead_address: e.currentTarget.value })}
          />
        </Field>
        <Field label={t('requests.replyDeadline.signatory')} name="sl-name" error={errors.signatory_name}>
          <input
            id="sl-name"
            value={f.signatory_name}
            onInput={(e) => setF({ ...f, signatory_name: e.currentTarget.value })}
          />
        </Field>
        <Field
          label={t('requests.replyDeadline.signatoryTitle')}
          name="sl-title"
          error={errors.signatory_title}
        >
          <input
            id="sl-title"
            value={f.signatory_title}
            onInput={(e) => setF({ ...f, signatory_title: e.currentTarget.value })}
          />
        </Field>
        {saved && <Alert kind="success">{t('requests.replyDeadline.saved')}</Alert>}
        <button type="submit" class="primary">
          {t('requests.replyDeadline.save')}
        </button>
      </form>
    </section>
  );
}
