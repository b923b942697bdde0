import { t } from '../../../lib/i18n';
import type { Meeting } from '../types';

// Direncanakan / Terlaksana / Dibatalkan as a badge.
export function MeetingStatus({ m }: { m: Meeting }) {
  return <span class={`badge meeting-${m.status}`}>{t(`meetings.status.${m.status}`)}</span>;
}
