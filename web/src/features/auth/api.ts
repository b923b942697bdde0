import { api } from '../../lib/api-client';
import type { Session, User } from './types';

export const login = (username: string, password: string) =>
  api<Session>('POST', '/api/v1/session', { username, password });
export const currentSession = () => api<Session>('GET', '/api/v1/session');
export const logout = () => api<void>('DELETE', '/api/v1/session');
export const changePassword = (current_password: string, new_password: string) =>
  api<void>('PUT', '/api/v1/session/password', { current_password, new_password });
export const savePreferences = (language: 'id' | 'en') =>
  api<User>('PATCH', '/api/v1/session/preferences', { language });

export interface EmailPreference {
  address: string;
  enabled: boolean;
}
export const emailPreference = () => api<EmailPreference>('GET', '/api/v1/session/email');
export const saveEmailPreference = (p: EmailPreference) => api<EmailPreference>('PUT', '/api/v1/session/email', p);
