export type Role = 'admin' | 'supervisor' | 'social_worker' | 'partner_manager' | 'analyst' | 'auditor';
export const ROLES: Role[] = ['admin', 'supervisor', 'social_worker', 'partner_manager', 'analyst', 'auditor'];

export type User = {
  id: string;
  username: string;
  display_name: string;
  organization: { id: string; code: string; name: string; type: string };
  roles: Role[];
  active: boolean;
  language: 'id' | 'en';
  created_at: string;
};

export type Session = { csrf_token: string; user: User };
