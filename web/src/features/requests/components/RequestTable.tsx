// Request letters as a table (cards on a phone): subject and letter number, the other
// organisation (or both), received, reply due with overdue and escalated marks, status. For the
// inbox and outbox and for a partnership's page.
import { formatDate, t } from '../../../lib/i18n';
import type { AssistanceRequest } from '../types';
import { requestsPath, StatusBadge } from './RequestsPage';

type Party = 'requester' | 'responder' | 'both';

const partyLabel = (party: Party) => t(party === 'both' ? 'requests.fromTo' : `requests.${party}`);
const partyName = (r: AssistanceRequest, party: Party) =>
  party === 'both' ? `${r.requester.name} → ${r.responder.name}` : r[party].name;

export function RequestTable({ items, party, testId }: { items: AssistanceRequest[]; party: Party; testId: string }) {
  return (
    <table class="list" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('requests.subject')}</th>
          <th>{partyLabel(party)}</th>
          <th>{t('requests.received')}</th>
          <th>{t('requests.due')}</th>
          <th>{t('common.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} class={r.overdue ? 'overdue' : ''}>
            <td data-label={t('requests.subject')}>
              <a href={`${requestsPath}/${r.id}`}>{r.title}</a>
              <div class="muted small">{r.letter_number}</div>
            </td>
            <td data-label={partyLabel(party)}>{partyName(r, party)}</td>
            <td data-label={t('requests.received')}>{formatDate(r.received_on)}</td>
            <td data-label={t('requests.due')}>
              {formatDate(r.reply_due)}
              {r.overdue && <span class="badge late">{t('requests.overdue', { n: r.days_late })}</span>}
              {r.escalated && r.overdue && <span class="badge escalated">{t('requests.escalated')}</span>}
              {!r.overdue && r.days_late > 0 && r.decided_on && (
                <span class="badge late">{t('requests.answeredLate', { n: r.days_late })}</span>
              )}
            </td>
            <td data-label={t('common.status')}>
              <StatusBadge r={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
