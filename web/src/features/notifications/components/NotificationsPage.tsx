// Pusat notifikasi: what is due for the user, most urgent first; opening an item marks it read.
import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { dismiss, listNotifications, markRead } from '../api';
import type { Notification } from '../types';
import { NOTIFICATIONS_CHANGED } from './NotificationBell';
import '../notifications.css';

const changed = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));

// The item's title in the user's language when its kind is known, else the server's words.
function titleOf(n: Notification) {
  const key = `notifications.kinds.${n.kind}`;
  const translated = t(key);
  return translated !== key ? translated : n.title;
}

const dueText = (due: string) => (due.length === 10 ? formatDate(due) : formatDateTime(due));

export function NotificationsPage({ navigate }: { navigate: (path: string) => void }) {
  const [showDismissed, setShowDismissed] = useState(false);
  const [error, setError] = useState('');
  const list = usePagedList(
    (cursor) => listNotifications({ cursor, include: showDismissed ? 'dismissed' : undefined }),
    [showDismissed],
    0,
  );

  async function act(run: () => Promise<unknown>) {
    try {
      await run();
      setError('');
      changed();
      list.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function open(n: Notification) {
    if (!n.read) await markRead({ keys: [n.key] }).catch(() => undefined);
    changed();
    navigate(n.link);
  }

  const unread = list.items.filter((n) => !n.read).length;
  return (
    <section class="notifications">
      <div class="page-head">
        <h1>{t('notifications.title')}</h1>
        <button type="button" disabled={unread === 0} onClick={() => act(() => markRead({ all: true }))}>
          {t('notifications.markAll')}
        </button>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={showDismissed}
          onChange={(e) => setShowDismissed(e.currentTarget.checked)}
        />
        {t('notifications.showDismissed')}
      </label>
      {(error || list.error) && <Alert>{error || list.error}</Alert>}
      {!list.loading && list.items.length === 0 && <p class="muted">{t('notifications.empty')}</p>}
      <ul class="notification-list">
        {list.items.map((n) => (
          <li
            key={n.key}
            class={`card notification severity-${n.severity}${n.read ? ' read' : ''}`}
            data-kind={n.kind}
          >
            <a
              href={n.link}
              onClick={(e) => {
                e.preventDefault();
                e.stopPropagation();
                open(n);
              }}
            >
              <strong>
                {!n.read && <span class="dot" aria-label={t('notifications.unread')} />}
                {titleOf(n)}
              </strong>
              <span class="detail">{n.detail}</span>
              {n.due && <span class="muted">{t('notifications.due', { date: dueText(n.due) })}</span>}
            </a>
            <div class="actions">
              {!n.read && (
                <button type="button" onClick={() => act(() => markRead({ keys: [n.key] }))}>
                  {t('notifications.markRead')}
                </button>
              )}
              <button type="button" onClick={() => act(() => dismiss([n.key]))}>
                {t('notifications.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {list.hasMore && (
        <button type="button" class="more" onClick={list.loadMore}>
          {t('notifications.more')}
        </button>
      )}
    </section>
  );
}
