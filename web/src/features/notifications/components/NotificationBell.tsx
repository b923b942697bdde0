// The bell in the header: the unread count, refreshed on every page change, every minute, and
// when the notifications page marks items read.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { notificationSummary } from '../api';
import '../notifications.css';

export const NOTIFICATIONS_CHANGED = 'mitra:notifications-changed';

export function NotificationBell({ path }: { path: string }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const load = () =>
      notificationSummary().then(
        (s) => setUnread(s.unread),
        () => undefined,
      );
    load();
    const timer = setInterval(load, 60_000);
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, [path]);
  const label = unread > 0 ? t('notifications.bellUnread', { n: unread }) : t('notifications.bell');
  return (
    <a href="/notifikasi" class="bell" aria-label={label} title={label}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span class="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </a>
  );
}
