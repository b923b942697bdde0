// The occupancy board (papan hunian): per facility and day, beds per group (capacity, occupied,
// free) and who stays, overdue stays highlighted; capacity settings for admins and supervisors.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { api, type Page } from '../../../lib/api-client';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { listFacilities, occupancy, setCapacity } from '../api';
import { BED_GROUPS, type Beds, type Facility, type Occupancy } from '../types';
import { StayCard } from './StayCard';

type Org = { id: string; code: string; name: string };

function CapacityForm({
  facilities,
  selected,
  onSaved,
}: {
  facilities: Facility[];
  selected: string;
  onSaved: (f: Facility) => void;
}) {
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [orgId, setOrgId] = useState(selected);
  const [beds, setBeds] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api<Page<Org>>('GET', '/api/v1/organizations?limit=200').then(
      (p) => setOrgs(p.items),
      () => undefined,
    );
  }, []);
  useEffect(() => setOrgId(selected), [selected]);
  useEffect(() => {
    const current = facilities.find((f) => f.organization.id === orgId)?.capacity;
    setBeds(Object.fromEntries(BED_GROUPS.map((g) => [g, String(current?.[g] ?? 0)])));
  }, [orgId, facilities]);

  async function submit(e: Event) {
    e.preventDefault();
    const body = Object.fromEntries(
      BED_GROUPS.map((g) => [
        g,
        beds[g] !== '' && Number.isInteger(Number(beds[g])) ? Number(beds[g]) : beds[g],
      ]),
    );
    try {
      onSaved(await setCapacity(orgId, body as Beds));
      setErrors({});
      setSaved(true);
    } catch (err) {
      setErrors(formErrors(err));
      setSaved(false);
    }
  }

  return (
    <details class="card capacity">
      <summary>{t('shelter.capacityTitle')}</summary>
      <form class="form" onSubmit={submit} noValidate>
        {(errors.form || errors.organization_id) && <Alert>{errors.form ?? errors.organization_id}</Alert>}
        {saved && <Alert kind="success">{t('shelter.capacitySaved')}</Alert>}
        <Field label={t('shelter.organization')} name="capacity-org">
          <select id="capacity-org" value={orgId} onChange={(e) => setOrgId(e.currentTarget.value)}>
            <option value="">—</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.code})
              </option>
            ))}
          </select>
        </Field>
        <div class="row-2">
          {BED_GROUPS.map((g) => (
            <Field key={g} label={t(`shelter.groups.${g}`)} name={`beds-${g}`} error={errors[g]}>
              <input
                id={`beds-${g}`}
                type="number"
                min="0"
                inputMode="numeric"
                value={beds[g] ?? ''}
                onInput={(e) => setBeds({ ...beds, [g]: e.currentTarget.value })}
              />
            </Field>
          ))}
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={!orgId}>
            {t('shelter.save')}
          </button>
        </div>
      </form>
    </details>
  );
}

export function ShelterPage({
  canBoard,
  canManage,
  ownOrganizationId,
}: {
  canBoard: boolean;
  canManage: boolean;
  ownOrganizationId: string;
}) {
  const [facilities, setFacilities] = useState<Facility[]>([]);
  const [facilityId, setFacilityId] = useState('');
  // '' asks the server for the facility's own today (WIB, WITA or WIT); the answer fills it in.
  const [date, setDate] = useState('');
  const [board, setBoard] = useState<Occupancy | null>(null);
  const [error, setError] = useState('');

  const loadFacilities = () =>
    listFacilities().then(
      (p) => {
        setFacilities(p.items);
        setFacilityId(
          (old) =>
            old ||
            (p.items.find((f) => f.organization.id === ownOrganizationId) ?? p.items[0])?.organization.id ||
            '',
        );
      },
      (e) => setError(errorMessage(e)),
    );
  const loadBoard = () => {
    if (!canBoard || !facilityId) return;
    occupancy(facilityId, date).then(
      (b) => {
        setBoard(b);
        if (!date) setDate(b.date);
        setError('');
      },
      (e) => {
        setBoard(null);
        setError(errorMessage(e));
      },
    );
  };
  useEffect(() => {
    loadFacilities();
  }, []);
  useEffect(loadBoard, [facilityId, date]);

  return (
    <section class="shelter">
      <h1>{t('shelter.title')}</h1>
      <div class="row-2">
        <Field label={t('shelter.facility')} name="board-facility">
          <select
            id="board-facility"
            value={facilityId}
            onChange={(e) => setFacilityId(e.currentTarget.value)}
          >
            {facilities.length === 0 && <option value="">{t('shelter.noFacilities')}</option>}
            {facilities.map((f) => (
              <option key={f.organization.id} value={f.organization.id}>
                {f.organization.name}
              </option>
            ))}
          </select>
        </Field>
        {canBoard && (
          <Field label={t('shelter.date')} name="board-date">
            <input id="board-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </Field>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
      {board && (
        <>
          <div class="cards bed-groups">
            {board.groups.map((g) => (
              <div
                key={g.bed_group}
                class={`card bed-group${g.free === 0 ? ' full' : ''}`}
                data-group={g.bed_group}
              >
                <strong>{t(`shelter.groups.${g.bed_group}`)}</strong>
                <p class="big">
                  {g.occupied} / {g.capacity}
                </p>
                <p class={g.free === 0 ? 'field-error' : 'muted'}>{t('shelter.free', { n: g.free })}</p>
              </div>
            ))}
          </div>
          <h2>{t('shelter.staysOn', { date: board.date, n: board.stays.length })}</h2>
          {board.stays.some((s) => s.overdue) && (
            <p class="counts field-error">
              {t('shelter.overdueCount', { n: board.stays.filter((s) => s.overdue).length })}
            </p>
          )}
          <ul class="stays">
            {board.stays.map((s) => (
              <StayCard key={s.id} stay={s} onChanged={() => loadBoard()} />
            ))}
          </ul>
          {board.stays.length === 0 && <p class="muted">{t('shelter.empty')}</p>}
        </>
      )}
      {!canBoard && (
        <ul class="stays">
          {facilities.map((f) => (
            <li class="card" key={f.organization.id}>
              <strong>{f.organization.name}</strong>
              <p class="muted">{t('shelter.totals', { occupied: f.total_occupied, beds: f.total_beds })}</p>
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <CapacityForm
          facilities={facilities}
          selected={facilityId}
          onSaved={(f) => {
            loadFacilities().then(() => setFacilityId(f.organization.id));
            loadBoard();
          }}
        />
      )}
    </section>
  );
}
