import { api } from '../../lib/api-client';

export type PersonRef = { visible: boolean; id: string | null; full_name: string | null; display_name: string };
export type Relative = { link_id: string; relation: string; person: PersonRef };
export type Household = {
  id: string;
  region_code: string;
  address: string;
  kk_number: string | null;
  members: { person: PersonRef; relation: string; added_at: string }[];
};
export type Family = { person_id: string; relatives: Relative[]; household: Household | null };

export const RELATIONS = ['parent', 'child', 'sibling', 'guardian', 'ward', 'spouse'] as const;
export const HOUSEHOLD_ROLES = ['spouse', 'child', 'child_in_law', 'grandchild', 'parent', 'parent_in_law', 'sibling', 'other_relative', 'other'] as const;

export const getFamily = (personId: string) => api<Family>('GET', `/api/v1/persons/${personId}/family`);
export const addRelative = (personId: string, relative_id: string, relation: string) =>
  api<Relative>('POST', `/api/v1/persons/${personId}/family`, { relative_id, relation });
export const createHousehold = (body: { head_person_id: string; region_code: string; address: string; kk_number: string }) =>
  api<Household>('POST', '/api/v1/households', body);
export const addHouseholdMember = (id: string, person_id: string, relation: string) =>
  api<Household>('POST', `/api/v1/households/${id}/members`, { person_id, relation });
