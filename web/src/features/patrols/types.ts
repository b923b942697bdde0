export type OrgRef = { id: string; code: string; name: string };

export type Netted = {
  person: { id: string; full_name: string | null; categories: string[] };
  case_id: string;
  case_stage: string | null;
  found_note: string;
  added_at: string;
};

export type Patrol = {
  id: string;
  kind: 'patrol' | 'raid' | 'outreach';
  organization: OrgRef;
  receiving_organization: OrgRef;
  started_at: string;
  ended_at: string | null;
  place_region: string | null;
  place: string;
  coordinates: { latitude: number; longitude: number } | null;
  agencies: string[];
  team: string;
  notes: string;
  persons_count: number;
  persons?: Netted[];
  created_at: string;
};
