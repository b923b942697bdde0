// The public complaint page (/pengaduan): no login, Indonesian first, one big simple form, the
// ticket after sending, and a status check by ticket. Shows nothing of anyone's complaint but
// its status and dates.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { ApiError } from '../../../lib/api-client';
import { formErrors } from '../../../lib/form-errors';
import { currentLanguage, errorMessage, t, type Language } from '../../../lib/i18n';
import { complaintAreas, complaintStatus, submitComplaint } from '../api';
import { complaintCategories, type PublicStatus, type ServedArea } from '../types';
import '../complaints.css';

type Props = { language: Language; onLanguage: (l: Language) => void };

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// A 429 in words the public understands; otherwise the server's message or our translation.
function publicError(e: unknown): string {
  if (e instanceof ApiError && e.code === 'too_many_attempts')
    return currentLanguage() === 'id' && e.message
      ? e.message
      : t('complaints.public.throttled', { seconds: e.retryAfter ?? '' });
  return errorMessage(e);
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '');

export function StatusCheck({ initial = '' }: { initial?: string }) {
  const [ticket, setTicket] = useState(initial);
  const [result, setResult] = useState<PublicStatus | null>(null);
  const [error, setError] = useState('');
  useEffect(() => setTicket(initial), [initial]);
  async function check(e: Event) {
    e.preventDefault();
    setError('');
    setResult(null);
    try {
      setResult(await complaintStatus(ticket));
    } catch (err) {
      setError(publicError(err));
    }
  }
  return (
    <form class="card" onSubmit={check} noValidate aria-labelledby="check-title">
      <h2 id="check-title">{t('complaints.public.check')}</h2>
      <label for="ticket-check" class="sr-only">
        {t('complaints.public.ticket')}
      </label>
      <div class="ticket-check">
        <input
          id="ticket-check"
          name="ticket"
          placeholder="PGD-XXXX-XXXX"
          autocapitalize="characters"
          value={ticket}
          onInput={(e) => setTicket(e.currentTarget.value)}
        />
        <button type="submit" disabled={!ticket.trim()}>
          {t('complaints.public.checkSubmit')}
        </button>
      </div>
      {error && <Alert>{error}</Alert>}
      {result && (
        <dl class="facts" data-testid="public-status">
          <dt>{t('complaints.public.ticket')}</dt>
          <dd class="code">{result.ticket}</dd>
          <dt>{t('common.status')}</dt>
          <dd>
            <span class={`badge status-${result.status}`}>{t(`complaints.statuses.${result.status}`)}</span>
          </dd>
          <dt>{t('complaints.public.received')}</dt>
          <dd>{when(result.created_at)}</dd>
          <dt>{t('complaints.public.updated')}</dt>
          <dd>{when(result.updated_at)}</dd>
          {result.closed_at && (
            <>
              <dt>{t('complaints.public.closed')}</dt>
              <dd>{when(result.closed_at)}</dd>
            </>
          )}
        </dl>
      )}
    </form>
  );
}

export function PublicComplaintPage({ language, onLanguage }: Props) {
  const [areas, setAreas] = useState<ServedArea[]>([]);
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [region, setRegion] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(today());
  const [time, setTime] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState('');

  useEffect(() => {
    complaintAreas().then(
      (r) => {
        setAreas(r.items);
        // One office: nothing to choose.
        if (r.items.length === 1) setRegion(r.items[0].region_code);
      },
      () => undefined,
    );
  }, []);

  async function send(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const body = {
        category,
        description,
        place,
        seen_at: time ? `${date}T${time}` : date,
        ...(region ? { region_code: region } : {}),
        ...(name.trim() ? { reporter_name: name } : {}),
        ...(phone.trim() ? { reporter_phone: phone } : {}),
      };
      const r = await submitComplaint(body);
      setTicket(r.ticket);
      window.scrollTo(0, 0);
    } catch (err) {
      const byField = formErrors(err);
      if (err instanceof ApiError && err.code === 'too_many_attempts') byField.form = publicError(err);
      setErrors(byField);
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setTicket('');
    setCategory('');
    setDescription('');
    setPlace('');
    setTime('');
    setDate(today());
  }

  return (
    <div class="public-page">
      <header class="public-head">
        <a class="brand" href="/">
          mitra
        </a>
        <button type="button" class="link-button" onClick={() => onLanguage(language === 'id' ? 'en' : 'id')}>
          {language === 'id' ? 'English' : 'Bahasa Indonesia'}
        </button>
      </header>
      <h1>{t('complaints.public.title')}</h1>
      {ticket ? (
        <section class="card" aria-live="polite">
          <Alert kind="success">{t('complaints.public.sent')}</Alert>
          <p>{t('complaints.public.ticketIntro')}</p>
          <p class="ticket" data-testid="ticket">
            {ticket}
          </p>
          <button type="button" onClick={reset}>
            {t('complaints.public.another')}
          </button>
        </section>
      ) : (
        <form class="card complaint-form" onSubmit={send} noValidate>
          <p>{t('complaints.public.intro')}</p>
          <Alert kind="info">{t('complaints.public.emergency')}</Alert>
          {errors.form && <Alert>{errors.form}</Alert>}
          <fieldset class={`field${errors.category ? ' field--error' : ''}`}>
            <legend>{t('complaints.public.what')}</legend>
            <div class="category-grid">
              {complaintCategories.map((c) => (
                <label key={c} class={category === c ? 'chosen' : ''}>
                  <input
                    type="radio"
                    name="category"
                    value={c}
                    checked={category === c}
                    onChange={() => setCategory(c)}
                  />
                  {t(`complaints.categories.${c}`)}
                </label>
              ))}
            </div>
            {errors.category && <small class="field-error">{errors.category}</small>}
          </fieldset>
          <Field
            label={t('complaints.public.description')}
            name="description"
            error={errors.description}
            hint={`${t('complaints.public.descriptionHint')} ${t('complaints.public.characters', { n: description.length })}`}
          >
            <textarea
              id="description"
              name="description"
              rows={5}
              maxLength={2000}
              value={description}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
          </Field>
          <Field label={t('complaints.public.area')} name="region_code" error={errors.region_code}>
            <select
              id="region_code"
              name="region_code"
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
            >
              <option value="">{t('complaints.public.areaUnknown')}</option>
              {areas.map((a) => (
                <option key={a.organization_id} value={a.region_code}>
                  {a.region_name || a.organization_name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('complaints.public.place')}
            name="place"
            error={errors.place}
            hint={t('complaints.public.placeHint')}
          >
            <input
              id="place"
              name="place"
              maxLength={300}
              value={place}
              onInput={(e) => setPlace(e.currentTarget.value)}
            />
          </Field>
          <div class="row-2">
            <Field label={t('complaints.public.date')} name="seen_at" error={errors.seen_at}>
              <input
                id="seen_at"
                name="seen_at"
                type="date"
                max={today()}
                value={date}
                onInput={(e) => setDate(e.currentTarget.value)}
              />
            </Field>
            <Field label={t('complaints.public.time')} name="seen_time">
              <input
                id="seen_time"
                name="seen_time"
                type="time"
                value={time}
                onInput={(e) => setTime(e.currentTarget.value)}
              />
            </Field>
          </div>
          <fieldset class="field">
            <legend>{t('complaints.public.reporter')}</legend>
            <small class="hint">{t('complaints.public.reporterHint')}</small>
            <div class="row-2">
              <Field label={t('complaints.public.name')} name="reporter_name" error={errors.reporter_name}>
                <input
                  id="reporter_name"
                  name="reporter_name"
                  autocomplete="name"
                  maxLength={100}
                  value={name}
                  onInput={(e) => setName(e.currentTarget.value)}
                />
              </Field>
              <Field label={t('complaints.public.phone')} name="reporter_phone" error={errors.reporter_phone}>
                <input
                  id="reporter_phone"
                  name="reporter_phone"
                  type="tel"
                  autocomplete="tel"
                  value={phone}
                  onInput={(e) => setPhone(e.currentTarget.value)}
                />
              </Field>
            </div>
          </fieldset>
          <button type="submit" class="primary wide" disabled={busy}>
            {busy ? t('common.wait') : t('complaints.public.submit')}
          </button>
        </form>
      )}
      <StatusCheck initial={ticket} />
      <p class="login-extra">
        <a href="/">{t('complaints.public.staffLogin')}</a>
      </p>
    </div>
  );
}
