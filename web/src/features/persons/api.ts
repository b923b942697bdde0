import { api, query, type Page } from '../../lib/api-client';
import type { Candidate, Person, PersonSummary, PmksCategory } from './types';

export const listPersons = (p: {
  q?: string;
  category?: string;
  organization?: string;
  cursor?: string | null;
  limit?: number;
}) => api<Page<PersonSummary>>('GET', `/api/v1/persons${query(p)}`);
export const getPerson = (id: string) => api<Person>('GET', `/api/v1/persons/${id}`);
export const registerPerson = (body: Record<string, unknown>) => api<Person>('POST', '/api/v1/persons', body);
// A correction: only the changed fields; null clears an optional one.
export const updatePerson = (id: string, body: Record<string, unknown>) =>
  api<Person>('PATCH', `/api/v1/persons/${id}`, body);
export const findMatches = (body: {
  full_name?: string;
  nik?: string;
  birth_date?: string;
  mother_name?: string;
}) => api<Page<Candidate>>('POST', '/api/v1/persons/matches', body);
export const listCategories = () => api<Page<PmksCategory>>('GET', '/api/v1/pmks-categories');
export const addPersonCategory = (id: string, body: { category: string; assessed_on?: string }) =>
  api<Person>('POST', `/api/v1/persons/${id}/categories`, body);
export const endPersonCategory = (id: string, code: string, body: { ended_on?: string }) =>
  api<Person>('POST', `/api/v1/persons/${id}/categories/${encodeURIComponent(code)}/end`, body);
