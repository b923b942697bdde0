// Bad input gets a clear 4xx, never a 5xx or a crash; shutdown is graceful.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { startServer, Client } from '../lib/server.mjs';

let server, admin;
const statuses = [];
before(async () => {
  server = await startServer();
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
});
after(async () => { await server?.stop(); });

async function send(method, path, body, headers = {}) {
  const r = await admin.request(method, path, body, headers);
  statuses.push(r.status);
  return r;
}

test('malformed JSON, invalid UTF-8 and non-objects are 400 invalid_json / invalid_input', async () => {
  const a = await send('POST', '/api/v1/organizations', '{"code": "X",');
  assert.equal(a.status, 400);
  assert.equal(a.json.error.code, 'invalid_json');
  const raw = Buffer.concat([Buffer.from('{"code":"A'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
  const b = await fetch(`${server.url}/api/v1/organizations`, { method: 'POST', body: raw,
    headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf } });
  statuses.push(b.status);
  assert.equal(b.status, 400);
  assert.equal((await b.json()).error.code, 'invalid_json');
  const c = await send('POST', '/api/v1/organizations', '[1, 2, 3]');
  assert.equal(c.status, 400);
  assert.equal(c.json.error.code, 'invalid_input');
});

test('wrong types and missing fields name the field', async () => {
  const a = await send('POST', '/api/v1/session', { username: 5, password: 'x' });
  assert.equal(a.status, 400);
  assert.equal(a.json.error.field, 'username');
  const b = await send('POST', '/api/v1/organizations', { code: 'ABC', name: 'Nama' });
  assert.equal(b.status, 400);
  assert.equal(b.json.error.field, 'type');
  const c = await send('PATCH', '/api/v1/users/00000000-0000-7000-8000-000000000001', { active: 'yes' });
  assert.equal(c.status, 400);
  assert.equal(c.json.error.field, 'active');
  const d = await send('POST', '/api/v1/users', { username: 'a'.repeat(5000) });
  assert.equal(d.status, 400);
  assert.match(d.json.error.message, /\S/);
});

test('bad query parameters are 400 naming the parameter', async () => {
  for (const q of ['limit=abc', 'limit=100000', 'limit=0', `q=${'x'.repeat(300)}`]) {
    const r = await send('GET', `/api/v1/organizations?${q}`);
    assert.equal(r.status, 400, q);
    assert.ok(['limit', 'q'].includes(r.json.error.field));
  }
});

test('a body over 1 MiB is 413; a non-JSON content type is 415', async () => {
  const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
  const r = await send('POST', '/api/v1/organizations', big);
  assert.equal(r.status, 413);
  assert.equal(r.json.error.code, 'payload_too_large');
  const t = await send('POST', '/api/v1/organizations', 'code=ABC', { 'content-type': 'application/x-www-form-urlencoded' });
  assert.equal(t.status, 415);
  assert.equal(t.json.error.code, 'unsupported_media_type');
});

test('a malformed HTTP request gets a 400 and the server stays up', async () => {
  const status = await new Promise((ok, fail) => {
    const req = httpRequest(`${server.url}/api/v1/health`, { method: 'GET', headers: { 'content-length': 'abc' } }, (res) => ok(res.statusCode));
    req.on('error', fail);
    req.end();
  });
  statuses.push(status);
  assert.equal(status, 400);
  assert.equal((await fetch(`${server.url}/api/v1/health`)).status, 200);
});

test('none of the bad requests above got a 5xx and the server is alive', async () => {
  assert.ok(statuses.length >= 12);
  assert.ok(statuses.every((s) => s >= 400 && s < 500), statuses.join(','));
  assert.equal(server.child.exitCode, null);
  assert.equal((await fetch(`${server.url}/api/v1/health`)).status, 200);
});

test('SIGTERM lets an in-flight request finish, then the server exits 0', async () => {
  // A password hash takes a noticeable moment: the login is in flight when the signal arrives.
  const inflight = new Client(server.url).login('supervisor', server.credentials.supervisor.password);
  await new Promise((r) => setTimeout(r, 20));
  server.child.kill('SIGTERM');
  const r = await inflight;
  assert.equal(r.status, 200);
  const { code } = await server.exited;
  assert.equal(code, 0);
  assert.match(server.logs.join(''), /stopped cleanly/);
  server = null;
});
