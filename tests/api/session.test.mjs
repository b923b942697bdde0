// Logging in and out, sessions, CSRF and bearer tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, run } from '../lib/server.mjs';

let server;
before(async () => { server = await startServer({ template: true }); });
after(async () => { await server?.stop(); });

// A client that holds a session cookie but sends no X-CSRF-Token at all (not even an empty one).
function withoutCsrf(c) {
  const bare = new Client(server.url);
  bare.cookie = c.cookie;
  return bare;
}

test('login sets an HttpOnly SameSite=Strict cookie and returns the CSRF token and user', async () => {
  const c = new Client(server.url);
  const r = await c.login('admin', server.credentials.admin.password);
  assert.equal(r.status, 200);
  const cookie = r.headers.get('set-cookie');
  assert.match(cookie, /^mitra_session=[A-Za-z0-9_-]{20,};/);
  assert.match(cookie, /;\s*HttpOnly/i);
  assert.match(cookie, /;\s*SameSite=Strict/i);
  assert.match(cookie, /;\s*Path=\/(;|$)/);
  assert.ok(typeof r.json.csrf_token === 'string' && r.json.csrf_token.length >= 20);
  assert.ok(!cookie.includes(r.json.csrf_token), 'the CSRF token is not the cookie');
  const u = r.json.user;
  assert.equal(u.username, 'admin');
  assert.deepEqual(u.roles, ['admin']);
  assert.equal(u.organization.code, 'DINSOS-MKS');
  assert.equal(u.active, true);
  assert.ok(['id', 'en'].includes(u.language));
  assert.match(u.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'ids are UUID v7');
  assert.ok(!JSON.stringify(r.json).toLowerCase().includes('password'), 'no password hash in the answer');
  assert.ok(!JSON.stringify(r.json).includes('argon2'), 'no password hash in the answer');
  // Every demo role logs in and carries its role.
  for (const role of ['supervisor', 'social_worker', 'partner_manager', 'analyst', 'auditor']) {
    const l = await new Client(server.url).login(role, server.credentials[role].password);
    assert.equal(l.status, 200, role);
    assert.ok(l.json.user.roles.includes(role), role);
    assert.equal(l.json.user.organization.code, role === 'partner_manager' ? 'LSM-FPS' : 'DINSOS-MKS');
  }
});

test('each login makes a new session: a cookie presented at login is not kept', async () => {
  const c = new Client(server.url);
  await c.login('supervisor', server.credentials.supervisor.password);
  const first = c.cookie;
  c.csrf = null;
  await c.login('supervisor', server.credentials.supervisor.password);
  assert.ok(c.cookie && c.cookie !== first, 'session id changes on login');
});

test('wrong password and unknown user get the same 401', async () => {
  const wrong = await new Client(server.url).login('supervisor', 'not-the-password');
  const unknown = await new Client(server.url).login('nobody-here', 'not-the-password');
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  assert.equal(wrong.json.error.code, 'invalid_credentials');
  assert.equal(unknown.json.error.code, 'invalid_credentials');
  assert.equal(wrong.json.error.message, unknown.json.error.message);
  assert.equal(wrong.headers.get('set-cookie'), null, 'no session for a failed login');
  assert.equal(wrong.json.error.request_id, wrong.headers.get('x-request-id'));
});

test('GET /session restores the session after a reload; without a cookie it is 401', async () => {
  const c = new Client(server.url);
  const login = await c.login('supervisor', server.credentials.supervisor.password);
  const s = await c.get('/api/v1/session');
  assert.equal(s.status, 200);
  assert.equal(s.json.csrf_token, login.json.csrf_token);
  assert.equal(s.json.user.username, 'supervisor');
  assert.deepEqual(s.json.user.roles, login.json.user.roles);
  const anon = await new Client(server.url).get('/api/v1/session');
  assert.equal(anon.status, 401);
  assert.equal(anon.json.error.code, 'unauthenticated');
  const forged = new Client(server.url);
  forged.cookie = 'mitra_session=' + 'A'.repeat(43);
  assert.equal((await forged.get('/api/v1/session')).status, 401);
  // Protected resources need a session too.
  assert.equal((await new Client(server.url).get('/api/v1/organizations')).status, 401);
});

test('logout ends the server-side session: the old cookie stops working', async () => {
  const c = new Client(server.url);
  await c.login('analyst', server.credentials.analyst.password);
  const oldCookie = c.cookie;
  assert.equal((await c.get('/api/v1/organizations?limit=1')).status, 200);
  const out = await c.delete('/api/v1/session');
  assert.equal(out.status, 204);
  assert.match(out.headers.get('set-cookie'), /mitra_session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  assert.equal((await c.get('/api/v1/session')).status, 401, 'the browser holds no session');
  const replay = new Client(server.url);
  replay.cookie = oldCookie;
  const r = await replay.get('/api/v1/session');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'unauthenticated');
  assert.equal((await replay.get('/api/v1/organizations?limit=1')).status, 401);
});

test('cookie writes without or with a wrong X-CSRF-Token are refused; with it they pass', async () => {
  const c = new Client(server.url);
  await c.login('admin', server.credentials.admin.password);
  const bare = withoutCsrf(c);
  const org = { code: 'CSRF-ORG', name: 'Lembaga Uji CSRF', type: 'lks', region_code: '73.71' };
  // POST, PATCH, DELETE without the header at all.
  const post = await bare.post('/api/v1/organizations', org);
  assert.equal(post.status, 403);
  assert.equal(post.json.error.code, 'csrf_failed');
  const patch = await bare.patch('/api/v1/session/preferences', { language: 'en' });
  assert.equal(patch.status, 403);
  assert.equal(patch.json.error.code, 'csrf_failed');
  const del = await bare.delete('/api/v1/session');
  assert.equal(del.status, 403);
  assert.equal(del.json.error.code, 'csrf_failed');
  assert.equal((await c.get('/api/v1/session')).status, 200, 'a forged logout does not end the session');
  // An empty and a wrong header.
  for (const token of ['', 'forged', c.csrf.slice(0, -1) + (c.csrf.endsWith('A') ? 'B' : 'A')]) {
    const r = await c.request('POST', '/api/v1/organizations', org, { 'x-csrf-token': token });
    assert.equal(r.status, 403, `token ${JSON.stringify(token)}`);
    assert.equal(r.json.error.code, 'csrf_failed');
  }
  // Another session's token does not fit this session.
  const other = new Client(server.url);
  await other.login('supervisor', server.credentials.supervisor.password);
  const cross = await c.request('POST', '/api/v1/organizations', org, { 'x-csrf-token': other.csrf });
  assert.equal(cross.status, 403);
  assert.equal(cross.json.error.code, 'csrf_failed');
  // Nothing was created by the refused requests.
  const list = await c.get('/api/v1/organizations?q=CSRF-ORG');
  assert.equal(list.json.items.length, 0);
  // With the right token each of them passes.
  const created = await c.post('/api/v1/organizations', org);
  assert.equal(created.status, 201);
  const ok = await c.patch('/api/v1/session/preferences', { language: 'en' });
  assert.equal(ok.status, 200);
  assert.equal(ok.json.language, 'en');
  assert.equal((await c.get('/api/v1/session')).json.user.language, 'en', 'the preference is kept');
  const back = await c.patch('/api/v1/session/preferences', { language: 'id' });
  assert.equal(back.json.language, 'id');
  const bad = await c.patch('/api/v1/session/preferences', { language: 'fr' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.code, 'invalid_input');
  assert.equal(bad.json.error.field, 'language');
  const out = await c.delete('/api/v1/session');
  assert.equal(out.status, 204);
});

test('bearer tokens from `mitra token create` authenticate without CSRF; bad tokens are 401', async () => {
  const token = run(['token', 'create', '--db', server.db.url, '--username', 'admin', '--name', 'test']).trim();
  assert.ok(!token.includes('\n') && token.length >= 32, 'one line, a long random token');
  const c = new Client(server.url);
  c.bearer = token;
  const list = await c.get('/api/v1/organizations?limit=1');
  assert.equal(list.status, 200);
  const created = await c.post('/api/v1/organizations', { code: 'TOKEN-ORG', name: 'Dibuat lewat token', type: 'lks', region_code: '73.71' });
  assert.equal(created.status, 201);
  const edited = await c.patch(`/api/v1/organizations/${created.json.id}`, { name: 'Diubah lewat token' });
  assert.equal(edited.status, 200);
  assert.equal(edited.json.name, 'Diubah lewat token');
  const bad = new Client(server.url);
  bad.bearer = token.slice(0, -2) + (token.endsWith('xx') ? 'yy' : 'xx');
  const r = await bad.get('/api/v1/organizations');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'unauthenticated');
  const badWrite = await bad.post('/api/v1/organizations', { code: 'BAD-TOKEN', name: 'x', type: 'lks', region_code: '73.71' });
  assert.equal(badWrite.status, 401);
  for (const authorization of ['Basic YWRtaW46YWRtaW4=', 'Bearer', 'Bearer ', `Bearer ${'z'.repeat(5000)}`]) {
    const m = await fetch(`${server.url}/api/v1/organizations`, { headers: { authorization } });
    assert.equal(m.status, 401, authorization.slice(0, 20));
  }
  // A token for a user that does not exist is refused by the command line.
  assert.throws(() => run(['token', 'create', '--db', server.db.url, '--username', 'no-such-user']));
});
