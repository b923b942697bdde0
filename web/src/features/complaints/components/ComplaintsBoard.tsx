// The staff side (/pengaduan-masuk): complaints taken by phone, WhatsApp or walk-in, and the
// triage board by status with triage, dispatch, outcome (persons found) and rejection.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import {
  dispatchComplaint,
  findOrganizations,
  findPersons,
  getComplaint,
  listComplaints,
  rejectComplaint,
  resolveComplaint,
  takeComplaint,
  triageComplaint,
} from '../api';
import {
  complaintCategories,
  complaintChannels,
  complaintPriorities,
  complaintStatuses,
  type Complaint,
} from '../types';
import '../complaints.css';

const shortTime = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

function IntakeForm({ onSaved, onCancel }: { onSaved: (c: Complaint) => void; onCancel: () => void }) {
  const [v, setV] = useState({
    channel: 'phone',
    category: '',
    description: '',
    region_code: '',
    place: '',
    seen_at: '',
    reporter_name: '',
    reporter_phone: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: Event) =>
    setV({ ...v, [k]: (e.currentTarget as HTMLInputElement).value });
  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const body = Object.fromEntries(Object.entries(v).filter(([, x]) => x.trim() !== '')) as typeof v;
      onSaved(await takeComplaint({ ...body, seen_at: v.seen_at }));
    } catch (err) {
      setErrors(formErrors(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="card complaint-form form" onSubmit={save} noValidate>
      <h2>{t('complaints.board.intakeTitle')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <div class="row-2">
        <Field label={t('complaints.board.channel')} name="channel" error={errors.channel}>
          <select id="channel" value={v.channel} onChange={set('channel')}>
            {complaintChannels.map((c) => (
              <option key={c} value={c}>
                {t(`complaints.channels.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('complaints.public.what')} name="category" error={errors.category}>
          <select id="category" value={v.category} onChange={set('category')}>
            <option value="">—</option>
            {complaintCategories.map((c) => (
              <option key={c} value={c}>
                {t(`complaints.categories.${c}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('complaints.public.description')} name="description" error={errors.description}>
        <textarea
          id="description"
          rows={4}
          maxLength={2000}
          value={v.description}
          onInput={set('description')}
        />
      </Field>
      <div class="row-2">
        <Field label={t('complaints.public.place')} name="place" error={errors.place}>
          <input id="place" value={v.place} onInput={set('place')} />
        </Field>
        <Field
          label={t('complaints.board.regionCode')}
          name="region_code"
          error={errors.region_code}
          hint={t('complaints.board.regionCodeHint')}
        >
          <input id="region_code" value={v.region_code} onInput={set('region_code')} />
        </Field>
      </div>
      <Field label={t('complaints.board.seenAt')} name="seen_at" error={errors.seen_at}>
        <input id="seen_at" type="datetime-local" value={v.seen_at} onInput={set('seen_at')} />
      </Field>
      <div class="row-2">
        <Field label={t('complaints.public.name')} name="reporter_name" error={errors.reporter_name}>
          <input id="reporter_name" value={v.reporter_name} onInput={set('reporter_name')} />
        </Field>
        <Field label={t('complaints.public.phone')} name="reporter_phone" error={errors.reporter_phone}>
          <input id="reporter_phone" type="tel" value={v.reporter_phone} onInput={set('reporter_phone')} />
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

// One small form per move; each answers with the changed complaint.
function Actions({ c, onChanged }: { c: Complaint; onChanged: (c: Complaint) => void }) {
  const [priority, setPriority] = useState(c.priority ?? 'medium');
  const [note, setNote] = useState(c.triage_note ?? '');
  const [team, setTeam] = useState(c.team ?? '');
  const [org, setOrg] = useState(c.dispatched_organization?.id ?? '');
  const [orgs, setOrgs] = useState<{ id: string; name: string }[]>([]);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ id: string; full_name: string }[]>([]);
  const [linked, setLinked] = useState<{ id: string; full_name: string }[]>([]);
  const [error, setError] = useState('');
  const canDispatch = c.status === 'triaged' || c.status === 'dispatched';

  useEffect(() => {
    if (canDispatch)
      findOrganizations(c.region_code.slice(0, 2)).then(
        (p) => setOrgs(p.items),
        () => undefined,
      );
  }, [canDispatch, c.region_code]);
  useEffect(() => {
    if (q.trim().length < 2) return setFound([]);
    const timer = setTimeout(
      () =>
        findPersons(q).then(
          (p) => setFound(p.items),
          () => setFound([]),
        ),
      250,
    );
    return () => clearTimeout(timer);
  }, [q]);

  const act = (fn: () => Promise<Complaint>) => async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      onChanged(await fn());
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div class="complaint-actions">
      {error && <Alert>{error}</Alert>}
      {(c.status === 'new' || c.status === 'triaged') && (
        <form onSubmit={act(() => triageComplaint(c.id, priority, note))}>
          <div class="row-2">
            <Field label={t('complaints.board.priority')} name={`priority-${c.id}`}>
              <select
                id={`priority-${c.id}`}
                value={priority}
                onChange={(e) => setPriority(e.currentTarget.value)}
              >
                {complaintPriorities.map((p) => (
                  <option key={p} value={p}>
                    {t(`complaints.priorities.${p}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('complaints.board.note')} name={`note-${c.id}`}>
              <input id={`note-${c.id}`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </Field>
          </div>
          <button type="submit" class="primary">
            {t('complaints.board.triage')}
          </button>
        </form>
      )}
      {canDispatch && (
        <form onSubmit={act(() => dispatchComplaint(c.id, team, org))}>
          <div class="row-2">
            <Field
              label={t('complaints.board.team')}
              name={`team-${c.id}`}
              hint={t('complaints.board.teamHint')}
            >
              <input id={`team-${c.id}`} value={team} onInput={(e) => setTeam(e.currentTarget.value)} />
            </Field>
            <Field label={t('complaints.board.organization')} name={`org-${c.id}`}>
              <select id={`org-${c.id}`} value={org} onChange={(e) => setOrg(e.currentTarget.value)}>
                <option value="">{t('complaints.board.noOrganization')}</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <button type="submit" class="primary" disabled={!team.trim()}>
            {t('complaints.board.dispatch')}
          </button>
        </form>
      )}
      {c.status === 'dispatched' && (
        <form
          onSubmit={act(() =>
            resolveComplaint(
              c.id,
              outcome,
              linked.map((p) => p.id),
            ),
          )}
        >
          <Field label={t('complaints.board.outcome')} name={`outcome-${c.id}`}>
            <textarea
              id={`outcome-${c.id}`}
              rows={3}
              value={outcome}
              onInput={(e) => setOutcome(e.currentTarget.value)}
            />
          </Field>
          <Field label={t('complaints.board.persons')} name={`person-q-${c.id}`}>
            <input
              id={`person-q-${c.id}`}
              placeholder={t('complaints.board.personSearch')}
              value={q}
              onInput={(e) => setQ(e.currentTarget.value)}
            />
          </Field>
          <ul class="picked">
            {found
              .filter((p) => !linked.some((l) => l.id === p.id))
              .map((p) => (
                <li key={p.id}>
                  <button type="button" class="chip" onClick={() => setLinked([...linked, p])}>
                    + {p.full_name}
                  </button>
                </li>
              ))}
          </ul>
          <ul class="picked">
            {linked.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  class="chip"
                  aria-label={`${t('complaints.board.remove')} ${p.full_name}`}
                  onClick={() => setLinked(linked.filter((l) => l.id !== p.id))}
                >
                  ✓ {p.full_name} ×
                </button>
              </li>
            ))}
          </ul>
          <button type="submit" class="primary" disabled={!outcome.trim()}>
            {t('complaints.board.resolve')}
          </button>
        </form>
      )}
      {(c.status === 'new' || c.status === 'triaged') && (
        <form onSubmit={act(() => rejectComplaint(c.id, reason))} class="reply">
          <input
            aria-label={t('complaints.board.reason')}
            placeholder={t('complaints.board.reason')}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="submit" disabled={!reason.trim()}>
            {t('complaints.board.reject')}
          </button>
        </form>
      )}
    </div>
  );
}

function ComplaintCard({ item }: { item: Complaint }) {
  const [detail, setDetail] = useState<Complaint | null>(null);
  const [error, setError] = useState('');
  const c = detail ?? item;
  async function toggle() {
    if (detail) return setDetail(null);
    try {
      setDetail(await getComplaint(item.id));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <li class="card complaint-card" data-ticket={c.ticket}>
      <div class="page-head">
        <strong class="code">{c.ticket}</strong>
        <span class="badges">
          {c.priority && (
            <span class={`badge priority-${c.priority}`}>{t(`complaints.priorities.${c.priority}`)}</span>
          )}
          <span class={`badge status-${c.status}`}>{t(`complaints.statuses.${c.status}`)}</span>
        </span>
      </div>
      <p>
        <strong>{t(`complaints.categories.${c.category}`)}</strong> · {c.place} · {shortTime(c.seen_at)}
      </p>
      <p class="muted">{c.description}</p>
      <p class="muted">
        {t(`complaints.channels.${c.channel}`)} · {t('complaints.board.handledBy')}: {c.organization?.name}
        {c.team &&
          ` · ${t('complaints.board.dispatchedTo')}: ${c.team}${c.dispatched_organization ? ` (${c.dispatched_organization.name})` : ''}`}
      </p>
      {c.triage_note && (
        <p class="muted">
          {t('complaints.board.note')}: {c.triage_note}
        </p>
      )}
      {c.outcome && (
        <p>
          {t(c.status === 'rejected' ? 'complaints.board.reason' : 'complaints.board.outcome')}: {c.outcome}
        </p>
      )}
      {error && <Alert>{error}</Alert>}
      {detail && (
        <>
          <dl class="facts">
            <dt>{t('complaints.board.reporter')}</dt>
            <dd>
              {detail.reporter?.name || detail.reporter?.phone
                ? [detail.reporter?.name, detail.reporter?.phone].filter(Boolean).join(' · ')
                : t('complaints.board.noReporter')}
            </dd>
            {!!detail.persons?.length && (
              <>
                <dt>{t('complaints.board.persons')}</dt>
                <dd>
                  {detail.persons.map((p) => p.full_name ?? t('complaints.board.protected')).join(', ')}
                </dd>
              </>
            )}
          </dl>
          <Actions key={detail.updated_at} c={detail} onChanged={setDetail} />
        </>
      )}
      <button type="button" class="link-button" onClick={toggle}>
        {detail ? t('complaints.board.hide') : t('complaints.board.details')}
      </button>
    </li>
  );
}

export function ComplaintsBoard() {
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [intake, setIntake] = useState(false);
  const [notice, setNotice] = useState('');
  const { items, error, hasMore, loadMore, reload } = usePagedList(
    // Only a whole ticket is searched (PGD-XXXX-XXXX, 8 characters after the prefix).
    (cursor) =>
      listComplaints({
        status,
        q: q.replace(/^\s*pgd/i, '').replace(/[^0-9a-z]/gi, '').length >= 8 ? q : '',
        cursor,
      }),
    [status, q],
  );
  return (
    <section>
      <div class="page-head">
        <h1>{t('complaints.title')}</h1>
        {!intake && (
          <button type="button" class="primary" onClick={() => setIntake(true)}>
            {t('complaints.board.intake')}
          </button>
        )}
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      {intake && (
        <IntakeForm
          onSaved={(c) => {
            setIntake(false);
            setNotice(t('complaints.board.saved', { ticket: c.ticket }));
            reload();
          }}
          onCancel={() => setIntake(false)}
        />
      )}
      <div class="tabs wrap" role="tablist">
        {['', ...complaintStatuses].map((s) => (
          <button
            type="button"
            role="tab"
            key={s || 'all'}
            aria-selected={status === s}
            class={status === s ? 'active' : ''}
            onClick={() => setStatus(s)}
          >
            {s ? t(`complaints.statuses.${s}`) : t('complaints.board.all')}
          </button>
        ))}
      </div>
      <div class="filters">
        <input
          type="search"
          aria-label={t('complaints.board.searchTicket')}
          placeholder={t('complaints.board.searchTicket')}
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
      </div>
      {error && <Alert>{error}</Alert>}
      <ul class="referrals">
        {items.map((c) => (
          <ComplaintCard key={c.id} item={c} />
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
