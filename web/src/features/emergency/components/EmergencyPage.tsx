// Break the glass: open a person's records outside one's scope for a few hours with a reason;
// supervisors review each grant (wajar / tidak wajar).
import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDateTime as when, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { breakGlass, listGrants, reviewGrant, type Grant } from '../api';


function GrantRow({ g, canReview, onChanged }: { g: Grant; canReview: boolean; onChanged: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const review = (verdict: 'justified' | 'unjustified') =>
    reviewGrant(g.id, verdict, note).then(onChanged, (e) => setError(errorMessage(e)));
  return (
    <li class={`card grant ${g.review_status}`}>
      <div class="page-head">
        <strong>
          {g.user.display_name} · {g.organization.name}
        </strong>
        <span class="badge">{t(`emergency.statuses.${g.review_status}`)}</span>
      </div>
      <p>{g.reason}</p>
      <small class="muted">
        {when(g.granted_at)} · {t('emergency.expires', { time: when(g.expires_at) })}
      </small>
      {g.review_note && <p class="muted">{g.review_note}</p>}
      {error && <Alert>{error}</Alert>}
      {canReview && g.review_status === 'pending' && (
        <div class="reply">
          <input aria-label={t('emergency.note')} placeholder={t('emergency.note')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <button type="button" class="primary" onClick={() => review('justified')}>
            {t('emergency.justified')}
          </button>
          <button type="button" onClick={() => review('unjustified')}>
            {t('emergency.unjustified')}
          </button>
        </div>
      )}
    </li>
  );
}

export function EmergencyPage({ supervisor }: { supervisor: boolean }) {
  const [by, setBy] = useState<'nik' | 'case_id'>('nik');
  const [key, setKey] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [granted, setGranted] = useState<Grant | null>(null);
  const [status, setStatus] = useState(supervisor ? 'pending' : '');
  const { items, error, hasMore, loadMore, reload } = usePagedList((cursor) => listGrants({ status, cursor }), [status], 0);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      setGranted(await breakGlass({ [by]: key.trim(), reason }));
      setErrors({});
      setReason('');
      reload();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <section>
      <h1>{t('emergency.title')}</h1>
      <form class="card form" onSubmit={submit} noValidate>
        <p>{t('emergency.intro', { hours: 4 })}</p>
        {errors.form && <Alert>{errors.form}</Alert>}
        <Field label={t('emergency.by')} name="by">
          <select id="by" value={by} onChange={(e) => setBy(e.currentTarget.value as 'nik' | 'case_id')}>
            <option value="nik">{t('emergency.byNik')}</option>
            <option value="case_id">{t('emergency.byCase')}</option>
          </select>
        </Field>
        <Field label={t(by === 'nik' ? 'emergency.nik' : 'emergency.caseId')} name="key" error={errors.nik || errors.case_id}>
          <input id="key" value={key} inputMode={by === 'nik' ? 'numeric' : 'text'} onInput={(e) => setKey(e.currentTarget.value)} />
        </Field>
        <Field label={t('emergency.reason')} name="reason" error={errors.reason}>
          <textarea id="reason" rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="primary">
          {t('emergency.open')}
        </button>
      </form>
      {granted && (
        <Alert kind="success">
          {t('emergency.granted', { time: when(granted.expires_at) })}{' '}
          <a href={`/penerima-manfaat?open=${granted.person_id}`}>{t('emergency.openPerson')}</a>
        </Alert>
      )}
      <div class="page-head">
        <h2>{t('emergency.list')}</h2>
        <select aria-label={t('common.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          <option value="">—</option>
          {(['pending', 'justified', 'unjustified'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`emergency.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <Alert>{error}</Alert>}
      <ul class="grants">
        {items.map((g) => (
          <GrantRow key={g.id} g={g} canReview={supervisor} onChanged={reload} />
        ))}
      </ul>
      {items.length === 0 && <p class="muted">{t('common.empty')}</p>}
      {hasMore && (
        <button type="button" class="more" onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
