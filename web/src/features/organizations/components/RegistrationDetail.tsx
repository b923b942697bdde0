// One registration application: parties, deadline, the province's checklist, the steps the
// viewer may take (with a reason where one is needed), the history of steps and the documents.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { DocumentList } from '../../documents/components/DocumentList';
import { getRegistration, recordCheck, registrationStep } from '../api';
import { CHECK_ITEMS, type CheckResult, type Registration } from '../types';
import { DueMark, RegistrationBadge } from './RegistrationBadge';

const STEPS = ['resubmit', 'recommend', 'return', 'approve', 'reject'];

export function RegistrationDetail({ id }: { id: string }) {
  const [r, setR] = useState<Registration | null>(null);
  const [error, setError] = useState('');
  const [step, setStep] = useState<string | null>(null);
  const [form, setForm] = useState({ note: '', reason: '', registration_number: '', valid_until: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    getRegistration(id).then(setR, (e) => setError(errorMessage(e)));
  }, [id]);

  if (error) return <Alert>{error}</Alert>;
  if (!r) return <p class="loading">{t('common.wait')}</p>;
  const canCheck = r.actions.includes('check');

  async function send(e: Event) {
    e.preventDefault();
    if (!step) return;
    setErrors({});
    const body: Record<string, unknown> = { note: form.note };
    if (step === 'return' || step === 'reject') body.reason = form.reason;
    if (step === 'approve') Object.assign(body, { registration_number: form.registration_number, valid_until: form.valid_until });
    try {
      setR(await registrationStep(id, step, body));
      setStep(null);
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <section class="registration-detail">
      <a href="/pendaftaran-lks">← {t('registration.title')}</a>
      <div class="page-head">
        <h1>
          <a href={`/lembaga/${r.organization.id}`}>{r.organization.name}</a>
        </h1>
        <span class={`badge status-${r.status}`} data-status={r.status}>
          {t(`registration.status.${r.status}`)}
        </span>
      </div>
      <dl class="facts">
        <dt>{t('registration.organization')}</dt>
        <dd>
          {t(`registration.kind.${r.kind}`)} · <RegistrationBadge registration={r.organization.registration} />
        </dd>
        <dt>{t('registration.regencyDinsos')}</dt>
        <dd>{r.regency_dinsos?.name ?? '—'}</dd>
        <dt>{t('registration.provinceDinsos')}</dt>
        <dd>{r.province_dinsos?.name ?? '—'}</dd>
        <dt>{t('registration.submittedAt')}</dt>
        <dd>{formatDateTime(r.submitted_at)}</dd>
        <dt>{t('registration.dueOn')}</dt>
        <dd>
          {formatDate(r.due_on)}{' '}
          <DueMark overdue={r.overdue} daysLeft={r.working_days_left} open={r.status === 'submitted' || r.status === 'recommended'} />
        </dd>
        {r.reason && (
          <>
            <dt>{t('registration.reason')}</dt>
            <dd>{r.reason}</dd>
          </>
        )}
        {r.registration_number && (
          <>
            <dt>{t('registration.number')}</dt>
            <dd>
              {r.registration_number} · {t('registration.validUntil')} {r.valid_until && formatDate(r.valid_until)}
            </dd>
          </>
        )}
      </dl>

      {r.actions.some((a) => STEPS.includes(a)) && (
        <div class="card actions-card">
          <div class="actions">
            {r.actions
              .filter((a) => STEPS.includes(a))
              .map((a) => (
                <button key={a} type="button" class={a === 'approve' || a === 'recommend' ? 'primary' : ''} onClick={() => setStep(a)}>
                  {t(`registration.actions.${a}`)}
                </button>
              ))}
          </div>
          {step && (
            <form onSubmit={send} class="inline-form">
              <h3>{t(`registration.actions.${step}`)}</h3>
              {errors.form && <Alert>{errors.form}</Alert>}
              {(step === 'return' || step === 'reject') && (
                <Field label={t('registration.reason')} name="step-reason" error={errors.reason}>
                  <textarea id="step-reason" required value={form.reason} onInput={(e) => setForm({ ...form, reason: e.currentTarget.value })} />
                </Field>
              )}
              {step === 'approve' && (
                <>
                  <Field label={t('registration.number')} name="step-number" error={errors.registration_number}>
                    <input id="step-number" required value={form.registration_number} onInput={(e) => setForm({ ...form, registration_number: e.currentTarget.value })} />
                  </Field>
                  <Field label={t('registration.validUntil')} name="step-until" error={errors.valid_until}>
                    <input id="step-until" type="date" required value={form.valid_until} onInput={(e) => setForm({ ...form, valid_until: e.currentTarget.value })} />
                  </Field>
                  {Object.entries(errors)
                    .filter(([k]) => k.startsWith('checks.'))
                    .map(([k, m]) => (
                      <Alert key={k}>{m}</Alert>
                    ))}
                </>
              )}
              {step !== 'return' && step !== 'reject' && (
                <Field label={t('registration.note')} name="step-note" error={errors.note}>
                  <textarea id="step-note" value={form.note} onInput={(e) => setForm({ ...form, note: e.currentTarget.value })} />
                </Field>
              )}
              {errors.status && <Alert>{errors.status}</Alert>}
              <div class="actions">
                <button type="submit" class="primary">
                  {t('registration.confirm')}
                </button>
                <button type="button" onClick={() => setStep(null)}>
                  {t('registration.cancel')}
                </button>
              </div>
            </form>
          )}
        </div>
      )}

      <div class="card">
        <h2>{t('registration.checklist')}</h2>
        <ul class="checklist">
          {CHECK_ITEMS.map((item) => {
            const c = r.checks?.find((x) => x.item === item);
            return (
              <li key={item} data-item={item}>
                <CheckRow item={item} result={c?.result ?? null} note={c?.note ?? ''} editable={canCheck} onSave={async (result, note) => setR(await recordCheck(id, item, { result, note }))} />
              </li>
            );
          })}
        </ul>
      </div>

      <div class="card">
        <h2>{t('registration.history')}</h2>
        <ol class="events">
          {r.events?.map((e, i) => (
            <li key={i}>
              <strong>{t(`registration.events.${e.action}`)}</strong> · {e.actor.display_name} ({e.organization.name}) ·{' '}
              {formatDateTime(e.at)}
              {e.note && <div class="muted">{e.note}</div>}
            </li>
          ))}
        </ol>
      </div>

      <div class="card">
        <DocumentList ownerType="registration" ownerId={r.id} canUpload={r.actions.length > 0} kinds={['survey', 'other']} title={t('registration.documents')} />
      </div>
    </section>
  );
}

function CheckRow(p: { item: string; result: CheckResult | null; note: string; editable: boolean; onSave: (result: string, note: string) => Promise<void> }) {
  const [result, setResult] = useState<string>(p.result ?? '');
  const [note, setNote] = useState(p.note);
  const [error, setError] = useState('');
  const label = t(`registration.items.${p.item}`);
  if (!p.editable)
    return (
      <span>
        {label}: <strong>{p.result ? t(`registration.results.${p.result}`) : t('registration.notChecked')}</strong>
        {p.note && <span class="muted"> · {p.note}</span>}
      </span>
    );
  return (
    <div class="check-row">
      <span class="check-label">{label}</span>
      <select aria-label={label} value={result} onChange={(e) => setResult(e.currentTarget.value)}>
        <option value="">{t('registration.notChecked')}</option>
        {(['ok', 'not_ok', 'not_applicable'] as const).map((x) => (
          <option key={x} value={x}>
            {t(`registration.results.${x}`)}
          </option>
        ))}
      </select>
      <input type="text" aria-label={`${label}: ${t('registration.checkNote')}`} placeholder={t('registration.checkNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button
        type="button"
        disabled={!result}
        onClick={() => p.onSave(result, note).then(() => setError(''), (e) => setError(errorMessage(e)))}
      >
        {t('registration.saveCheck')}
      </button>
      {error && <small class="field-error">{error}</small>}
    </div>
  );
}
