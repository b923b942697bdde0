export type Notification = {
  key: string;
  kind: string;
  title: string;
  detail: string;
  due: string | null;
  link: string;
  severity: 'info' | 'warning' | 'danger';
  read: boolean;
};
export type NotificationSummary = { unread: number; total: number };
