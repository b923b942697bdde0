// Work plans and activities: schedule, place, responsible party, contributions (in-kind valued in
// rupiah), participants (names only when the viewer may see them) and attendance.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { createActivity, createWorkPlan, getActivity, listActivities, listWorkPlans } from '../api';
import { rupiah, type Activity, type Partnership, type WorkPlan } from '../types';

export function ActivitiesSection({ p }: { p: Partnership }) {
  const [plans, setPlans] = useState<WorkPlan[]>([]);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [detail, setDetail] = useState<Activity | null>(null);
  const [f, setF] = useState({ title: '', start_date: '', place: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const load = () => {
    listWorkPlans(p.id).then((x) => setPlans(x.items), () => undefined);
    listActivities(p.id).then((x) => setActivities(x.items), () => undefined);
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
        plan = await createWorkPlan({ partnership_id: p.id, title: t('partnerships.defaultPlan'), period_start: f.start_date || p.start_date });
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
            {openId === a.id && detail && detail.id === a.id && <ActivityDetail a={detail} />}
          </li>
        ))}
      </ul>
      {p.can_edit && (
        <form class="form inline-form" onSubmit={add} noValidate>
          {errors.form && <Alert>{errors.form}</Alert>}
          <Field label={t('partnerships.activityTitle')} name="act-title" error={errors.title}>
            <input id="act-title" value={f.title} onInput={(e) => setF({ ...f, title: e.currentTarget.value })} />
          </Field>
          <Field label={t('partnerships.startDate')} name="act-start" error={errors.start_date ?? errors.period_start}>
            <input id="act-start" type="date" value={f.start_date} onInput={(e) => setF({ ...f, start_date: e.currentTarget.value })} />
          </Field>
          <Field label={t('partnerships.place')} name="act-place">
            <input id="act-place" value={f.place} onInput={(e) => setF({ ...f, place: e.currentTarget.value })} />
          </Field>
          <button type="submit" class="secondary">{t('partnerships.addActivity')}</button>
        </form>
      )}
    </>
  );
}

function ActivityDetail({ a }: { a: Activity }) {
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
            {c.organization.name}: {t(`partnerships.contributionKinds.${c.kind}`)} — {c.description} ({rupiah(c.value)})
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
      {a.participants_hidden > 0 && <p class="meta">{t('partnerships.hiddenParticipants', { n: a.participants_hidden })}</p>}
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
    </div>
  );
}
