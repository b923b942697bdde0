// One meeting: when and where, who was invited and who came, agenda, minutes, decisions and
// action items; the organiser records attendance, minutes and action items; an action item's
// owner organisation marks it done.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { addActionItem, getMeeting, recordAttendance, updateActionItem, updateMeeting } from '../api';
import type { ActionItem, Meeting } from '../types';
import { MeetingStatus } from './MeetingStatus';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function AttendanceForm({ m, onSaved }: { m: Meeting; onSaved: (m: Meeting) => void }) {
  const [rows, setRows] = useState(
    m.participants.map((p) => ({
      id: p.organization.id,
      name: p.organization.name,
      attended: p.attended,
      n: String(p.attendees || ''),
    })),
  );
  const [error, setError] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    try {
      onSaved(
        await recordAttendance(
          m.id,
          rows.map((r) => ({
            organization_id: r.id,
            attended: r.attended,
            attendees: r.attended ? Number(r.n) || 0 : 0,
          })),
        ),
      );
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <form class="card form attendance-form" onSubmit={submit} noValidate>
      <h2>{t('meetings.recordAttendance')}</h2>
      {error && <Alert>{error}</Alert>}
      {rows.map((r, i) => (
        <div class="attendance-row" key={r.id}>
          <label class="check">
            <input
              type="checkbox"
              checked={r.attended}
              onChange={(e) =>
                setRows(rows.map((x, j) => (j === i ? { ...x, attended: e.currentTarget.checked } : x)))
              }
            />
            {r.name}
          </label>
          {r.attended && (
            <input
              type="number"
              min="0"
              inputMode="numeric"
              aria-label={t('meetings.peopleOf', { org: r.name })}
              placeholder={t('meetings.people')}
              value={r.n}
              onInput={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, n: e.currentTarget.value } : x)))}
            />
          )}
        </div>
      ))}
      <div class="actions">
        <button type="submit" class="primary">
          {t('meetings.saveAttendance')}
        </button>
      </div>
    </form>
  );
}

function MinutesForm({ m, onSaved }: { m: Meeting; onSaved: (m: Meeting) => void }) {
  const [minutes, setMinutes] = useState(m.minutes);
  const [decisions, setDecisions] = useState(m.decisions.join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      onSaved(await updateMeeting(m.id, { minutes, decisions: lines(decisions) }));
      setErrors({});
      setSaved(true);
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="form" onSubmit={submit} noValidate>
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert kind="success">{t('meetings.saved')}</Alert>}
      <Field label={t('meetings.minutes')} name="meeting-minutes" error={errors.minutes}>
        <textarea
          id="meeting-minutes"
          rows={5}
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
      </Field>
      <Field
        label={t('meetings.decisions')}
        name="meeting-decisions"
        error={errors.decisions}
        hint={t('meetings.onePerLine')}
      >
        <textarea
          id="meeting-decisions"
          rows={3}
          value={decisions}
          onInput={(e) => setDecisions(e.currentTarget.value)}
        />
      </Field>
      <div class="actions">
        <button type="submit">{t('meetings.saveMinutes')}</button>
      </div>
    </form>
  );
}

function ActionForm({ m, onSaved }: { m: Meeting; onSaved: (m: Meeting) => void }) {
  const [f, setF] = useState({ description: '', owner: '', due: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: Event) {
    e.preventDefault();
    try {
      onSaved(
        await addActionItem(m.id, {
          description: f.description.trim(),
          owner_organization_id: f.owner,
          due_date: f.due,
        }),
      );
      setF({ description: '', owner: '', due: '' });
      setErrors({});
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="card form action-form" onSubmit={submit} noValidate>
      <h3>{t('meetings.addAction')}</h3>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('meetings.fields.description')} name="action-description" error={errors.description}>
        <input
          id="action-description"
          value={f.description}
          onInput={(e) => setF({ ...f, description: e.currentTarget.value })}
        />
      </Field>
      <div class="row-2">
        <Field label={t('meetings.fields.owner')} name="action-owner" error={errors.owner_organization_id}>
          <select
            id="action-owner"
            value={f.owner}
            onChange={(e) => setF({ ...f, owner: e.currentTarget.value })}
          >
            <option value="">—</option>
            {m.participants.map((p) => (
              <option key={p.organization.id} value={p.organization.id}>
                {p.organization.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('meetings.fields.due')} name="action-due" error={errors.due_date}>
          <input
            id="action-due"
            type="date"
            value={f.due}
            onInput={(e) => setF({ ...f, due: e.currentTarget.value })}
          />
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {t('meetings.addActionButton')}
        </button>
      </div>
    </form>
  );
}

function ActionRow({
  a,
  m,
  onChanged,
  onError,
}: {
  a: ActionItem;
  m: Meeting;
  onChanged: (m: Meeting) => void;
  onError: (e: string) => void;
}) {
  const set = (status: string) =>
    updateActionItem(m.id, a.id, { status }).then(onChanged, (e) => onError(errorMessage(e)));
  return (
    <tr data-action={a.id} class={`due-${a.due_state}`}>
      <td data-label={t('meetings.fields.description')}>{a.description}</td>
      <td data-label={t('meetings.fields.owner')}>
        {a.owner_organization.name}
        {a.owner_user && <div class="muted">{a.owner_user.display_name}</div>}
      </td>
      <td data-label={t('meetings.fields.due')}>
        {formatDate(a.due_date)}
        {(a.due_state === 'overdue' || a.due_state === 'due_soon') && (
          <span class={`badge due-${a.due_state}`}> {t(`meetings.dueState.${a.due_state}`)}</span>
        )}
      </td>
      <td data-label={t('meetings.fields.status')}>
        <span class={`badge action-${a.status}`}>{t(`meetings.actionStatus.${a.status}`)}</span>
        {a.done_at && <div class="muted">{formatDateTime(a.done_at)}</div>}
      </td>
      <td>
        {a.may_complete && a.status === 'open' && (
          <button type="button" class="primary" onClick={() => set('done')}>
            {t('meetings.markDone')}
          </button>
        )}
        {a.may_complete && a.status === 'done' && (
          <button type="button" onClick={() => set('open')}>
            {t('meetings.reopen')}
          </button>
        )}
        {m.may_edit && a.status === 'open' && (
          <button type="button" onClick={() => set('cancelled')}>
            {t('meetings.cancelAction')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function MeetingPage({ id }: { id: string }) {
  const [m, setM] = useState<Meeting | null>(null);
  const [error, setError] = useState('');
  const [recording, setRecording] = useState(false);
  useEffect(() => {
    getMeeting(id).then(setM, (e) => setError(errorMessage(e)));
  }, [id]);
  if (!m) return error ? <Alert>{error}</Alert> : <p class="loading">{t('common.wait')}</p>;
  const changed = (next: Meeting) => {
    setM(next);
    setError('');
    setRecording(false);
  };
  const started = new Date(m.starts_at).getTime() <= Date.now();
  const cancel = () =>
    updateMeeting(m.id, { status: 'cancelled' }).then(changed, (e) => setError(errorMessage(e)));
  return (
    <section class="meeting">
      <p>
        <a href="/rapat">← {t('meetings.back')}</a>
      </p>
      <h1>
        {m.title} <MeetingStatus m={m} />
      </h1>
      {error && <Alert>{error}</Alert>}
      <dl class="facts">
        <dt>{t('meetings.fields.starts')}</dt>
        <dd>
          {formatDateTime(m.starts_at)}
          {m.ends_at && ` – ${formatDateTime(m.ends_at)}`}
        </dd>
        <dt>{t('meetings.fields.mode')}</dt>
        <dd>
          {t(`meetings.mode.${m.mode}`)}
          {m.place && `: ${m.place}`}
          {m.link && (
            <>
              {': '}
              <a href={m.link} target="_blank" rel="noopener noreferrer">
                {m.link}
              </a>
            </>
          )}
        </dd>
        <dt>{t('meetings.organizer')}</dt>
        <dd>{m.organizer.name}</dd>
      </dl>
      {m.may_edit && m.status === 'planned' && (
        <div class="actions">
          {started && !recording && (
            <button type="button" class="primary" onClick={() => setRecording(true)}>
              {t('meetings.recordAttendance')}
            </button>
          )}
          <button type="button" onClick={cancel}>
            {t('meetings.cancelMeeting')}
          </button>
        </div>
      )}
      {m.may_edit && m.status === 'held' && !recording && (
        <div class="actions">
          <button type="button" onClick={() => setRecording(true)}>
            {t('meetings.editAttendance')}
          </button>
        </div>
      )}
      {recording && <AttendanceForm m={m} onSaved={changed} />}

      <h2>{t('meetings.participants', { n: m.invited_count })}</h2>
      <ul class="participants">
        {m.participants.map((p) => (
          <li key={p.organization.id} data-org={p.organization.code}>
            {p.organization.name}
            {p.organizer && <span class="muted"> ({t('meetings.organizer')})</span>}
            {m.status === 'held' && (
              <span class={`badge ${p.attended ? 'attended' : 'absent'}`}>
                {p.attended ? t('meetings.present', { n: p.attendees }) : t('meetings.absent')}
              </span>
            )}
          </li>
        ))}
      </ul>

      <h2>{t('meetings.fields.agenda')}</h2>
      {m.agenda.length ? (
        <ol>
          {m.agenda.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">—</p>
      )}

      <h2>{t('meetings.minutesAndDecisions')}</h2>
      {m.may_edit ? (
        <MinutesForm m={m} onSaved={changed} />
      ) : (
        <>
          <p class="minutes">{m.minutes || '—'}</p>
          <ul>
            {m.decisions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('meetings.actionItems')}</h2>
      {m.action_items.length > 0 ? (
        <table class="list action-items">
          <thead>
            <tr>
              <th>{t('meetings.fields.description')}</th>
              <th>{t('meetings.fields.owner')}</th>
              <th>{t('meetings.fields.due')}</th>
              <th>{t('meetings.fields.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {m.action_items.map((a) => (
              <ActionRow key={a.id} a={a} m={m} onChanged={changed} onError={setError} />
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('meetings.noActions')}</p>
      )}
      {m.may_edit && m.status !== 'cancelled' && <ActionForm m={m} onSaved={changed} />}
    </section>
  );
}
