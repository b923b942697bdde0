// Work plans and activities: schedule, place, responsible party, contributions (in-kind valued in
// rupiah), participants (names only when the viewer may see them) and attendance.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import {
  addContribution,
  addParticipants,
  addSession,
  createActivity,
  createWorkPlan,
  getActivity,
  listActivities,
  listWorkPlans,
  searchPersons,
} from '../api';
import { CONTRIBUTION_KINDS, rupiah, type Activity, type Partnership, type WorkPlan } from '../types';

export function ActivitiesSection({ p }: { p: Partnership }) {
  const [plans, setPlans] = useState<WorkPlan[]>([]);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [detail, setDetail] = useState<Activity | null>(null);
  const [f, setF] = useState({ title: '', start_date: '', place: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const load = () => {
    listWorkPlans(p.id).then(
      (x) => setPlans(x.items),
      () => undefined,
    );
    listActivities(p.id).then(
      (x) => setActivities(x.items),
      () => undefined,
    );
  };
  useEffect(load, [p.id]);
  useEffect(() => {
    if (openId) getActivity(openId).then(setDetail, () => setDetail(null));
  }, [openId]);
  async function add(e: Event) {
    e.preventDefault();
    try {
      let plan = plans[0];
      if (!plan)
        plan = await createWorkPlan({
          partnership_id: p.id,
          title: t('partnerships.defaultPlan'),
          period_start: f.start_date || p.start_date,
        });
      await createActivity({ ...f, work_plan_id: plan.id, responsible_org: p.parties[0]?.organization.id });
      setF({ title: '', start_date: '', place: '' });
      setErrors({});
      load();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <>
      {plans.map((w) => (
        <p key={w.id} class="meta">
          {t('partnerships.workPlan')}: {w.title} ({w.period_start}
          {w.period_end ? ` – ${w.period_end}` : ''})
        </p>
      ))}
      {activities.length === 0 && <p class="empty">{t('partnerships.noActivities')}</p>}
      <ul class="activities">
        {activities.map((a) => (
          <li key={a.id}>
            <button type="button" class="link" onClick={() => setOpenId(openId === a.id ? null : a.id)}>
              {a.title}
            </button>
            <div class="meta">
              {a.start_date}
              {a.end_date ? ` – ${a.end_date}` : ''} · {a.place} · {a.responsible.name} ·{' '}
              {t('partnerships.participantsN', { n: a.participant_count })} · {rupiah(a.contributions_total)}
            </div>
            {openId === a.id && detail && detail.id === a.id && (
              <ActivityDetail
                a={detail}
                p={p}
                onChanged={(x) => {
                  setDetail(x);
                  load();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {p.can_edit && (
        <form class="form inline-form" onSubmit={add} noValidate>
          {errors.form && <Alert>{errors.form}</Alert>}
          <Field label={t('partnerships.activityTitle')} name="act-title" error={errors.title}>
            <input
              id="act-title"
              value={f.title}
              onInput={(e) => setF({ ...f, title: e.currentTarget.value })}
            />
          </Field>
          <Field
            label={t('partnerships.startDate')}
            name="act-start"
            error={errors.start_date ?? errors.period_start}
          >
            <input
              id="act-start"
              type="date"
              value={f.start_date}
              onInput={(e) => setF({ ...f, start_date: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('partnerships.place')} name="act-place">
            <input
              id="act-place"
              value={f.place}
              onInput={(e) => setF({ ...f, place: e.currentTarget.value })}
            />
          </Field>
          <button type="submit" class="secondary">
            {t('partnerships.addActivity')}
          </button>
        </form>
      )}
    </>
  );
}

function ActivityDetail({
  a,
  p,
  onChanged,
}: {
  a: Activity;
  p: Partnership;
  onChanged: (a: Activity) => void;
}) {
  return (
    <div class="activity-detail">
      {a.outputs.length > 0 && (
        <p>
          {t('partnerships.outputs')}: {a.outputs.join('; ')}
        </p>
      )}
      <h5>{t('partnerships.contributions')}</h5>
      <ul>
        {a.contributions.map((c) => (
          <li key={c.id}>
            {c.organization.name}: {t(`partnerships.contributionKinds.${c.kind}`)} — {c.description} (
            {rupiah(c.value)})
          </li>
        ))}
      </ul>
      <h5>{t('partnerships.participants')}</h5>
      <ul>
        {a.participants.map((x) => (
          <li key={x.person_id}>
            {x.full_name} · {t('partnerships.attended', { n: x.sessions_attended, of: a.sessions.length })}
          </li>
        ))}
      </ul>
      {a.participants_hidden > 0 && (
        <p class="meta">{t('partnerships.hiddenParticipants', { n: a.participants_hidden })}</p>
      )}
      <h5>{t('partnerships.sessions')}</h5>
      <ul>
        {a.sessions.map((s) => (
          <li key={s.id}>
            {s.on_date} {s.topic} · {t('partnerships.present', { n: s.present_count })}
          </li>
        ))}
      </ul>
      {a.reports.length > 0 && (
        <>
          <h5>{t('partnerships.reports')}</h5>
          <ul>
            {a.reports.map((r) => (
              <li key={r.id}>
                <strong>{r.period}</strong>: {r.body}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.can_edit && <ActivityForms a={a} p={p} onChanged={onChanged} />}
    </div>
  );
}

// What a party's editor records on an activity: a contribution, participants from the registry,
// and a session with who was present.
function ActivityForms({
  a,
  p,
  onChanged,
}: {
  a: Activity;
  p: Partnership;
  onChanged: (a: Activity) => void;
}) {
  const [c, setC] = useState({
    organization_id: p.parties[0]?.organization.id ?? '',
    kind: 'money',
    description: '',
    value: '',
  });
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ id: string; full_name: string; birth_date: string | null }[]>([]);
  const [s, setS] = useState({ on_date: '', topic: '' });
  const [present, setPresent] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function run(prefix: string, action: () => Promise<Activity>) {
    try {
      onChanged(await action());
      setErrors({});
      return true;
    } catch (err) {
      setErrors(Object.fromEntries(Object.entries(formErrors(err)).map(([k, v]) => [`${prefix}.${k}`, v])));
      return false;
    }
  }
  const value = /^\d+$/.test(c.value.trim()) ? Number(c.value.trim()) : c.value;
  const general = errors['c.form'] ?? errors['pp.form'] ?? errors['pp.person_ids'] ?? errors['s.form'];
  return (
    <div class="activity-forms">
      {general && <Alert>{general}</Alert>}
      <form
        class="form inline-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run('c', () => addContribution(a.id, { ...c, value })))
            setC({ ...c, description: '', value: '' });
        }}
      >
        <Field label={t('partnerships.party')} name={`co-org-${a.id}`} error={errors['c.organization_id']}>
          <select
            id={`co-org-${a.id}`}
            value={c.organization_id}
            onChange={(e) => setC({ ...c, organization_id: e.currentTarget.value })}
          >
            {p.parties.map((x) => (
              <option key={x.organization.id} value={x.organization.id}>
                {x.organization.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('partnerships.contributionKind')} name={`co-kind-${a.id}`} error={errors['c.kind']}>
          <select
            id={`co-kind-${a.id}`}
            value={c.kind}
            onChange={(e) => setC({ ...c, kind: e.currentTarget.value })}
          >
            {CONTRIBUTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`partnerships.contributionKinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('partnerships.description')} name={`co-desc-${a.id}`} error={errors['c.description']}>
          <input
            id={`co-desc-${a.id}`}
            value={c.description}
            onInput={(e) => setC({ ...c, description: e.currentTarget.value })}
          />
        </Field>
        <Field label={t('partnerships.valueRp')} name={`co-value-${a.id}`} error={errors['c.value']}>
          <input
            id={`co-value-${a.id}`}
            inputMode="numeric"
            value={c.value}
            onInput={(e) => setC({ ...c, value: e.currentTarget.value })}
          />
        </Field>
        <button type="submit" class="secondary">
          {t('partnerships.addContribution')}
        </button>
      </form>
      <form
        class="form inline-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (q.trim().length < 2) return;
          try {
            setFound((await searchPersons(q.trim())).items);
          } catch (err) {
            setErrors(Object.fromEntries(Object.entries(formErrors(err)).map(([k, v]) => [`pp.${k}`, v])));
          }
        }}
      >
        <Field label={t('partnerships.findParticipant')} name={`pp-q-${a.id}`}>
          <input id={`pp-q-${a.id}`} type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="secondary">
          {t('partnerships.find')}
        </button>
      </form>
      {found.length > 0 && (
        <ul class="found">
          {found.map((x) => (
            <li key={x.id}>
              {x.full_name} {x.birth_date && `· ${x.birth_date}`}{' '}
              <button
                type="button"
                class="secondary"
                disabled={a.participants.some((y) => y.person_id === x.id)}
                onClick={() => run('pp', () => addParticipants(a.id, [x.id]))}
              >
                {t('partnerships.addParticipant')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="form inline-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run('s', () => addSession(a.id, { ...s, present }))) {
            setS({ on_date: '', topic: '' });
            setPresent([]);
          }
        }}
      >
        <Field label={t('partnerships.sessionDate')} name={`se-date-${a.id}`} error={errors['s.on_date']}>
          <input
            id={`se-date-${a.id}`}
            type="date"
            value={s.on_date}
            onInput={(e) => setS({ ...s, on_date: e.currentTarget.value })}
          />
        </Field>
        <Field label={t('partnerships.topic')} name={`se-topic-${a.id}`} error={errors['s.topic']}>
          <input
            id={`se-topic-${a.id}`}
            value={s.topic}
            onInput={(e) => setS({ ...s, topic: e.currentTarget.value })}
          />
        </Field>
        {a.participants.length > 0 && (
          <fieldset class="checks">
            <legend>{t('partnerships.whoWasPresent')}</legend>
            {a.participants.map((x) => (
              <label key={x.person_id} class="check">
                <input
                  type="checkbox"
                  checked={present.includes(x.person_id)}
                  onChange={(e) =>
                    setPresent(
                      e.currentTarget.checked
                        ? [...present, x.person_id]
                        : present.filter((id) => id !== x.person_id),
                    )
                  }
                />{' '}
                {x.full_name}
              </label>
            ))}
          </fieldset>
        )}
        {errors['s.present'] && <Alert>{errors['s.present']}</Alert>}
        <button type="submit" class="secondary">
          {t('partnerships.addSession')}
        </button>
      </form>
    </div>
  );
}
