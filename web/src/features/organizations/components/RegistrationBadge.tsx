// The registration badge shown wherever an organisation appears: registered until, expired,
// in process, or not registered.
import { formatDate, t } from '../../../lib/i18n';
import type { RegistrationSummary } from '../types';

export function RegistrationBadge({ registration: r }: { registration?: RegistrationSummary }) {
  if (!r) return null;
  const pending = r.status === 'submitted' || r.status === 'returned' || r.status === 'recommended';
  const parts = [];
  if (r.valid_until && r.expired)
    parts.push(
      <span key="e" class="badge reg-expired" data-registration="expired">
        {t('registration.expired', { date: formatDate(r.valid_until) })}
      </span>,
    );
  else if (r.valid_until)
    parts.push(
      <span key="r" class="badge reg-ok" data-registration="registered">
        {t('registration.registered', { date: formatDate(r.valid_until) })}
      </span>,
    );
  if (pending)
    parts.push(
      <span key="p" class="badge reg-pending" data-registration="pending">
        {t('registration.inProcess', { status: t(`registration.status.${r.status}`) })}
      </span>,
    );
  if (parts.length === 0)
    parts.push(
      <span key="n" class="badge reg-none" data-registration={r.status}>
        {t(`registration.status.${r.status}`)}
      </span>,
    );
  return <span class="reg-badges">{parts}</span>;
}

export function DueMark({ overdue, daysLeft, open }: { overdue: boolean; daysLeft: number; open: boolean }) {
  if (!open) return null;
  if (overdue)
    return (
      <span class="badge reg-expired" data-overdue="true">
        {t('registration.daysLate', { n: -daysLeft })}
      </span>
    );
  return <span class="muted">{t('registration.daysLeft', { n: daysLeft })}</span>;
}
