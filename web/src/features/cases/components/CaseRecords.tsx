// What a case holds, under its card: the assessment by domain, the intervention plan's goals
// and the case notes. Each part loads (and is audited) only when opened.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import {
  addGoal,
  listOrganizations,
  addNote,
  changeGoal,
  getAssessment,
  getPlan,
  listNotes,
  saveAssessment,
} from '../records-api';
import { DOMAINS, GOAL_STATUSES, NEED_LEVELS, type Assessment, type Goal, type Note } from '../records-types';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
// The server names nested fields ("domains.health.finding"); the form shows them by their last part.
const byLastPart = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.split('.').pop() as string, v]));

function Section({
  title,
  name,
  children,
}: {
  title: string;
  name: string;
  children: (open: boolean) => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class={`records-section records-${name}`}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{title}</summary>
      {open && children(open)}
    </details>
  );
}

function AssessmentPart({ caseId, closed }: { caseId: string; closed: boolean }) {
  const [data, setData] = useState<Assessment | null>(null);
  const [error, setError] = useState('');
  const [f, setF] = useState({ domain: 'basic_needs', need_level: 'medium', finding: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    getAssessment(caseId).then(setData, (e) => setError(errorMessage(e)));
  }, [caseId]);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      setData(await saveAssessment(caseId, { [f.domain]: { finding: f.finding, need_level: f.need_level } }));
      setF({ ...f, finding: '' });
      setErrors({});
      setSaved(true);
    } catch (err) {
      setErrors(byLastPart(formErrors(err)));
      setSaved(false);
    }
  }

  if (error) return <Alert>{error}</Alert>;
  if (!data) return <p class="muted">{t('common.wait')}</p>;
  return (
    <div>
      {data.latest.length === 0 ? (
        <p class="muted">{t('caseRecords.assessment.none')}</p>
      ) : (
        <ul class="records-list assessment-latest">
          {data.latest.map((a) => (
            <li key={a.id}>
              <strong>{t(`caseRecords.domains.${a.domain}`)}</strong>{' '}
              <span class={`badge need-${a.need_level}`}>{t(`caseRecords.need.${a.need_level}`)}</span>
              <p>{a.finding}</p>
              <small class="muted">
                {t('caseRecords.assessment.version', { n: a.version })} · {a.assessed_by.name},{' '}
                {when(a.assessed_at)}
              </small>
            </li>
          ))}
        </ul>
      )}
      {data.history.length > data.latest.length && (
        <details>
          <summary>{t('caseRecords.assessment.history', { n: data.history.length })}</summary>
          <ul class="history">
            {data.history.map((a) => (
              <li key={a.id}>
                {t(`caseRecords.domains.${a.domain}`)} v{a.version}: {t(`caseRecords.need.${a.need_level}`)} —{' '}
                {a.finding}{' '}
                <span class="muted">
                  ({a.assessed_by.name}, {when(a.assessed_at)})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {!closed && (
        <form class="records-form assessment-form" onSubmit={submit} noValidate>
          {errors.form && <Alert>{errors.form}</Alert>}
          {saved && <Alert kind="success">{t('caseRecords.assessment.saved')}</Alert>}
          <div class="row-2">
            <Field
              label={t('caseRecords.assessment.domain')}
              name={`as-domain-${caseId}`}
              error={errors.domains}
            >
              <select
                id={`as-domain-${caseId}`}
                value={f.domain}
                onChange={(e) => setF({ ...f, domain: e.currentTarget.value })}
              >
                {DOMAINS.map((d) => (
                  <option key={d} value={d}>
                    {t(`caseRecords.domains.${d}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('caseRecords.assessment.needLevel')}
              name={`as-need-${caseId}`}
              error={errors.need_level}
            >
              <select
                id={`as-need-${caseId}`}
                value={f.need_level}
                onChange={(e) => setF({ ...f, need_level: e.currentTarget.value })}
              >
                {NEED_LEVELS.map((n) => (
                  <option key={n} value={n}>
                    {t(`caseRecords.need.${n}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field
            label={t('caseRecords.assessment.finding')}
            name={`as-finding-${caseId}`}
            error={errors.finding}
          >
            <textarea
              id={`as-finding-${caseId}`}
              rows={3}
              value={f.finding}
              onInput={(e) => setF({ ...f, finding: e.currentTarget.value })}
            />
          </Field>
          <button type="submit" class="primary" disabled={!f.finding.trim()}>
            {t('caseRecords.assessment.save')}
          </button>
        </form>
      )}
    </div>
  );
}

function GoalItem({
  goal,
  closed,
  onChanged,
}: {
  goal: Goal;
  closed: boolean;
  onChanged: (g: Goal) => void;
}) {
  const [error, setError] = useState('');
  const final = goal.status === 'achieved' || goal.status === 'dropped';
  async function setStatus(status: string) {
    try {
      onChanged(await changeGoal(goal.id, { status }));
      setError('');
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <li class={`goal goal-${goal.status}`}>
      <div>
        <strong>{goal.description}</strong>
        <small class="muted">
          {' '}
          {t(`caseRecords.domains.${goal.domain}`)}
          {goal.target_date && ` · ${t('caseRecords.plan.target')} ${goal.target_date}`} ·{' '}
          {t('caseRecords.plan.responsible')}: {goal.responsible.name}
        </small>
      </div>
      <select
        aria-label={t('caseRecords.plan.status')}
        value={goal.status}
        disabled={closed || final}
        onChange={(e) => setStatus(e.currentTarget.value)}
      >
        {GOAL_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`caseRecords.goalStatus.${s}`)}
          </option>
        ))}
      </select>
      {error && <Alert>{error}</Alert>}
    </li>
  );
}

function PlanPart({ caseId, closed }: { caseId: string; closed: boolean }) {
  const [goals, setGoals] = useState<Goal[] | null>(null);
  const [error, setError] = useState('');
  const [f, setF] = useState({
    domain: 'education',
    description: '',
    target_date: '',
    responsible_organization_id: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [orgs, setOrgs] = useState<{ id: string; code: string; name: string }[]>([]);
  useEffect(() => {
    listOrganizations().then(
      (p) => setOrgs(p.items),
      () => undefined,
    );
    getPlan(caseId).then(
      (p) => setGoals(p.goals),
      (e) => setError(errorMessage(e)),
    );
  }, [caseId]);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      const g = await addGoal(caseId, {
        domain: f.domain,
        description: f.description,
        target_date: f.target_date || undefined,
        responsible_organization_id: f.responsible_organization_id || undefined,
      });
      setGoals([...(goals ?? []), g]);
      setF({ ...f, description: '', target_date: '' });
      setErrors({});
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  if (error) return <Alert>{error}</Alert>;
  if (!goals) return <p class="muted">{t('common.wait')}</p>;
  return (
    <div>
      {goals.length === 0 && <p class="muted">{t('caseRecords.plan.none')}</p>}
      <ul class="records-list goals">
        {goals.map((g) => (
          <GoalItem
            key={g.id}
            goal={g}
            closed={closed}
            onChanged={(n) => setGoals(goals.map((x) => (x.id === n.id ? n : x)))}
          />
        ))}
      </ul>
      {!closed && (
        <form class="records-form goal-form" onSubmit={submit} noValidate>
          {errors.form && <Alert>{errors.form}</Alert>}
          <div class="row-2">
            <Field label={t('caseRecords.plan.domain')} name={`goal-domain-${caseId}`} error={errors.domain}>
              <select
                id={`goal-domain-${caseId}`}
                value={f.domain}
                onChange={(e) => setF({ ...f, domain: e.currentTarget.value })}
              >
                {DOMAINS.map((d) => (
                  <option key={d} value={d}>
                    {t(`caseRecords.domains.${d}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('caseRecords.plan.targetDate')}
              name={`goal-date-${caseId}`}
              error={errors.target_date}
            >
              <input
                id={`goal-date-${caseId}`}
                type="date"
                value={f.target_date}
                onInput={(e) => setF({ ...f, target_date: e.currentTarget.value })}
              />
            </Field>
          </div>
          <Field
            label={t('caseRecords.plan.description')}
            name={`goal-desc-${caseId}`}
            error={errors.description ?? errors.responsible_user_id}
          >
            <input
              id={`goal-desc-${caseId}`}
              value={f.description}
              onInput={(e) => setF({ ...f, description: e.currentTarget.value })}
            />
          </Field>
          <Field
            label={t('caseRecords.plan.responsible')}
            name={`goal-resp-${caseId}`}
            error={errors.responsible_organization_id}
          >
            <select
              id={`goal-resp-${caseId}`}
              value={f.responsible_organization_id}
              onChange={(e) => setF({ ...f, responsible_organization_id: e.currentTarget.value })}
            >
              <option value="">{t('caseRecords.plan.me')}</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.code})
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="primary" disabled={!f.description.trim()}>
            {t('caseRecords.plan.add')}
          </button>
        </form>
      )}
    </div>
  );
}

function NotesPart({ caseId }: { caseId: string }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [body, setBody] = useState('');
  const [sensitive, setSensitive] = useState(false);
  const [corrects, setCorrects] = useState<Note | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function load(more: boolean) {
    try {
      const page = await listNotes(caseId, more ? cursor : null);
      setNotes(more ? [...(notes ?? []), ...page.items] : page.items);
      setCursor(page.next_cursor);
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  useEffect(() => {
    load(false);
  }, [caseId]);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      const n = await addNote(caseId, { body, sensitive, corrects: corrects?.id });
      setNotes([n, ...(notes ?? [])]);
      setBody('');
      setSensitive(false);
      setCorrects(null);
      setErrors({});
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  if (error) return <Alert>{error}</Alert>;
  if (!notes) return <p class="muted">{t('common.wait')}</p>;
  const byId = new Map(notes.map((n) => [n.id, n]));
  return (
    <div>
      <form class="records-form note-form" onSubmit={submit} noValidate>
        {errors.form && <Alert>{errors.form}</Alert>}
        {corrects && (
          <Alert kind="info">
            {t('caseRecords.notes.correcting', { at: when(corrects.created_at) })}{' '}
            <button type="button" class="link-button" onClick={() => setCorrects(null)}>
              {t('common.cancel')}
            </button>
          </Alert>
        )}
        <Field
          label={t('caseRecords.notes.body')}
          name={`note-body-${caseId}`}
          error={errors.body ?? errors.corrects}
        >
          <textarea
            id={`note-body-${caseId}`}
            rows={3}
            value={body}
            onInput={(e) => setBody(e.currentTarget.value)}
          />
        </Field>
        <label class="check">
          <input
            type="checkbox"
            checked={sensitive}
            onChange={(e) => setSensitive(e.currentTarget.checked)}
          />{' '}
          {t('caseRecords.notes.sensitive')}
        </label>
        <small class="hint">{t('caseRecords.notes.sensitiveHint')}</small>
        <div class="actions">
          <button type="submit" class="primary" disabled={!body.trim()}>
            {t('caseRecords.notes.add')}
          </button>
        </div>
      </form>
      {notes.length === 0 && <p class="muted">{t('caseRecords.notes.none')}</p>}
      <ul class="records-list notes">
        {notes.map((n) => (
          <li key={n.id} class={`note${n.hidden ? ' note--hidden' : ''}`}>
            {n.hidden ? (
              <p class="muted">🔒 {t('caseRecords.notes.hidden')}</p>
            ) : (
              <p>
                {n.sensitive && <span class="badge">{t('caseRecords.notes.sensitiveBadge')}</span>} {n.body}
              </p>
            )}
            <small class="muted">
              {n.author.name}, {when(n.created_at)}
              {n.corrects &&
                ` · ${t('caseRecords.notes.corrects', { at: byId.get(n.corrects) ? when(byId.get(n.corrects)!.created_at) : '…' })}`}
            </small>{' '}
            {!n.hidden && (
              <button type="button" class="link-button" onClick={() => setCorrects(n)}>
                {t('caseRecords.notes.correct')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {cursor && (
        <button type="button" onClick={() => load(true)}>
          {t('caseRecords.notes.more')}
        </button>
      )}
    </div>
  );
}

export function CaseRecords({ caseId, closed }: { caseId: string; closed: boolean }) {
  return (
    <div class="case-records">
      <Section title={t('caseRecords.assessment.title')} name="assessment">
        {() => <AssessmentPart caseId={caseId} closed={closed} />}
      </Section>
      <Section title={t('caseRecords.plan.title')} name="plan">
        {() => <PlanPart caseId={caseId} closed={closed} />}
      </Section>
      <Section title={t('caseRecords.notes.title')} name="notes">
        {() => <NotesPart caseId={caseId} />}
      </Section>
    </div>
  );
}
