// One letter: its facts and deadline, the items with requested and approved quantities, the
// timeline (who did what when), the responder's review and decision (approval per item, or
// rejection with a reason), the delivery, and the reply letter PDF.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { decideRequest, getRequest, letterUrl, markDelivered, startReview } from '../api';
import { DocumentList } from '../../documents/components/DocumentList';
import type { AssistanceRequest } from '../types';
import { requestsPath, StatusBadge } from './RequestsPage';

const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

export function RequestDetail({ id }: { id: string }) {
  const [r, setR] = useState<AssistanceRequest | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    getRequest(id).then(setR, (e) => setError(errorMessage(e)));
  }, [id]);
  if (error) return <Alert>{error}</Alert>;
  if (!r) return <p class="loading">{t('common.wait')}</p>;
  const decided = r.decided_on !== null;
  return (
    <section>
      <p>
        <a href={requestsPath}>← {t('requests.back')}</a>
      </p>
      <div class="card">
        <div class="page-head">
          <h1>{r.title}</h1>
          <StatusBadge r={r} />
        </div>
        <dl class="facts">
          <dt>{t('requests.requester')}</dt>
          <dd>{r.requester.name}</dd>
          <dt>{t('requests.responder')}</dt>
          <dd>{r.responder.name}</dd>
          <dt>{t('requests.letter')}</dt>
          <dd>
            {r.letter_number} · {formatDate(r.letter_date)}
          </dd>
          <dt>{t('requests.received')}</dt>
          <dd>{formatDate(r.received_on)}</dd>
          <dt>{t('requests.due')}</dt>
          <dd data-testid="reply-due">
            {formatDate(r.reply_due)} ({t('requests.serviceLevel', { n: r.service_level_days })})
            {r.overdue && <span class="badge late">{t('requests.overdue', { n: r.days_late })}</span>}
            {r.escalated && <span class="badge escalated">{t('requests.escalated')}</span>}
          </dd>
          {r.activity_name && (
            <>
              <dt>{t('requests.activity')}</dt>
              <dd>
                {r.activity_name}
                {r.activity_date && ` · ${formatDate(r.activity_date)}`}
              </dd>
            </>
          )}
          {r.beneficiaries > 0 && (
            <>
              <dt>{t('requests.beneficiaries')}</dt>
              <dd>{r.beneficiaries}</dd>
            </>
          )}
          {r.decision_note && (
            <>
              <dt>{r.status === 'rejected' ? t('requests.reason') : t('requests.note')}</dt>
              <dd>{r.decision_note}</dd>
            </>
          )}
        </dl>
        {decided && (
          <p>
            <a class="button" href={letterUrl(r.id)} target="_blank" rel="noopener" data-testid="letter-link">
              {t('requests.letterPdf')}
            </a>
          </p>
        )}
      </div>
      <ItemsTable r={r} />
      {r.may_decide && <DecisionForm r={r} onDone={setR} />}
      {r.may_deliver && <DeliveryForm r={r} onDone={setR} />}
      <div class="card">
        <DocumentList
          ownerType="assistance_request"
          ownerId={r.id}
          canUpload
          kinds={['request_letter', 'reply_letter', 'receipt', 'other']}
        />
      </div>
      <Timeline r={r} />
    </section>
  );
}

function ItemsTable({ r }: { r: AssistanceRequest }) {
  return (
    <table class="list" data-testid="request-items">
      <thead>
        <tr>
          <th>{t('requests.itemDescription')}</th>
          <th>{t('requests.requested')}</th>
          <th>{t('requests.approved')}</th>
          <th>{t('requests.value')}</th>
        </tr>
      </thead>
      <tbody>
        {r.items.map((it, i) => (
          <tr key={i}>
            <td data-label={t('requests.itemDescription')}>{it.description}</td>
            <td data-label={t('requests.requested')}>
              {it.quantity} {it.unit}
            </td>
            <td data-label={t('requests.approved')}>
              {it.approved_quantity === null ? '–' : `${it.approved_quantity} ${it.unit}`}
            </td>
            <td data-label={t('requests.value')}>{rupiah(it.estimated_value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DecisionForm({ r, onDone }: { r: AssistanceRequest; onDone: (r: AssistanceRequest) => void }) {
  const [approved, setApproved] = useState(r.items.map((it) => String(it.quantity)));
  const [note, setNote] = useState('');
  const [letter, setLetter] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<AssistanceRequest>) {
    setBusy(true);
    setErrors({});
    try {
      onDone(await action());
    } catch (e) {
      setErrors(formErrors(e));
    } finally {
      setBusy(false);
    }
  }
  const body = (decision: string) => ({
    decision,
    note,
    reply_letter_number: letter,
    ...(decision === 'approve' ? { approved_quantities: approved.map((a) => Number(a || 0)) } : {}),
  });
  return (
    <form class="card" onSubmit={(e) => e.preventDefault()} noValidate data-testid="decision-form">
      <h2>{t('requests.decision')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      {errors.status && <Alert>{errors.status}</Alert>}
      {r.status === 'submitted' && (
        <p>
          <button type="button" disabled={busy} onClick={() => run(() => startReview(r.id))}>
            {t('requests.startReview')}
          </button>
        </p>
      )}
      {r.items.map((it, i) => (
        <Field
          key={i}
          label={t('requests.approveLine', { item: it.description, n: it.quantity, unit: it.unit })}
          name={`approved-${i}`}
          error={errors[`items[${i}].approved_quantity`]}
        >
          <input
            id={`approved-${i}`}
            type="number"
            min={0}
            max={it.quantity}
            inputMode="numeric"
            value={approved[i]}
            onInput={(e) => setApproved(approved.map((a, j) => (j === i ? e.currentTarget.value : a)))}
          />
        </Field>
      ))}
      {errors.items && <Alert>{errors.items}</Alert>}
      <Field
        label={t('requests.replyLetterNumber')}
        name="reply_letter_number"
        hint={t('requests.replyLetterHint')}
      >
        <input id="reply_letter_number" value={letter} onInput={(e) => setLetter(e.currentTarget.value)} />
      </Field>
      <Field label={t('requests.noteOrReason')} name="note" error={errors.note}>
        <textarea id="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => run(() => decideRequest(r.id, body('approve')))}
        >
          {t('requests.approve')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy}
          onClick={() => run(() => decideRequest(r.id, body('reject')))}
        >
          {t('requests.reject')}
        </button>
      </div>
    </form>
  );
}

function DeliveryForm({ r, onDone }: { r: AssistanceRequest; onDone: (r: AssistanceRequest) => void }) {
  const [day, setDay] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function send(e: Event) {
    e.preventDefault();
    try {
      onDone(await markDelivered(r.id, { delivered_on: day }));
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="card" onSubmit={send} noValidate>
      <h2>{t('requests.delivery')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field
        label={t('requests.deliveredOn')}
        name="delivered_on"
        error={errors.delivered_on}
        hint={t('requests.deliveredHint')}
      >
        <input id="delivered_on" type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
      </Field>
      <button type="submit" class="primary">
        {t('requests.markDelivered')}
      </button>
    </form>
  );
}

function Timeline({ r }: { r: AssistanceRequest }) {
  return (
    <section class="card">
      <h2>{t('requests.timeline')}</h2>
      <ol class="records-list" data-testid="request-timeline">
        {(r.events ?? []).map((e, i) => (
          <li key={i}>
            <strong>{t(`requests.events.${e.status}`)}</strong> · {formatDateTime(e.at)}
            {e.user && ` · ${e.user.name}`}
            {e.note && <div class="muted">{e.note}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
