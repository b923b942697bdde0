export type ComplaintStatus = 'new' | 'triaged' | 'dispatched' | 'resolved' | 'rejected';
export const complaintStatuses: ComplaintStatus[] = ['new', 'triaged', 'dispatched', 'resolved', 'rejected'];
export const complaintCategories = [
  'anak_jalanan',
  'anak_terlantar',
  'pengemis',
  'gelandangan',
  'lansia_terlantar',
  'disabilitas_terlantar',
  'odgj',
  'kekerasan_anak',
  'lainnya',
] as const;
export const complaintChannels = ['phone', 'whatsapp', 'walk_in', 'sms', 'web'] as const;
export const complaintPriorities = ['low', 'medium', 'high', 'urgent'] as const;

// What the public form sends and gets back: a ticket and a status, nothing else.
export type ComplaintReport = {
  category: string;
  description: string;
  region_code?: string;
  place: string;
  seen_at: string;
  reporter_name?: string;
  reporter_phone?: string;
};
export type Receipt = { ticket: string; status: ComplaintStatus };
export type PublicStatus = Receipt & { created_at: string; updated_at: string; closed_at: string | null };
export type ServedArea = {
  organization_id: string;
  organization_name: string;
  region_code: string;
  region_name: string;
};

type OrgRef = { id: string; code: string; name: string } | null;
export type Complaint = {
  id: string;
  ticket: string;
  channel: string;
  category: string;
  description: string;
  region_code: string;
  place: string;
  seen_at: string;
  organization: OrgRef;
  status: ComplaintStatus;
  priority: string | null;
  triage_note: string | null;
  team: string | null;
  dispatched_organization: OrgRef;
  outcome: string | null;
  created_at: string;
  updated_at: string;
  triaged_at: string | null;
  dispatched_at: string | null;
  closed_at: string | null;
  // Only in the detail (GET one, and the answers to changes).
  reporter?: { name: string | null; phone: string | null };
  persons?: { id: string; full_name: string | null }[];
};
