// The one way the app talks to the server: JSON over fetch with the session cookie, the CSRF
// token on every write, and server errors turned into ApiError.
export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field?: string,
    public retryAfter?: number,
  ) {
    super(message);
  }
}

export type Page<T> = { items: T[]; next_cursor: string | null };

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

// The CSRF header for writes sent without api() (file uploads).
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

// Called when a request finds the session gone (expired, logged out elsewhere).
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: handled below */
  }
  if (!res.ok) {
    const e = (json as { error?: { code: string; message: string; field?: string; retry_after?: number } })?.error;
    if (res.status === 401 && e?.code === 'unauthenticated' && path !== '/api/v1/session') onUnauthenticated?.();
    throw new ApiError(res.status, e?.code ?? 'http_' + res.status, e?.message ?? '', e?.field, e?.retry_after);
  }
  return json as T;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
