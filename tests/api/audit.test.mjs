// The audit log: written for logins and changes, read by auditors, tamper-evident.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, Client, run, bin } from '../lib/server.mjs';

const pg = !!process.env.MITRA_TEST_PG;
let server, auditor, admin;
before(async () => {
  server = await startServer();
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
});
after(async () => { await server?.stop(); });

// Runs SQL on the test database with the engine's own command-line client.
function sql(statement) {
  if (pg) return execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', server.db.url, '-c', statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return execFileSync('sqlite3', [server.db.url.slice('sqlite:'.length), statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function verify() {
  try {
    return { code: 0, out: execFileSync(bin, ['audit', 'verify', '--db', server.db.url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { code: e.status, out: e.stdout };
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

test('only auditors and admins read the audit log', async () => {
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  const r = await worker.get('/api/v1/audit');
  assert.equal(r.status, 403);
  assert.equal(r.json.error.code, 'forbidden');
});

test('`mitra audit verify` passes on the intact chain and names an edited row', async () => {
  const ok = verify();
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /intact/);
  await server.stop();
  // The append-only guard refuses an ordinary edit...
  assert.throws(() => sql("UPDATE audit_log SET action = 'x' WHERE seq = 3"));
  // ...so a malicious DBA removes it first, then edits a row.
  if (pg) sql("ALTER TABLE audit_log DISABLE TRIGGER ALL; UPDATE audit_log SET details = '{}' WHERE seq = 3");
  else sql("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; UPDATE audit_log SET details = '{}' WHERE seq = 3");
  const broken = verify();
  assert.equal(broken.code, 1);
  assert.match(broken.out, /row 3/);
  // Deleting a later row instead is caught too (the first break is still reported first).
  sql('DELETE FROM audit_log WHERE seq = 5');
  assert.equal(verify().code, 1);
});

test('a deleted row is named', async () => {
  const fresh = await startServer();
  await fresh.stop();
  const url = fresh.db.url;
  if (pg) execFileSync('psql', ['-q', url, '-c', 'ALTER TABLE audit_log DISABLE TRIGGER ALL; DELETE FROM audit_log WHERE seq = 4']);
  else execFileSync('sqlite3', [url.slice(7), 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 4']);
  let code = 0, out = '';
  try { out = run(['audit', 'verify', '--db', url]); } catch (e) { code = e.status; out = e.stdout; }
  assert.equal(code, 1);
  assert.match(out, /row 4.*deleted/);
});
