// Data ganda: a pair of person records the linkage engine thinks may be one person.
export type DuplicateSide = {
  visible: boolean;
  person_id: string | null;
  name: string;
  birth_year: string;
  sex: 'L' | 'P';
  organization: { id: string; code: string; name: string };
  merged_into: string | null;
  person?: Record<string, unknown> & {
    id: string;
    full_name: string;
    birth_date: string | null;
    mother_name: string;
    nik: string | null;
    domicile_address: string;
    region_code: string;
  };
};

export type Evidence = { field: string; level: number; agreement: 'same' | 'similar' | 'partial' | 'different' };

export type Duplicate = {
  id: string;
  status: 'open' | 'merged' | 'not_same' | 'unmerged';
  probability: number;
  weight: number;
  decision: 'match' | 'possible_match';
  evidence: Evidence[];
  a: DuplicateSide;
  b: DuplicateSide;
  survivor_id: string | null;
  absorbed_id: string | null;
  found_at: string;
  decided_at: string | null;
};
