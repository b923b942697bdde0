// Inside a case card: the ATENSI services given (with an add form whose fields follow the
// type, and status/outcome edits), and the follow-up visits as the family's monthly track record.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { api, type Page } from '../../../lib/api-client';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import {
  addService,
  listFollowUps,
  listServices,
  scheduleFollowUps,
  serviceTypes,
  updateService,
} from '../api';
import { nextStatuses, type DetailField, type Service, type ServiceType, type Visit } from '../types';
import { VisitForm } from './VisitForm';
import './services.css';

type Org = { id: string; code: string; name: string };
const today = () => new Date().toISOString().slice(0, 10);

function DetailInput({
  caseId,
  field,
  value,
  error,
  onChange,
}: {
  caseId: string;
  field: DetailField;
  value: unknown;
  error?: string;
  onChange: (v: unknown) => void;
}) {
  const id = `detail-${field.name}-${caseId}`;
  const label = t(`services.fields.${field.name}`) + (field.required ? ' *' : '');
  if (field.kind === 'boolean')
    return (
      <label class="check">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />{' '}
        {label}
      </label>
    );
  let input;
  if (field.kind === 'choice')
    input = (
      <select id={id} value={String(value ?? '')} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">—</option>
        {field.choices.map((c) => (
          <option key={c} value={c}>
            {t(`services.choices.${c}`)}
          </option>
        ))}
      </select>
    );
  else
    input = (
      <input
        id={id}
        type={(field.kind === 'date' ? 'date' : 'text') as 'text'}
        inputMode={field.kind === 'integer' ? 'numeric' : 'text'}
        value={String(value ?? '')}
        onInput={(e) => {
          const v = e.currentTarget.value;
          onChange(field.kind === 'integer' && v !== '' && /^\d+$/.test(v) ? Number(v) : v);
        }}
      />
    );
  return (
    <Field label={label} name={id} error={error}>
      {input}
    </Field>
  );
}

function ServiceForm({
  caseId,
  types,
  onAdded,
  onCancel,
}: {
  caseId: string;
  types: ServiceType[];
  onAdded: (s: Service) => void;
  onCancel: () => void;
}) {
  const [type, setType] = useState('');
  const [details, setDetails] = useState<Record<string, unknown>>({});
  const [f, setF] = useState({
    provider_organization_id: '',
    status: 'planned',
    starts_on: today(),
    ends_on: '',
    outcome: '',
  });
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    api<Page<Org>>('GET', '/api/v1/organizations?limit=200').then(
      (p) => setOrgs(p.items),
      () => undefined,
    );
  }, []);
  const spec = types.find((x) => x.code === type);
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });

  async function submit(e: Event) {
    e.preventDefault();
    const clean = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== '' && v !== undefined));
    try {
      onAdded(await addService(caseId, { type, ...f, details: clean }));
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  const id = (k: string) => `svc-${k}-${caseId}`;
  return (
    <form class="card form service-form" onSubmit={submit} noValidate>
      <h4>{t('services.add')}</h4>
      {(errors.form || errors.details || errors.case_id) && (
        <Alert>{errors.form ?? errors.details ?? errors.case_id}</Alert>
      )}
      <Field label={t('services.type')} name={id('type')} error={errors.type}>
        <select
          id={id('type')}
          value={type}
          onChange={(e) => {
            setType(e.currentTarget.value);
            setDetails({});
            setErrors({});
          }}
        >
          <option value="">—</option>
          {types.map((x) => (
            <option key={x.code} value={x.code}>
              {t(`services.types.${x.code}`)}
            </option>
          ))}
        </select>
      </Field>
      {spec?.fields.map((field) => (
        <DetailInput
          key={field.name}
          caseId={caseId}
          field={field}
          value={details[field.name]}
          error={errors[`details.${field.name}`]}
          onChange={(v) => setDetails({ ...details, [field.name]: v })}
        />
      ))}
      <Field
        label={t('services.provider')}
        name={id('provider')}
        error={errors.provider_organization_id}
        hint={t('services.providerHint')}
      >
        <select
          id={id('provider')}
          value={f.provider_organization_id}
          onChange={(e) => set('provider_organization_id', e.currentTarget.value)}
        >
          <option value="">{t('services.caseOrganization')}</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.code})
            </option>
          ))}
        </select>
      </Field>
      <div class="row-2">
        <Field label={t('services.startsOn')} name={id('starts_on')} error={errors.starts_on}>
          <input
            id={id('starts_on')}
            type="date"
            value={f.starts_on}
            onInput={(e) => set('starts_on', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('services.endsOn')} name={id('ends_on')} error={errors.ends_on}>
          <input
            id={id('ends_on')}
            type="date"
            value={f.ends_on}
            onInput={(e) => set('ends_on', e.currentTarget.value)}
          />
        </Field>
      </div>
      <Field label={t('common.status')} name={id('status')} error={errors.status}>
        <select id={id('status')} value={f.status} onChange={(e) => set('status', e.currentTarget.value)}>
          {['planned', 'ongoing', 'completed', 'stopped'].map((s) => (
            <option key={s} value={s}>
              {t(`services.statuses.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={!type}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function detailText(s: Service): string {
  return Object.entries(s.details)
    .map(
      ([k, v]) =>
        `${t(`services.fields.${k}`)}: ${typeof v === 'boolean' ? t(v ? 'services.yes' : 'services.no') : typeof v === 'string' && t(`services.choices.${v}`) !== `services.choices.${v}` ? t(`services.choices.${v}`) : v}`,
    )
    .join(' · ');
}

function ServiceItem({ s, onChanged }: { s: Service; onChanged: (s: Service) => void }) {
  const [outcome, setOutcome] = useState(s.outcome);
  const [error, setError] = useState('');
  const change = async (body: Record<string, unknown>) => {
    try {
      onChanged(await updateService(s.id, body));
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <li class="card service">
      <div class="page-head">
        <strong>{t(`services.types.${s.type}`)}</strong>
        <span class={`badge status-${s.status}`}>{t(`services.statuses.${s.status}`)}</span>
      </div>
      <p class="muted">
        {s.provider.name} · {s.starts_on}
        {s.ends_on ? ` – ${s.ends_on}` : ''}
      </p>
      {Object.keys(s.details).length > 0 && <p>{detailText(s)}</p>}
      {error && <Alert>{error}</Alert>}
      <div class="reply">
        <input
          aria-label={t('services.outcome')}
          placeholder={t('services.outcome')}
          value={outcome}
          onInput={(e) => setOutcome(e.currentTarget.value)}
        />
        <button type="button" disabled={outcome === s.outcome} onClick={() => change({ outcome })}>
          {t('common.save')}
        </button>
        {nextStatuses(s.status).map((to) => (
          <button type="button" key={to} onClick={() => change({ status: to, outcome })}>
            {t(`services.moveTo.${to}`)}
          </button>
        ))}
      </div>
    </li>
  );
}

const mark = (v: boolean | null) => (v === null ? '—' : v ? t('services.yes') : t('services.no'));

function TrackRecord({
  caseId,
  visits,
  onRecorded,
}: {
  caseId: string;
  visits: Visit[];
  onRecorded: (caseMoved: boolean) => void;
}) {
  const [recording, setRecording] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <>
      {notice && <Alert kind="info">{notice}</Alert>}
      <table class="list track-record" aria-label={t('services.followUp.trackRecord')}>
        <thead>
          <tr>
            <th>{t('services.followUp.month')}</th>
            <th>{t('services.visit.visitedOn')}</th>
            <th>{t('services.visit.childInSchool')}</th>
            <th>{t('services.visit.seenOnStreet')}</th>
            <th>{t('services.visit.incomeLevel')}</th>
            <th>{t('services.visit.parentCoaching')}</th>
            <th>{t('services.visit.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id} class={v.overdue ? 'overdue' : ''}>
              <td data-label={t('services.followUp.month')}>{v.month}</td>
              <td data-label={t('services.visit.visitedOn')}>
                {v.recorded ? (
                  v.visited_on
                ) : (
                  <>
                    <span class={v.overdue ? 'field-error' : 'muted'}>
                      {t(v.overdue ? 'services.followUp.overdue' : 'services.followUp.dueOn', {
                        date: v.due_on,
                      })}
                    </span>{' '}
                    <button type="button" onClick={() => setRecording(v.id)}>
                      {t('services.visit.record')}
                    </button>
                  </>
                )}
              </td>
              <td data-label={t('services.visit.childInSchool')}>
                {v.child_in_school ? t(`services.visit.school.${v.child_in_school}`) : '—'}
              </td>
              <td data-label={t('services.visit.seenOnStreet')}>{mark(v.seen_on_street)}</td>
              <td data-label={t('services.visit.incomeLevel')}>
                {v.income_level ? t(`services.visit.income.${v.income_level}`) : '—'}
              </td>
              <td data-label={t('services.visit.parentCoaching')}>{mark(v.parent_coaching_attended)}</td>
              <td data-label={t('services.visit.notes')}>
                {[v.place, v.met_with, v.notes].filter(Boolean).join(' · ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {recording && (
        <VisitForm
          key={recording}
          visit={visits.find((v) => v.id === recording)!}
          onCancel={() => setRecording(null)}
          onRecorded={(r) => {
            setRecording(null);
            setNotice(r.case_effect.message ?? t('services.visit.saved'));
            onRecorded(r.case_effect.to !== null);
          }}
        />
      )}
      {caseId && visits.length === 0 && <p class="muted">{t('services.followUp.none')}</p>}
    </>
  );
}

function ScheduleForm({
  caseId,
  onScheduled,
  onCancel,
}: {
  caseId: string;
  onScheduled: () => void;
  onCancel: () => void;
}) {
  const [f, setF] = useState({ starts_on: today(), months: '6' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await scheduleFollowUps(caseId, { starts_on: f.starts_on, months: Number(f.months) });
      onScheduled();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="card form" onSubmit={submit} noValidate>
      {errors.form && <Alert>{errors.form}</Alert>}
      <div class="row-2">
        <Field label={t('services.followUp.startsOn')} name={`fu-start-${caseId}`} error={errors.starts_on}>
          <input
            id={`fu-start-${caseId}`}
            type="date"
            value={f.starts_on}
            onInput={(e) => setF({ ...f, starts_on: e.currentTarget.value })}
          />
        </Field>
        <Field
          label={t('services.followUp.months')}
          name={`fu-months-${caseId}`}
          error={errors.months}
          hint={t('services.followUp.monthly')}
        >
          <input
            id={`fu-months-${caseId}`}
            type="number"
            min="1"
            max="36"
            value={f.months}
            onInput={(e) => setF({ ...f, months: e.currentTarget.value })}
          />
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {t('services.followUp.schedule')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function CaseServices({
  caseId,
  closed,
  onCaseChanged,
}: {
  caseId: string;
  closed: boolean;
  onCaseChanged?: () => void;
}) {
  const [types, setTypes] = useState<ServiceType[]>([]);
  const [services, setServices] = useState<Service[]>([]);
  const [visits, setVisits] = useState<Visit[]>([]);
  const [adding, setAdding] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [error, setError] = useState('');
  const loadVisits = () =>
    listFollowUps(caseId).then(
      (p) => setVisits(p.items),
      (e) => setError(errorMessage(e)),
    );
  useEffect(() => {
    serviceTypes().then(
      (p) => setTypes(p.items),
      () => undefined,
    );
    listServices(caseId).then(
      (p) => setServices(p.items),
      (e) => setError(errorMessage(e)),
    );
    loadVisits();
  }, [caseId]);

  return (
    <div class="case-services">
      <details open={services.length > 0}>
        <summary>{t('services.title', { n: services.length })}</summary>
        {error && <Alert>{error}</Alert>}
        <ul class="services">
          {services.map((s) => (
            <ServiceItem
              key={s.id}
              s={s}
              onChanged={(n) => setServices(services.map((x) => (x.id === n.id ? n : x)))}
            />
          ))}
        </ul>
        {adding ? (
          <ServiceForm
            caseId={caseId}
            types={types}
            onCancel={() => setAdding(false)}
            onAdded={(s) => {
              setServices([...services, s]);
              setAdding(false);
            }}
          />
        ) : (
          !closed && (
            <button type="button" onClick={() => setAdding(true)}>
              + {t('services.add')}
            </button>
          )
        )}
      </details>
      <details open={visits.length > 0}>
        <summary>{t('services.followUp.title', { n: visits.length })}</summary>
        <TrackRecord
          caseId={caseId}
          visits={visits}
          onRecorded={(caseMoved) => {
            loadVisits();
            if (caseMoved) onCaseChanged?.();
          }}
        />
        {scheduling ? (
          <ScheduleForm
            caseId={caseId}
            onCancel={() => setScheduling(false)}
            onScheduled={() => {
              setScheduling(false);
              loadVisits();
            }}
          />
        ) : (
          <button type="button" onClick={() => setScheduling(true)}>
            + {t('services.followUp.schedule')}
          </button>
        )}
      </details>
    </div>
  );
}
