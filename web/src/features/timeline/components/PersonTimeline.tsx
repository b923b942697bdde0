// The person page's timeline: everything the viewer may see of the person's journey across
// organisations, newest first, one line each.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { personTimeline, type TimelineItem } from '../api';
import './timeline.css';

const when = (at: string) => (at.length > 10 ? formatDateTime(at) : formatDate(at));

function describe(i: TimelineItem): string {
  const f = i.facts;
  switch (i.kind) {
    case 'registered':
      return t('timeline.registered');
    case 'category':
      return t(f.ended_on ? 'timeline.categoryEnded' : 'timeline.category', {
        category: f.name,
        until: f.ended_on ? formatDate(f.ended_on) : '',
      });
    case 'stage':
      return f.from
        ? t('timeline.stage', { from: t(`cases.stages.${f.from}`), to: t(`cases.stages.${f.to}`) })
        : t('timeline.opened');
    case 'netted':
      return t('timeline.netted', {
        kind: t(`patrols.kinds.${f.patrol_kind}`).toLowerCase(),
        place: f.place,
      });
    case 'referral':
      return t(f.referral_kind === 'transfer' ? 'timeline.transfer' : 'timeline.referral', {
        to: f.to,
        status: t(`referrals.statuses.${f.status}`),
      });
    case 'stay_admitted':
      return t('timeline.stayAdmitted', { days: f.planned_days });
    case 'stay_discharged':
      return t('timeline.stayDischarged', { destination: t(`shelter.destinations.${f.destination}`) });
    case 'service':
      return t('timeline.service', {
        type: t(`services.types.${f.type}`),
        status: t(`services.statuses.${f.status}`),
      });
    case 'follow_up':
      return [
        t('timeline.followUp'),
        t('timeline.school', { value: t(`services.visit.school.${f.child_in_school}`) }),
        f.seen_on_street === 'true' ? t('timeline.onStreet') : '',
      ]
        .filter(Boolean)
        .join(' · ');
  }
}

export function PersonTimeline({ personId }: { personId: string }) {
  const [items, setItems] = useState<TimelineItem[] | null>(null);
  const [error, setError] = useState('');
  const [all, setAll] = useState(false);
  useEffect(() => {
    setItems(null);
    personTimeline(personId).then(
      (r) => setItems(r.items),
      (e) => setError(errorMessage(e)),
    );
  }, [personId]);
  const shown = items && !all ? items.slice(0, 20) : items;
  return (
    <section class="timeline" aria-label={t('timeline.title')}>
      <h3>{t('timeline.title')}</h3>
      {error && <Alert kind="error">{error}</Alert>}
      {items?.length === 0 && <p class="muted">{t('timeline.empty')}</p>}
      <ol>
        {shown?.map((i, n) => (
          <li key={n} class={`timeline-${i.kind}`}>
            <time>{when(i.at)}</time>
            <span class="what">{describe(i)}</span>
            {i.kind === 'stage' && i.facts.reason && <span class="muted"> — {i.facts.reason}</span>}
            {i.organization && <span class="who">{i.organization.name}</span>}
          </li>
        ))}
      </ol>
      {items && items.length > 20 && !all && (
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          {t('timeline.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
