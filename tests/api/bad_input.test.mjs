// Bad input gets a clear 4xx with a JSON error, never a 5xx or a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { startServer, Client } from '../lib/server.mjs';

let server, admin;
const statuses = [];
before(async () => {
  server = await startServer({ template: true });
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
});
after(async () => { await server?.stop(); });

async function send(method, path, body, headers = {}) {
  const r = await admin.request(method, path, body, headers);
  statuses.push(r.status);
  if (r.status >= 400) {
    assert.ok(r.json?.error?.code, `${method} ${path}: JSON error body, got ${r.text.slice(0, 200)}`);
    assert.match(r.json.error.message, /\S/);
    assert.match(r.json.error.request_id ?? '', /\S/, `${method} ${path}: error body has a request id`);
    if (r.headers.get('x-request-id')) assert.equal(r.json.error.request_id, r.headers.get('x-request-id'));
  }
  return r;
}

// Sends raw bytes as a JSON body with the admin's session.
async function sendBytes(method, path, bytes) {
  const r = await fetch(`${server.url}${path}`, { method, body: bytes,
    headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf } });
  statuses.push(r.status);
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text };
}

const org = { code: 'BAD-IN', name: 'Lembaga', type: 'lks', region_code: '73.71' };

test('malformed JSON, invalid UTF-8 and non-objects are 400 invalid_json / invalid_input', async () => {
  for (const body of ['{"code": "X",', '{code: "X"}', "{'code': 'X'}", '{"code": "X"} trailing', '', '[' .repeat(100000), '{"a":1,}']) {
    const r = await send('POST', '/api/v1/organizations', body);
    assert.equal(r.status, 400, JSON.stringify(body.slice(0, 40)));
    assert.equal(r.json.error.code, 'invalid_json', JSON.stringify(body.slice(0, 40)));
  }
  const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  // A lone byte 0xff, an overlong '/', an encoded surrogate, a truncated sequence: none is UTF-8.
  for (const bad of [[0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
    const r = await sendBytes('POST', '/api/v1/organizations', bytes('{"code":"UTF-1","name":"A', bad, '","type":"lks","region_code":"73.71"}'));
    assert.equal(r.status, 400, bad.join(','));
    assert.equal(r.json.error.code, 'invalid_json');
  }
  const login = await sendBytes('POST', '/api/v1/session', bytes('{"username":"adm', [0xff], 'in","password":"x"}'));
  assert.equal(login.status, 400);
  assert.equal(login.json.error.code, 'invalid_json');
  // An escaped lone surrogate is not a character either.
  const surrogate = await send('POST', '/api/v1/organizations', '{"code":"UTF-2","name":"a\\ud800b","type":"lks","region_code":"73.71"}');
  assert.equal(surrogate.status, 400);
  for (const body of ['[1, 2, 3]', 'null', '"text"', '42']) {
    const c = await send('POST', '/api/v1/organizations', body);
    assert.equal(c.status, 400, body);
    assert.equal(c.json.error.code, 'invalid_input', body);
  }
  // Proper UTF-8 passes untouched.
  const ok = await send('POST', '/api/v1/organizations', { ...org, code: 'UTF-OK', name: 'Yayasan Ñusantara — 日本 🙂' });
  assert.equal(ok.status, 201);
  assert.equal((await send('GET', `/api/v1/organizations/${ok.json.id}`)).json.name, 'Yayasan Ñusantara — 日本 🙂');
});

test('a NUL character in a string is refused or kept exactly, never cut off', async () => {
  const r = await send('POST', '/api/v1/organizations', { ...org, code: 'NUL-CHAR', name: 'Lembaga\u0000Rahasia' });
  if (r.status === 201) {
    const got = await send('GET', `/api/v1/organizations/${r.json.id}`);
    assert.equal(got.json.name, 'Lembaga\u0000Rahasia', 'stored as sent');
  } else {
    assert.equal(r.status, 400);
    assert.equal(r.json.error.field, 'name');
  }
});

test('wrong types and missing fields are 400 invalid_input naming the field', async () => {
  const cases = [
    ['POST', '/api/v1/session', { username: 5, password: 'x' }, 'username'],
    ['POST', '/api/v1/session', { username: 'admin', password: ['x'] }, 'password'],
    ['POST', '/api/v1/session', { username: 'admin' }, 'password'],
    ['POST', '/api/v1/session', { password: 'x' }, 'username'],
    ['POST', '/api/v1/organizations', { code: 'ABC', name: 'Nama' }, 'type'],
    ['POST', '/api/v1/organizations', { code: 'ABC', type: 'lks', region_code: '73.71' }, 'name'],
    ['POST', '/api/v1/organizations', { ...org, code: 123 }, 'code'],
    ['POST', '/api/v1/organizations', { ...org, region_code: 73.71 }, 'region_code'],
    ['POST', '/api/v1/organizations', { ...org, name: 'x'.repeat(100000) }, 'name'],
    ['PATCH', '/api/v1/users/00000000-0000-7000-8000-000000000001', { active: 'yes' }, 'active'],
    ['POST', '/api/v1/users', { username: 'budi', display_name: 'Budi', roles: 'admin', password: 'budi-rahasia-123' }, 'roles'],
    ['PUT', '/api/v1/session/password', { current_password: 'x' }, 'new_password'],
    ['PATCH', '/api/v1/session/preferences', { language: 1 }, 'language'],
  ];
  for (const [method, path, body, field] of cases) {
    const r = await send(method, path, body);
    assert.equal(r.status, 400, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`);
    assert.equal(r.json.error.code, 'invalid_input');
    assert.equal(r.json.error.field, field, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`);
  }
  const d = await send('POST', '/api/v1/users', { username: 'a'.repeat(5000) });
  assert.equal(d.status, 400);
});

test('bad query parameters are 400 naming the parameter', async () => {
  for (const [q, field] of [['limit=abc', 'limit'], ['limit=100000', 'limit'], ['limit=0', 'limit'], ['limit=-1', 'limit'], ['limit=1.5', 'limit'],
    ['limit=99999999999999999999', 'limit'], [`q=${'x'.repeat(300)}`, 'q']]) {
    for (const path of ['/api/v1/organizations', '/api/v1/users']) {
      const r = await send('GET', `${path}?${q}`);
      assert.equal(r.status, 400, `${path}?${q.slice(0, 40)}`);
      assert.equal(r.json.error.code, 'invalid_input');
      assert.equal(r.json.error.field, field, `${path}?${q.slice(0, 40)}`);
    }
  }
  assert.equal((await send('GET', '/api/v1/organizations?limit=200')).status, 200);
  assert.equal((await send('GET', '/api/v1/organizations?limit=1')).status, 200);
  const lvl = await send('GET', '/api/v1/regions?level=planet');
  assert.equal(lvl.status, 400);
  assert.equal(lvl.json.error.field, 'level');
});

test('a cursor the server did not make is 400 naming the cursor, as on /audit', async () => {
  for (const path of ['/api/v1/audit', '/api/v1/organizations', '/api/v1/users']) {
    const r = await send('GET', `${path}?cursor=Not%20A%20Cursor!`);
    assert.equal(r.status, 400, `GET ${path}?cursor=Not%20A%20Cursor!: expected 400 field cursor, got ${r.status} ${r.text.slice(0, 80)}`);
    assert.equal(r.json.error.field, 'cursor');
  }
});

test('query text that is not UTF-8 (or has a NUL) never causes a 5xx', async () => {
  const paths = ['/api/v1/organizations?q=%ff%fe', '/api/v1/organizations?type=%ff', '/api/v1/organizations?region=%ff',
    '/api/v1/organizations?cursor=%ff%00', '/api/v1/organizations?q=%00', '/api/v1/users?q=%ff', '/api/v1/users?cursor=%ff',
    '/api/v1/regions?q=%ff', '/api/v1/regions?parent=%ff', '/api/v1/regions/%ff', '/api/v1/organizations/%ff%fe',
    '/api/v1/audit?action=%ff', '/api/v1/audit?entity_type=%ff', '/api/v1/audit?entity_id=%ff', '/api/v1/audit?user_id=%ff',
    "/api/v1/organizations?q=%27%3B--", '/api/v1/organizations?q=%25', '/api/v1/organizations?q=%5C'];
  const fivexx = [];
  for (const p of paths) {
    const r = await send('GET', p);
    if (r.status >= 500) fivexx.push(`${p} -> ${r.status}`);
    else if (r.status === 400) assert.ok(r.json.error.field, `${p}: the parameter is named`);
    else assert.ok([200, 404].includes(r.status), `${p} -> ${r.status}`);
  }
  // The same on the person registry and cases, as a social worker (who may search them).
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  for (const p of ['/api/v1/persons?q=%ff', '/api/v1/persons?nik=%ff', '/api/v1/persons?region=%ff', '/api/v1/persons?category=%ff',
    '/api/v1/persons/%ff', '/api/v1/cases?stage=%ff', '/api/v1/cases?person_id=%ff', '/api/v1/cases/%ff']) {
    const r = await worker.get(p);
    statuses.push(r.status);
    if (r.status >= 500) fivexx.push(`${p} -> ${r.status}`);
  }
  assert.deepEqual(fivexx, [], 'no 5xx for odd query text');
});

test('a body over 1 MiB is 413 payload_too_large', async () => {
  const big = JSON.stringify({ ...org, name: 'x'.repeat(2 * 1024 * 1024) });
  const r = await send('POST', '/api/v1/organizations', big);
  assert.equal(r.status, 413);
  assert.equal(r.json.error.code, 'payload_too_large');
  assert.equal((await send('GET', '/api/v1/organizations?q=BAD-IN')).json.items.length, 0);
});

test('a non-JSON content type is 415; application/json with a charset is fine', async () => {
  for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
    const t = await send('POST', '/api/v1/organizations', 'code=ABC', { 'content-type': type });
    assert.equal(t.status, 415, type);
    assert.equal(t.json.error.code, 'unsupported_media_type');
  }
  const cs = await send('POST', '/api/v1/organizations', JSON.stringify({ ...org, code: 'CHARSET-OK' }), { 'content-type': 'application/json; charset=utf-8' });
  assert.equal(cs.status, 201);
});

test('answers refused before routing (413 body, 413 headers) still carry X-Request-Id and the security headers', async () => {
  const big = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
  const headers = await fetch(`${server.url}/api/v1/health`, { headers: { 'x-padding': 'x'.repeat(20000) } });
  for (const [name, r] of [['POST /api/v1/session with a 2 MiB body', big], ['GET /api/v1/health with 20 kB of headers', headers]]) {
    statuses.push(r.status);
    assert.ok(r.status >= 400 && r.status < 500, `${name}: ${r.status}`);
    const body = await r.json();
    assert.match(body.error.request_id, /\S/, name);
    assert.equal(r.headers.get('x-request-id'), body.error.request_id, `${name}: X-Request-Id header (the body says ${body.error.request_id})`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${name}: X-Content-Type-Options`);
  }
});

test('unknown routes are JSON 404s, wrong methods 405 with Allow', async () => {
  for (const p of ['/api/v1/no-such-thing', '/api/v1/', '/api/v2/health', '/api/v1/organizations/x/y/z']) {
    const nf = await send('GET', p);
    assert.equal(nf.status, 404, p);
    assert.equal(nf.json.error.code, 'not_found');
    assert.match(nf.headers.get('content-type'), /application\/json/);
  }
  const m = await send('DELETE', '/api/v1/organizations');
  assert.equal(m.status, 405);
  assert.equal(m.json.error.code, 'method_not_allowed');
  const allow = m.headers.get('allow').split(/,\s*/).sort();
  assert.ok(allow.includes('GET') && allow.includes('POST') && !allow.includes('DELETE'), allow.join(','));
  const h = await send('POST', '/api/v1/health', {});
  assert.equal(h.status, 405);
  assert.match(h.headers.get('allow'), /GET/);
});

test('a malformed HTTP request gets a 400 and the server stays up', async () => {
  const status = await new Promise((ok, fail) => {
    const req = httpRequest(`${server.url}/api/v1/health`, { method: 'GET', headers: { 'content-length': 'abc' } }, (res) => ok(res.statusCode));
    req.on('error', fail);
    req.end();
  });
  statuses.push(status);
  assert.equal(status, 400);
  // Garbage instead of HTTP, and a connection dropped halfway through a request.
  const { port } = new URL(server.url);
  await new Promise((ok) => {
    const s = connect(Number(port), '127.0.0.1', () => s.end('\x00\x01\x02 not http at all\r\n\r\n'));
    s.on('data', () => {}); s.on('close', ok); s.on('error', ok);
  });
  await new Promise((ok) => {
    const s = connect(Number(port), '127.0.0.1', () => { s.write('POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"user'); setTimeout(() => { s.destroy(); ok(); }, 50); });
    s.on('error', ok);
  });
  assert.equal((await fetch(`${server.url}/api/v1/health`)).status, 200);
});

test('none of the bad requests above got a 5xx and the server is alive', async () => {
  assert.ok(statuses.length >= 40, `${statuses.length} requests`);
  const fivexx = statuses.filter((s) => s >= 500);
  assert.deepEqual(fivexx, []);
  assert.equal(server.child.exitCode, null);
  assert.equal((await fetch(`${server.url}/api/v1/health`)).status, 200);
  assert.doesNotMatch(server.logs.join(''), /AddressSanitizer|runtime error:/, 'no sanitizer reports');
});
