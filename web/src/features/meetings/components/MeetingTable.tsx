// Meetings as a table (cards on a phone): when, with its status; title and mode; organiser;
// attendance; open action items. For the meetings page and a partnership's page.
import { formatDateTime, t } from '../../../lib/i18n';
import type { Meeting } from '../types';
import { MeetingStatus } from './MeetingStatus';

export function MeetingTable({ items }: { items: Meeting[] }) {
  return (
    <table class="list meeting-list">
      <thead>
        <tr>
          <th>{t('meetings.fields.starts')}</th>
          <th>{t('meetings.fields.title')}</th>
          <th>{t('meetings.organizer')}</th>
          <th>{t('meetings.attendance')}</th>
          <th>{t('meetings.actionItems')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((m) => (
          <tr key={m.id}>
            <td data-label={t('meetings.fields.starts')}>
              {formatDateTime(m.starts_at)} <MeetingStatus m={m} />
            </td>
            <td data-label={t('meetings.fields.title')}>
              <a href={`/rapat/${m.id}`}>{m.title}</a>
              <div class="muted">{t(`meetings.mode.${m.mode}`)}</div>
            </td>
            <td data-label={t('meetings.organizer')}>{m.organizer.name}</td>
            <td data-label={t('meetings.attendance')}>
              {m.status === 'held'
                ? t('meetings.attendedOf', { n: m.attended_count, of: m.invited_count })
                : t('meetings.invitedN', { n: m.invited_count })}
            </td>
            <td data-label={t('meetings.actionItems')}>{t('meetings.openN', { n: m.open_action_items })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
