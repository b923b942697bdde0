import { api, query, type Page } from '../../lib/api-client';
import type { Notification, NotificationSummary } from './types';

export const listNotifications = (p: { include?: string; cursor?: string | null; limit?: number }) =>
  api<Page<Notification> & { unread: number }>('GET', `/api/v1/notifications${query(p)}`);
export const notificationSummary = () => api<NotificationSummary>('GET', '/api/v1/notifications/summary');
export const markRead = (body: { keys?: string[]; all?: boolean }) =>
  api<NotificationSummary>('POST', '/api/v1/notifications/read', body);
export const dismiss = (keys: string[]) =>
  api<NotificationSummary>('POST', '/api/v1/notifications/dismiss', { keys });
