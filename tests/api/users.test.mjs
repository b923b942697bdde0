// User administration, password change and who may see whom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, run } from '../lib/server.mjs';

let server, admin, orgs;
before(async () => {
  server = await startServer({ template: true });
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const list = await admin.get('/api/v1/organizations?limit=200');
  orgs = Object.fromEntries(list.json.items.map((o) => [o.code, o]));
});
after(async () => { await server?.stop(); });

test('admin creates a user who can then log in; the username is unique', async () => {
  const body = { username: 'ani.pekerja', display_name: 'Ani Pekerja', organization_id: orgs['RPTC-MKS'].id,
    roles: ['social_worker'], password: 'ani-rahasia-123' };
  const r = await admin.post('/api/v1/users', body);
  assert.equal(r.status, 201);
  assert.equal(r.json.username, 'ani.pekerja');
  assert.equal(r.json.organization.code, 'RPTC-MKS');
  assert.deepEqual(r.json.roles, ['social_worker']);
  const dup = await admin.post('/api/v1/users', body);
  assert.equal(dup.status, 409);
  assert.equal(dup.json.error.code, 'conflict');
  assert.equal(dup.json.error.field, 'username');
  const login = await new Client(server.url).login('ani.pekerja', 'ani-rahasia-123');
  assert.equal(login.status, 200);
  const got = await admin.get(`/api/v1/users/${r.json.id}`);
  assert.equal(got.json.display_name, 'Ani Pekerja');
});

test('invalid user input names the field at fault', async () => {
  const base = { username: 'budi', display_name: 'Budi', organization_id: orgs['DINSOS-MKS'].id, roles: ['analyst'], password: 'budi-rahasia-123' };
  const cases = [
    [{ ...base, username: 'Budi Santoso' }, 'username'],
    [{ ...base, password: 'pendek' }, 'password'],
    [{ ...base, roles: ['superuser'] }, 'roles'],
    [{ ...base, roles: [] }, 'roles'],
    [{ ...base, organization_id: '00000000-0000-7000-8000-000000000000' }, 'organization_id'],
    [{ ...base, display_name: undefined }, 'display_name'],
  ];
  for (const [body, field] of cases) {
    const r = await admin.post('/api/v1/users', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.code, 'invalid_input');
    assert.equal(r.json.error.field, field);
  }
});

test('deactivating a user ends their sessions and refuses their login', async () => {
  const created = await admin.post('/api/v1/users', { username: 'citra', display_name: 'Citra', organization_id: orgs['DINSOS-MKS'].id, roles: ['supervisor'], password: 'citra-rahasia-123' });
  const citra = new Client(server.url);
  assert.equal((await citra.login('citra', 'citra-rahasia-123')).status, 200);
  const off = await admin.patch(`/api/v1/users/${created.json.id}`, { active: false });
  assert.equal(off.status, 200);
  assert.equal(off.json.active, false);
  assert.equal((await citra.get('/api/v1/session')).status, 401);
  assert.equal((await new Client(server.url).login('citra', 'citra-rahasia-123')).status, 401);
  const on = await admin.patch(`/api/v1/users/${created.json.id}`, { active: true, roles: ['supervisor', 'auditor'] });
  assert.deepEqual(on.json.roles.sort(), ['auditor', 'supervisor']);
  assert.equal((await new Client(server.url).login('citra', 'citra-rahasia-123')).status, 200);
});

test('non-admins cannot manage users and only see their own organisation', async () => {
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  const r = await worker.post('/api/v1/users', { username: 'x-user', display_name: 'X', organization_id: orgs['DINSOS-MKS'].id, roles: ['admin'], password: 'x-rahasia-12345' });
  assert.equal(r.status, 403);
  assert.equal(r.json.error.code, 'forbidden');
  const list = await worker.get('/api/v1/users?limit=200');
  assert.equal(list.status, 200);
  assert.ok(list.json.items.length > 0);
  for (const u of list.json.items) assert.equal(u.organization.code, 'DINSOS-MKS');
  assert.ok(!list.json.items.some((u) => u.username === 'partner_manager'), 'LSM-FPS users are hidden');
  const other = await worker.get(`/api/v1/users?organization_id=${orgs['LSM-FPS'].id}`);
  assert.equal(other.status, 403);
  const all = await admin.get('/api/v1/users?limit=200');
  assert.ok(all.json.items.some((u) => u.username === 'partner_manager'), 'admins see everyone');
});

test('users change their own password: wrong current refused, new one works, old one not', async () => {
  await admin.post('/api/v1/users', { username: 'dewi', display_name: 'Dewi', organization_id: orgs['LSM-FPS'].id, roles: ['partner_manager'], password: 'dewi-lama-12345' });
  const dewi = new Client(server.url);
  await dewi.login('dewi', 'dewi-lama-12345');
  const wrong = await dewi.put('/api/v1/session/password', { current_password: 'salah-12345', new_password: 'dewi-baru-12345' });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.json.error.field, 'current_password');
  const weak = await dewi.put('/api/v1/session/password', { current_password: 'dewi-lama-12345', new_password: 'pendek' });
  assert.equal(weak.status, 400);
  assert.equal(weak.json.error.field, 'new_password');
  const ok = await dewi.put('/api/v1/session/password', { current_password: 'dewi-lama-12345', new_password: 'dewi-baru-12345' });
  assert.equal(ok.status, 204);
  assert.equal((await dewi.get('/api/v1/session')).status, 200, 'the current session stays');
  assert.equal((await new Client(server.url).login('dewi', 'dewi-lama-12345')).status, 401);
  assert.equal((await new Client(server.url).login('dewi', 'dewi-baru-12345')).status, 200);
});

test('user pages list with paging', async () => {
  const first = await admin.get('/api/v1/users?limit=2');
  assert.equal(first.json.items.length, 2);
  assert.ok(first.json.next_cursor);
  const second = await admin.get(`/api/v1/users?limit=2&cursor=${encodeURIComponent(first.json.next_cursor)}`);
  assert.ok(second.json.items.every((u) => !first.json.items.some((f) => f.id === u.id)));
  const found = await admin.get('/api/v1/users?q=AUDIT');
  assert.ok(found.json.items.some((u) => u.username === 'auditor'), 'search ignores case');
});

test('a deactivated user\'s bearer token stops working at once', async () => {
  const created = await admin.post('/api/v1/users', { username: 'fajar', display_name: 'Fajar', organization_id: orgs['DINSOS-MKS'].id, roles: ['admin'], password: 'fajar-rahasia-123' });
  assert.equal(created.status, 201);
  const token = run(['token', 'create', '--db', server.db.url, '--username', 'fajar']).trim();
  const api = new Client(server.url);
  api.bearer = token;
  assert.equal((await api.get('/api/v1/users?limit=1')).status, 200);
  assert.equal((await admin.patch(`/api/v1/users/${created.json.id}`, { active: false })).status, 200);
  const r = await api.get('/api/v1/users?limit=1');
  assert.equal(r.status, 401, 'no grace period for a deactivated account');
});

test('a role taken away is gone at once, also for an open session', async () => {
  const created = await admin.post('/api/v1/users', { username: 'gita', display_name: 'Gita', organization_id: orgs['DINSOS-MKS'].id, roles: ['admin'], password: 'gita-rahasia-123' });
  const gita = new Client(server.url);
  await gita.login('gita', 'gita-rahasia-123');
  const before = await gita.post('/api/v1/organizations', { code: 'GITA-1', name: 'Lembaga Gita', type: 'lks', region_code: '73.71' });
  assert.equal(before.status, 201);
  const demoted = await admin.patch(`/api/v1/users/${created.json.id}`, { roles: ['analyst'] });
  assert.deepEqual(demoted.json.roles, ['analyst']);
  const after = await gita.post('/api/v1/organizations', { code: 'GITA-2', name: 'Lembaga Gita 2', type: 'lks', region_code: '73.71' });
  assert.equal(after.status, 403);
  assert.equal(after.json.error.code, 'forbidden');
  assert.deepEqual((await gita.get('/api/v1/session')).json.user.roles, ['analyst']);
});

test('`mitra user add` makes a user who can log in; an unknown organisation is refused', async () => {
  run(['user', 'add', '--db', server.db.url, '--username', 'hadi', '--org', 'RPTC-MKS', '--role', 'social_worker', '--display-name', 'Hadi Cli'],
    { MITRA_PASSWORD: 'hadi-rahasia-123' });
  const r = await new Client(server.url).login('hadi', 'hadi-rahasia-123');
  assert.equal(r.status, 200);
  assert.equal(r.json.user.display_name, 'Hadi Cli');
  assert.equal(r.json.user.organization.code, 'RPTC-MKS');
  assert.deepEqual(r.json.user.roles, ['social_worker']);
  assert.throws(() => run(['user', 'add', '--db', server.db.url, '--username', 'hadi2', '--org', 'NO-SUCH-ORG', '--role', 'analyst'],
    { MITRA_PASSWORD: 'hadi-rahasia-123' }));
  assert.equal((await new Client(server.url).login('hadi2', 'hadi-rahasia-123')).status, 401);
});

test('a user who is not admin cannot edit users, not even to promote themselves', async () => {
  const worker = new Client(server.url);
  const me = (await worker.login('social_worker', server.credentials.social_worker.password)).json.user;
  const r = await worker.patch(`/api/v1/users/${me.id}`, { roles: ['admin'] });
  assert.equal(r.status, 403);
  assert.deepEqual((await worker.get('/api/v1/session')).json.user.roles, ['social_worker']);
  assert.equal((await admin.get('/api/v1/users/00000000-0000-7000-8000-000000000000')).status, 404);
});
