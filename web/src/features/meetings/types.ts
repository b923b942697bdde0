export type OrgRef = { id: string; code: string; name: string; type: string };

export type Participant = { organization: OrgRef; organizer: boolean; attended: boolean; attendees: number };

export type ActionStatus = 'open' | 'done' | 'cancelled';
export type DueState = 'closed' | 'upcoming' | 'due_soon' | 'overdue';

export type ActionItem = {
  id: string;
  description: string;
  owner_organization: OrgRef;
  owner_user: { id: string; display_name: string } | null;
  due_date: string;
  status: ActionStatus;
  due_state: DueState;
  done_at: string | null;
  may_complete: boolean;
};

export type Meeting = {
  id: string;
  title: string;
  organizer: OrgRef;
  region_code: string;
  partnership_id: string | null;
  starts_at: string;
  ends_at: string | null;
  mode: 'in_person' | 'online';
  place: string | null;
  link: string | null;
  status: 'planned' | 'held' | 'cancelled';
  agenda: string[];
  minutes: string;
  decisions: string[];
  participants: Participant[];
  invited_count: number;
  attended_count: number;
  attendees_total: number;
  action_items: ActionItem[];
  open_action_items: number;
  may_edit: boolean;
};

export type AttendanceRow = { organization: OrgRef; invited: number; attended: number; rate: number };
export type AttendanceReport = {
  from: string;
  to: string;
  region: string;
  meetings: number;
  items: AttendanceRow[];
};
