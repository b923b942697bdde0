import { api, query, type Page } from '../../lib/api-client';
import type { User } from '../auth/types';

export type UserInput = {
  username?: string;
  display_name?: string;
  organization_id?: string;
  roles?: string[];
  password?: string;
  active?: boolean;
};

export const listUsers = (p: { q?: string; cursor?: string | null; limit?: number }) =>
  api<Page<User>>('GET', `/api/v1/users${query(p)}`);
export const createUser = (body: UserInput) => api<User>('POST', '/api/v1/users', body);
export const updateUser = (id: string, body: UserInput) => api<User>('PATCH', `/api/v1/users/${id}`, body);
