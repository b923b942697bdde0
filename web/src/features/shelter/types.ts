export const BED_GROUPS = ['male_child', 'female_child', 'male_adult', 'female_adult'] as const;
export type BedGroup = (typeof BED_GROUPS)[number];
export type Beds = Record<BedGroup, number>;
export const DESTINATIONS = ['family', 'lks', 'home', 'hospital', 'ran_away', 'other'] as const;
export type Destination = (typeof DESTINATIONS)[number];

type OrgRef = { id: string; code: string; name: string };

export type Facility = {
  organization: OrgRef & { type: string };
  capacity: Beds;
  occupied: Beds;
  total_beds: number;
  total_occupied: number;
  updated_at: string;
};

export type Stay = {
  id: string;
  facility: OrgRef;
  case_id: string;
  person: { id: string; full_name: string | null };
  bed_group: BedGroup;
  sex: 'L' | 'P';
  age_group: 'child' | 'adult';
  status: 'open' | 'discharged';
  overdue: boolean;
  days_stayed: number;
  admitted_at: string;
  planned_days: number;
  planned_until: string;
  health_checked: boolean;
  health_note: string | null;
  belongings: { item: string; returned: boolean | null }[] | null;
  discharged_at: string | null;
  destination: Destination | null;
  handover: { name: string | null; relation: string | null; organization: string | null } | null;
  discharge_note: string | null;
};

export type Occupancy = {
  facility: OrgRef;
  date: string;
  groups: {
    bed_group: BedGroup;
    sex: 'L' | 'P';
    age_group: 'child' | 'adult';
    capacity: number;
    occupied: number;
    free: number;
  }[];
  stays: Stay[];
};

// "2026-11-25T08:00:00.000Z" as "2026-11-25 08:00" (UTC, as stored).
export const shortTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');
// A <input type=datetime-local> value (local time) as the server's ISO UTC text; '' stays ''.
export const toIso = (local: string) => (local ? new Date(local).toISOString() : '');
