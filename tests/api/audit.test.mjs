// The audit log: written for logins and changes, read by auditors, tamper-evident.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, Client, bin } from '../lib/server.mjs';

let server, auditor, admin;
before(async () => {
  server = await startServer({ template: true });
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
});
after(async () => { await server?.stop(); });

// Runs SQL on a test database with the engine's own command-line client (sqlite3 or psql).
function sql(url, statement) {
  if (url.startsWith('postgresql:'))
    return execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', url, '-c', statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return execFileSync('sqlite3', ['-bail', url.slice('sqlite:'.length), statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// What a malicious DBA does first: switch off whatever guards audit_log against edits.
function disableGuards(url) {
  if (url.startsWith('postgresql:')) return sql(url, 'ALTER TABLE audit_log DISABLE TRIGGER ALL');
  const triggers = sql(url, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").split('\n').filter(Boolean);
  for (const t of triggers) sql(url, `DROP TRIGGER "${t}"`);
}

function verify(url) {
  try {
    return { code: 0, out: execFileSync(bin, ['audit', 'verify', '--db', url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

test('logins, failed logins and user changes are audited with request id and address', async () => {
  await new Client(server.url).login('supervisor', 'definitely-wrong');
  const orgs = await admin.get('/api/v1/organizations?q=makassar&limit=1');
  const created = await admin.post('/api/v1/users', { username: 'eko', display_name: 'Eko', organization_id: orgs.json.items[0].id, roles: ['analyst'], password: 'eko-rahasia-123' });
  assert.equal(created.status, 201);
  const r = await auditor.get('/api/v1/audit?limit=100');
  assert.equal(r.status, 200);
  const actions = r.json.items.map((e) => e.action);
  for (const a of ['session.login', 'session.login_failed', 'user.create', 'organization.create']) assert.ok(actions.includes(a), a);
  const create = r.json.items.find((e) => e.action === 'user.create' && e.entity_id === created.json.id);
  assert.equal(create.username, 'admin');
  assert.equal(create.client_address, '127.0.0.1');
  assert.equal(create.request_id, created.headers.get('x-request-id'));
  assert.equal(create.details.username, 'eko');
  assert.ok(!JSON.stringify(r.json).includes('eko-rahasia'), 'no passwords in the audit log');
  assert.ok(r.json.items[0].seq > r.json.items[1].seq, 'newest first');
});

test('filters and paging', async () => {
  const f = await auditor.get('/api/v1/audit?action=session.login_failed');
  assert.ok(f.json.items.length >= 1);
  assert.ok(f.json.items.every((e) => e.action === 'session.login_failed'));
  const p1 = await auditor.get('/api/v1/audit?limit=3');
  const p2 = await auditor.get(`/api/v1/audit?limit=3&cursor=${p1.json.next_cursor}`);
  assert.ok(p2.json.items[0].seq < p1.json.items[2].seq);
  assert.equal((await auditor.get('/api/v1/audit?cursor=abc')).status, 400);
});

test('changes, logouts and password changes are audited; the entries name who and what', async () => {
  const orgs = await admin.get('/api/v1/organizations?q=DINSOS-MKS&limit=1');
  const org = orgs.json.items[0];
  const created = await admin.post('/api/v1/organizations', { code: 'AUDIT-ORG', name: 'Lembaga Audit', type: 'lsm', region_code: '73.71' });
  await admin.patch(`/api/v1/organizations/${created.json.id}`, { name: 'Lembaga Audit Diubah' });
  const user = await admin.post('/api/v1/users', { username: 'fitri', display_name: 'Fitri', organization_id: org.id, roles: ['analyst'], password: 'fitri-rahasia-123' });
  await admin.patch(`/api/v1/users/${user.json.id}`, { display_name: 'Fitri A.' });
  const fitri = new Client(server.url);
  await fitri.login('fitri', 'fitri-rahasia-123');
  await fitri.put('/api/v1/session/password', { current_password: 'fitri-rahasia-123', new_password: 'fitri-baru-12345' });
  await fitri.delete('/api/v1/session');
  const expect = [
    ['organization.create', created.json.id], ['organization.update', created.json.id],
    ['user.update', user.json.id], ['user.password_change', null], ['session.logout', null],
  ];
  for (const [action, entityId] of expect) {
    const r = await auditor.get(`/api/v1/audit?action=${action}&limit=20`);
    assert.equal(r.status, 200, action);
    const e = entityId ? r.json.items.find((x) => x.entity_id === entityId) : r.json.items.find((x) => x.username === 'fitri');
    assert.ok(e, `${action} is audited`);
    assert.match(e.request_id, /\S/);
    assert.match(e.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    assert.match(e.hash, /^[0-9a-f]{32,}$/i);
  }
  const byEntity = await auditor.get(`/api/v1/audit?entity_id=${created.json.id}`);
  assert.deepEqual(byEntity.json.items.map((e) => e.action), ['organization.update', 'organization.create']);
  assert.ok(!JSON.stringify((await auditor.get('/api/v1/audit?limit=200')).json).includes('fitri-baru'), 'no passwords in the audit log');
});

test('audit time filters that are not times are 400 naming the parameter, not an empty or full list', async () => {
  for (const [q, field] of [['from=kemarin', 'from'], ['to=garbage', 'to'], ['to=2026-13-45T99:99:99Z', 'to']]) {
    const r = await auditor.get(`/api/v1/audit?${q}`);
    assert.equal(r.status, 400, `GET /api/v1/audit?${q}: expected 400 field ${field}, got ${r.status} with ${r.json.items?.length} items`);
    assert.equal(r.json.error.code, 'invalid_input', q);
    assert.equal(r.json.error.field, field, q);
  }
  const ok = await auditor.get('/api/v1/audit?from=2000-01-01T00:00:00Z&to=2199-01-01T00:00:00Z&limit=5');
  assert.equal(ok.status, 200);
  assert.equal(ok.json.items.length, 5);
});

test('only auditors and admins read the audit log', async () => {
  for (const role of ['social_worker', 'supervisor', 'partner_manager', 'analyst']) {
    const c = new Client(server.url);
    await c.login(role, server.credentials[role].password);
    const r = await c.get('/api/v1/audit');
    assert.equal(r.status, 403, role);
    assert.equal(r.json.error.code, 'forbidden');
  }
  assert.equal((await admin.get('/api/v1/audit?limit=1')).status, 200);
  assert.equal((await new Client(server.url).get('/api/v1/audit')).status, 401);
});

test('`mitra audit verify` passes on the intact chain and names an edited row', async () => {
  const url = server.db.url;
  const ok = verify(url);
  assert.equal(ok.code, 0, ok.out);
  assert.equal(Number(sql(url, 'SELECT COUNT(*) FROM audit_log WHERE seq = 2').trim()), 1);
  await server.stop(); // nobody writes while the database is edited behind the server's back
  // The append-only guard refuses an ordinary edit or deletion...
  assert.throws(() => sql(url, "UPDATE audit_log SET action = 'x' WHERE seq = 2"), /append-only|abort|trigger|exception/i);
  assert.throws(() => sql(url, 'DELETE FROM audit_log WHERE seq = 2'), /append-only|abort|trigger|exception/i);
  assert.equal(verify(url).code, 0, 'the refused edits changed nothing');
  // ...so a malicious DBA switches it off first, then edits a row.
  disableGuards(url);
  sql(url, "UPDATE audit_log SET action = 'x' WHERE seq = 2");
  assert.equal(sql(url, 'SELECT action FROM audit_log WHERE seq = 2').trim(), 'x', 'the edit went through');
  const broken = verify(url);
  assert.equal(broken.code, 1, broken.out);
  assert.match(broken.out, /\b2\b/, 'names the edited row');
  assert.doesNotMatch(broken.out, /intact/i);
});

test('`mitra audit verify` names a deleted row', async () => {
  const fresh = await startServer({ template: true });
  const c = new Client(fresh.url);
  await c.login('admin', fresh.credentials.admin.password); // a few more entries after the demo's
  await new Client(fresh.url).login('admin', 'wrong-password-here');
  await fresh.stop();
  const url = fresh.db.url;
  assert.equal(verify(url).code, 0);
  const last = Number(sql(url, 'SELECT MAX(seq) FROM audit_log').trim());
  assert.ok(last > 4);
  disableGuards(url);
  sql(url, 'DELETE FROM audit_log WHERE seq = 4');
  const broken = verify(url);
  assert.equal(broken.code, 1, broken.out);
  assert.match(broken.out, /\b[45]\b/, 'names where the chain breaks');
});

test('`mitra audit verify` notices rows cut off the end of the log', async () => {
  const fresh = await startServer({ template: true });
  await new Client(fresh.url).login('admin', fresh.credentials.admin.password);
  await fresh.stop();
  const url = fresh.db.url;
  assert.equal(verify(url).code, 0);
  disableGuards(url);
  sql(url, 'DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)');
  const broken = verify(url);
  assert.equal(broken.code, 1, `deleting the newest entry goes unnoticed: ${broken.out}`);
});
