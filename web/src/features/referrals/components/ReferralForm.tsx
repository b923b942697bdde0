// Refer a case to another organisation (or transfer it), from the case card.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { api, type Page } from '../../../lib/api-client';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { sendReferral } from '../api';
import type { Referral } from '../types';

type Org = { id: string; code: string; name: string };

export function ReferralForm({ caseId, onSent, onCancel }: { caseId: string; onSent: (r: Referral) => void; onCancel: () => void }) {
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [f, setF] = useState({ to_organization_id: '', kind: 'referral', service: '', reason: '', override_reason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    api<Page<Org>>('GET', '/api/v1/organizations?limit=200').then((p) => setOrgs(p.items), () => undefined);
  }, []);
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });

  async function submit(e: Event) {
    e.preventDefault();
    try {
      onSent(await sendReferral({ case_id: caseId, ...f }));
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form referral-form" onSubmit={submit} noValidate>
      <h3>{t('referrals.send')}</h3>
      {(errors.form || errors.consent) && <Alert>{errors.form ?? errors.consent}</Alert>}
      <Field label={t('referrals.to')} name={`to-org-${caseId}`} error={errors.to_organization}>
        <select id={`to-org-${caseId}`} value={f.to_organization_id} onChange={(e) => set('to_organization_id', e.currentTarget.value)}>
          <option value="">—</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.code})
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('referrals.kind')} name={`kind-${caseId}`} error={errors.kind}>
        <select id={`kind-${caseId}`} value={f.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
          <option value="referral">{t('referrals.kinds.referral')}</option>
          <option value="transfer">{t('referrals.kinds.transfer')}</option>
        </select>
      </Field>
      <Field label={t('referrals.service')} name={`service-${caseId}`} error={errors.service}>
        <input id={`service-${caseId}`} value={f.service} onInput={(e) => set('service', e.currentTarget.value)} />
      </Field>
      <Field label={t('referrals.reason')} name={`ref-reason-${caseId}`} error={errors.reason}>
        <input id={`ref-reason-${caseId}`} value={f.reason} onInput={(e) => set('reason', e.currentTarget.value)} />
      </Field>
      <Field label={t('referrals.override')} name={`override-${caseId}`} hint={t('referrals.overrideHint')}>
        <input id={`override-${caseId}`} value={f.override_reason} onInput={(e) => set('override_reason', e.currentTarget.value)} />
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={!f.to_organization_id || !f.service || !f.reason}>
          {t('referrals.sendButton')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
