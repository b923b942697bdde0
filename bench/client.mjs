// The benchmarks' HTTP client: one signed-in session (cookie and CSRF token) and a timer.
export async function signIn(url, username, password) {
  let cookie = '';
  let csrf = '';
  async function call(method, path, body) {
    const headers = { cookie };
    if (body) headers['content-type'] = 'application/json';
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await fetch(url + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const set = res.headers.get('set-cookie');
    if (set) cookie = /mitra_session=[^;]*/.exec(set)?.[0] ?? cookie;
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }
  csrf = (await call('POST', '/api/v1/session', { username, password })).csrf_token;
  return call;
}

// [milliseconds, result] of an async call.
export async function timed(fn) {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}
