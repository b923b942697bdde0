// A person's cases: the stage bar, the history, and the next moves with their reasons.
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { getCase, listCases, moveCase, openCase } from '../api';
import { CaseRecords } from './CaseRecords';
import { nextStages, STAGES, type Case } from '../types';

function StageBar({ stage }: { stage: Case['stage'] }) {
  const current = STAGES.indexOf(stage);
  return (
    <ol class="stage-bar" aria-label={t('cases.stage')}>
      {STAGES.map((s, i) => (
        <li key={s} class={i < current ? 'done' : i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
          {t(`cases.stages.${s}`)}
        </li>
      ))}
    </ol>
  );
}

// `referralForm` renders the referral form for a case and calls `done` with a notice (or '').
type ReferralSlot = (caseId: string, done: (notice: string) => void) => VNode;
// `extras` renders what other features hang on a case (services, follow-ups) inside its card;
// they call `reload` when they changed the case itself (a follow-up visit reopening it).
type CaseSlot = (c: Case, reload: () => void) => VNode;
// `staySlot` renders the case's shelter stay (or a button to admit the person).
type StaySlot = (caseId: string) => VNode;
type Slots = { referralForm?: ReferralSlot; staySlot?: StaySlot; extras?: CaseSlot };

function CaseCard({ c, onChanged, referralForm, staySlot, extras }: { c: Case; onChanged: (c: Case) => void } & Slots) {
  const [referring, setReferring] = useState(false);
  const [notice, setNotice] = useState('');
  const options = nextStages(c.stage);
  const [to, setTo] = useState(options[0]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setTo(nextStages(c.stage)[0]), [c.stage]);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      onChanged(await moveCase(c.id, to, reason));
      setReason('');
      setErrors({});
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <div class="case card">
      <div class="page-head">
        <h3>
          {t('cases.caseAt', { org: c.organization.name })} <span class={`badge risk-${c.risk_level}`}>{t(`cases.risk.${c.risk_level}`)}</span>
        </h3>
        {referralForm && !referring && c.stage !== 'closed' && (
          <button type="button" onClick={() => setReferring(true)}>
            {t('cases.refer')}
          </button>
        )}
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      {referring &&
        referralForm?.(c.id, (n) => {
          setReferring(false);
          setNotice(n);
        })}
      <StageBar stage={c.stage} />
      {staySlot && c.stage !== 'closed' && staySlot(c.id)}
      <details>
        <summary>{t('cases.history', { n: c.transitions.length })}</summary>
        <ul class="history">
          {c.transitions.map((tr, i) => (
            <li key={i}>
              <strong>{t(`cases.stages.${tr.to}`)}</strong> — {tr.reason} <span class="muted">({tr.by.name}, {tr.at.slice(0, 16).replace('T', ' ')})</span>
            </li>
          ))}
        </ul>
      </details>
      {extras?.(c, () => getCase(c.id).then(onChanged, () => undefined))}
      <CaseRecords caseId={c.id} closed={c.stage === 'closed'} />
      <form class="move" onSubmit={submit}>
        {errors.form && <Alert>{errors.form}</Alert>}
        <Field label={t('cases.moveTo')} name={`to-${c.id}`} error={errors.to}>
          <select id={`to-${c.id}`} value={to} onChange={(e) => setTo(e.currentTarget.value as Case['stage'])}>
            {options.map((s) => (
              <option key={s} value={s}>
                {t(`cases.stages.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cases.reason')} name={`reason-${c.id}`} error={errors.reason}>
          <input id={`reason-${c.id}`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="primary" disabled={!reason.trim()}>
          {t('cases.move')}
        </button>
      </form>
    </div>
  );
}

export function CasePanel({ personId, referralForm, staySlot, extras }: { personId: string } & Slots) {
  const [cases, setCases] = useState<Case[]>([]);
  const [error, setError] = useState('');
  const [opening, setOpening] = useState(false);
  const [reason, setReason] = useState('');
  const [risk, setRisk] = useState('medium');

  useEffect(() => {
    listCases({ person_id: personId }).then((p) => setCases(p.items), (e) => setError(errorMessage(e)));
  }, [personId]);

  async function open(e: Event) {
    e.preventDefault();
    try {
      const c = await openCase({ person_id: personId, risk_level: risk, reason });
      setCases([c, ...cases]);
      setOpening(false);
      setReason('');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section class="cases">
      <div class="page-head">
        <h2>{t('cases.title')}</h2>
        {!opening && (
          <button type="button" onClick={() => setOpening(true)}>
            + {t('cases.open')}
          </button>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      {opening && (
        <form class="card form" onSubmit={open}>
          <Field label={t('cases.riskLevel')} name="risk_level">
            <select id="risk_level" value={risk} onChange={(e) => setRisk(e.currentTarget.value)}>
              {['low', 'medium', 'high'].map((r) => (
                <option key={r} value={r}>
                  {t(`cases.risk.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('cases.openReason')} name="open_reason">
            <input id="open_reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </Field>
          <div class="actions">
            <button type="submit" class="primary" disabled={!reason.trim()}>
              {t('cases.open')}
            </button>
            <button type="button" onClick={() => setOpening(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {cases.length === 0 && !opening && <p class="muted">{t('cases.none')}</p>}
      {cases.map((c) => (
        <CaseCard key={c.id} c={c} referralForm={referralForm} staySlot={staySlot} extras={extras} onChanged={(n) => setCases(cases.map((x) => (x.id === n.id ? n : x)))} />
      ))}
    </section>
  );
}
