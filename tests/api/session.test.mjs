// Logging in and out, sessions, CSRF and bearer tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, run } from '../lib/server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('login sets an HttpOnly SameSite=Strict cookie and returns the CSRF token and user', async () => {
  const c = new Client(server.url);
  const r = await c.login('admin', server.credentials.admin.password);
  assert.equal(r.status, 200);
  const cookie = r.headers.get('set-cookie');
  assert.match(cookie, /mitra_session=[A-Za-z0-9_-]{20,}/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.ok(r.json.csrf_token.length >= 20);
  assert.equal(r.json.user.username, 'admin');
  assert.deepEqual(r.json.user.roles, ['admin']);
  assert.equal(r.json.user.organization.code, 'DINSOS-MKS');
  assert.ok(!JSON.stringify(r.json).includes('password'), 'no password hash in the answer');
});

test('wrong password and unknown user get the same 401', async () => {
  const wrong = await new Client(server.url).login('supervisor', 'not-the-password');
  const unknown = await new Client(server.url).login('nobody-here', 'not-the-password');
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  assert.equal(wrong.json.error.code, 'invalid_credentials');
  assert.equal(wrong.json.error.message, unknown.json.error.message);
});

test('GET /session restores the session after a reload; without a cookie it is 401', async () => {
  const c = new Client(server.url);
  const login = await c.login('supervisor', server.credentials.supervisor.password);
  const s = await c.get('/api/v1/session');
  assert.equal(s.status, 200);
  assert.equal(s.json.csrf_token, login.json.csrf_token);
  assert.equal(s.json.user.username, 'supervisor');
  const anon = await new Client(server.url).get('/api/v1/session');
  assert.equal(anon.status, 401);
  assert.equal(anon.json.error.code, 'unauthenticated');
});

test('logout ends the server-side session: the old cookie stops working', async () => {
  const c = new Client(server.url);
  await c.login('analyst', server.credentials.analyst.password);
  const oldCookie = c.cookie;
  const out = await c.delete('/api/v1/session');
  assert.equal(out.status, 204);
  assert.match(out.headers.get('set-cookie'), /Max-Age=0/);
  const replay = new Client(server.url);
  replay.cookie = oldCookie;
  const r = await replay.get('/api/v1/session');
  assert.equal(r.status, 401);
});

test('cookie writes without or with a wrong X-CSRF-Token are refused; with it they pass', async () => {
  const c = new Client(server.url);
  await c.login('admin', server.credentials.admin.password);
  const body = { language: 'en' };
  const none = await c.request('PATCH', '/api/v1/session/preferences', body, { 'x-csrf-token': '' });
  assert.equal(none.status, 403);
  assert.equal(none.json.error.code, 'csrf_failed');
  const wrong = await c.request('PATCH', '/api/v1/session/preferences', body, { 'x-csrf-token': 'forged' });
  assert.equal(wrong.status, 403);
  const ok = await c.patch('/api/v1/session/preferences', body);
  assert.equal(ok.status, 200);
  assert.equal(ok.json.language, 'en');
  const back = await c.patch('/api/v1/session/preferences', { language: 'id' });
  assert.equal(back.json.language, 'id');
  const bad = await c.patch('/api/v1/session/preferences', { language: 'fr' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'language');
});

test('bearer tokens from `mitra token create` authenticate without CSRF; bad tokens are 401', async () => {
  const token = run(['token', 'create', '--db', server.db.url, '--username', 'admin', '--name', 'test']).trim();
  assert.match(token, /^mt_[A-Za-z0-9_-]{40,}$/);
  const c = new Client(server.url);
  c.bearer = token;
  const list = await c.get('/api/v1/organizations?limit=1');
  assert.equal(list.status, 200);
  const created = await c.post('/api/v1/organizations', { code: 'TOKEN-ORG', name: 'Dibuat lewat token', type: 'lks', region_code: '73.71' });
  assert.equal(created.status, 201);
  const bad = new Client(server.url);
  bad.bearer = token.slice(0, -2) + 'xx';
  assert.equal((await bad.get('/api/v1/organizations')).status, 401);
  const malformed = await fetch(`${server.url}/api/v1/organizations`, { headers: { authorization: 'Basic abc' } });
  assert.equal(malformed.status, 401);
});
