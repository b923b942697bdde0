// One partnership: the eight-stage timeline, parties and roles, agreements, plan and activities,
// budget. SECTIONS is the list of sections shown in order; other features' sections (meetings,
// assistance requests, needs: app/partnership-sections.tsx) follow them as extraSections.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDateTime, t } from '../../../lib/i18n';
import { addEvidence, getPartnership, moveStage } from '../api';
import { STAGES, type Partnership } from '../types';
import { AgreementsSection } from './AgreementsSection';
import { ActivitiesSection } from './ActivitiesSection';
import { BudgetSection } from './BudgetSection';

export type PartnershipSection = {
  key: string;
  title: () => string;
  render: (p: Partnership, reload: () => void) => ComponentChildren;
};

export const SECTIONS: PartnershipSection[] = [
  {
    key: 'stages',
    title: () => t('partnerships.sections.stages'),
    render: (p, reload) => <StageTimeline p={p} onChanged={reload} />,
  },
  { key: 'parties', title: () => t('partnerships.sections.parties'), render: (p) => <Parties p={p} /> },
  {
    key: 'agreements',
    title: () => t('partnerships.sections.agreements'),
    render: (p) => <AgreementsSection p={p} />,
  },
  {
    key: 'activities',
    title: () => t('partnerships.sections.activities'),
    render: (p) => <ActivitiesSection p={p} />,
  },
  { key: 'budget', title: () => t('partnerships.sections.budget'), render: (p) => <BudgetSection p={p} /> },
];

export function PartnershipDetail({
  id,
  extraSections = [],
}: {
  id: string;
  extraSections?: PartnershipSection[];
}) {
  const [p, setP] = useState<Partnership | null>(null);
  const [error, setError] = useState('');
  const load = () => getPartnership(id).then(setP, (e) => setError(errorMessage(e)));
  useEffect(() => {
    load();
  }, [id]);
  if (error) return <Alert>{error}</Alert>;
  if (!p) return <p class="loading">{t('common.wait')}</p>;
  return (
    <article class="partnership">
      <p>
        <a href="/kemitraan">← {t('partnerships.title')}</a>
      </p>
      <h2>{p.title}</h2>
      <p class="meta">
        {t(`partnerships.types.${p.partnership_type}`)} · {p.start_date}
        {p.end_date ? ` – ${p.end_date}` : ''} · {p.region_code}
      </p>
      {p.purpose && <p>{p.purpose}</p>}
      {p.categories.length > 0 && <p class="meta">{p.categories.map((c) => c.name).join(', ')}</p>}
      <nav class="section-nav" aria-label={t('partnerships.sectionsNav')}>
        {[...SECTIONS, ...extraSections].map((s) => (
          <a key={s.key} href={`#bagian-${s.key}`}>
            {s.title()}
          </a>
        ))}
      </nav>
      {[...SECTIONS, ...extraSections].map((s) => (
        <section key={s.key} id={`bagian-${s.key}`} class="card partnership-section">
          <h3>{s.title()}</h3>
          {s.render(p, load)}
        </section>
      ))}
    </article>
  );
}

function StageTimeline({ p, onChanged }: { p: Partnership; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState({ note: '', on_date: new Date().toISOString().slice(0, 10) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const next = STAGES[p.stage.number] as string | undefined;
  async function move(e: Event) {
    e.preventDefault();
    if (!next) return;
    try {
      await moveStage(p.id, next, reason);
      setReason('');
      setErrors({});
      onChanged();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  async function prove(e: Event) {
    e.preventDefault();
    try {
      await addEvidence(p.id, { stage: p.stage.code, ...evidence });
      setEvidence({ ...evidence, note: '' });
      setErrors({});
      onChanged();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <>
      <ol class="stage-timeline">
        {(p.stages ?? []).map((s) => (
          <li
            key={s.code}
            class={`stage${s.current ? ' stage--current' : ''}${s.reached ? ' stage--reached' : ''}`}
          >
            <strong>
              {s.number}. {t(`partnerships.stages.${s.code}`)}
            </strong>
            {s.current && <span class="badge">{t('partnerships.current')}</span>}
            {s.evidence.length > 0 && (
              <ul class="evidence">
                {s.evidence.map((e) => (
                  <li key={e.id}>
                    <time>{e.on_date}</time> {e.note}
                    {e.document_id && <span class="badge">{t('partnerships.document')}</span>}
                    {e.meeting_id && <span class="badge">{t('partnerships.meeting')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {p.can_edit && next && (
        <form class="form inline-form" onSubmit={move} noValidate>
          <Field
            label={t('partnerships.moveReason', { stage: t(`partnerships.stages.${next}`) })}
            name="move-reason"
            error={errors.reason ?? errors.stage}
          >
            <input id="move-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </Field>
          <button type="submit">{t('partnerships.moveNext')}</button>
        </form>
      )}
      {p.can_edit && (
        <form class="form inline-form" onSubmit={prove} noValidate>
          <Field
            label={t('partnerships.evidenceNote')}
            name="evidence-note"
            error={errors.note ?? errors.on_date}
          >
            <input
              id="evidence-note"
              value={evidence.note}
              onInput={(e) => setEvidence({ ...evidence, note: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('partnerships.date')} name="evidence-date">
            <input
              id="evidence-date"
              type="date"
              value={evidence.on_date}
              onInput={(e) => setEvidence({ ...evidence, on_date: e.currentTarget.value })}
            />
          </Field>
          <button type="submit" class="secondary">
            {t('partnerships.addEvidence')}
          </button>
        </form>
      )}
      {errors.form && <Alert>{errors.form}</Alert>}
      <h4>{t('partnerships.history')}</h4>
      <ul class="history">
        {(p.history ?? []).map((h) => (
          <li key={h.id}>
            <time>{formatDateTime(h.changed_at)}</time> ·{' '}
            {h.from ? `${t(`partnerships.stages.${h.from}`)} → ` : ''}
            {t(`partnerships.stages.${h.to}`)} · {h.changed_by.name}: <em>{h.reason}</em>
          </li>
        ))}
      </ul>
    </>
  );
}

function Parties({ p }: { p: Partnership }) {
  return (
    <ul class="parties">
      {p.parties.map((x) => (
        <li key={x.organization.id}>
          <strong>{x.organization.name}</strong> —{' '}
          {x.roles.map((r) => t(`partnerships.roles.${r}`)).join(', ')}
        </li>
      ))}
    </ul>
  );
}
