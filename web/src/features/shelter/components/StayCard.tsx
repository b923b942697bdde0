// One stay: who, which bed group, how long against the plan (overdue highlighted), and the
// discharge form for open stays.
import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { shortTime, type Stay } from '../types';
import { DischargeForm } from './DischargeForm';
import '../shelter.css';

export function StayCard({
  stay,
  onChanged,
  showFacility = false,
}: {
  stay: Stay;
  onChanged: (s: Stay) => void;
  showFacility?: boolean;
}) {
  const [discharging, setDischarging] = useState(false);
  const open = stay.status === 'open';
  return (
    <li class={`card stay${stay.overdue ? ' overdue' : ''}`}>
      <div class="page-head">
        <strong>{stay.person.full_name ?? t('shelter.protected')}</strong>
        <span>
          {stay.overdue && <span class="badge">{t('shelter.overdue')}</span>}{' '}
          <span class={`badge status-${stay.status}`}>{t(`shelter.statuses.${stay.status}`)}</span>
        </span>
      </div>
      <p>
        {t(`shelter.groups.${stay.bed_group}`)}
        {showFacility && ` · ${stay.facility.name}`}
      </p>
      <p class={stay.overdue ? 'field-error' : 'muted'}>
        {t('shelter.daysOfPlan', { n: stay.days_stayed + 1, planned: stay.planned_days })} ·{' '}
        {t('shelter.admittedOn', { at: shortTime(stay.admitted_at) })}
      </p>
      {!open && stay.destination && (
        <p class="muted">
          {t('shelter.dischargedTo', {
            at: shortTime(stay.discharged_at ?? ''),
            where: t(`shelter.destinations.${stay.destination}`),
          })}
        </p>
      )}
      {open && !discharging && (
        <button type="button" onClick={() => setDischarging(true)}>
          {t('shelter.discharge')}
        </button>
      )}
      {discharging && (
        <DischargeForm
          stay={stay}
          onCancel={() => setDischarging(false)}
          onDone={(s) => {
            setDischarging(false);
            onChanged(s);
          }}
        />
      )}
    </li>
  );
}
