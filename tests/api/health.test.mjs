// Health, metrics, security headers, routing errors and the web app's static files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server;
before(async () => { server = await startServer({ template: true }); });
after(async () => { await server?.stop(); });

test('health reports ok, the engine under test and the schema version', async () => {
  const r = await new Client(server.url).get('/api/v1/health');
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ok');
  assert.equal(r.json.database, process.env.MITRA_TEST_PG ? 'postgresql' : 'sqlite');
  assert.ok(r.json.schema_version >= 1);
  assert.match(r.headers.get('x-request-id'), /^[A-Za-z0-9_-]{8,}$/);
});

test('every response carries security headers and API answers are not cached', async () => {
  const c = new Client(server.url);
  const responses = {
    health: await c.get('/api/v1/health'),
    unauthenticated: await c.get('/api/v1/organizations'),
    not_found: await c.get('/api/v1/no-such-thing'),
    login_failed: await c.post('/api/v1/session', { username: 'admin', password: 'wrong-password' }),
    metrics: await c.get('/metrics'),
  };
  for (const [name, r] of Object.entries(responses)) {
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', name);
    assert.ok(r.headers.get('x-frame-options') === 'DENY' || /frame-ancestors 'none'/.test(r.headers.get('content-security-policy') ?? ''), name);
    assert.match(r.headers.get('referrer-policy') ?? '', /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/, name);
    assert.match(r.headers.get('x-request-id') ?? '', /\S/, name);
  }
  const r = responses.health;
  assert.equal(r.headers.get('x-frame-options'), 'DENY');
  assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
  assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  assert.equal(r.headers.get('cache-control'), 'no-store');
  assert.match(r.headers.get('content-type'), /application\/json/);
  assert.equal(responses.unauthenticated.json.error.request_id, responses.unauthenticated.headers.get('x-request-id'));
  const ids = new Set(Object.values(responses).map((x) => x.headers.get('x-request-id')));
  assert.equal(ids.size, Object.keys(responses).length, 'a new request id for each request');
});

test('metrics count requests by route pattern and status, without ids in labels', async () => {
  const c = new Client(server.url);
  await c.login('admin', server.credentials.admin.password);
  const orgs = await c.get('/api/v1/organizations?limit=1');
  await c.get(`/api/v1/organizations/${orgs.json.items[0].id}`);
  const junk = `no-such-route-${Date.now()}`;
  assert.equal((await c.get(`/api/v1/${junk}`)).status, 404);
  assert.equal((await c.get(`/assets/${junk}.js`)).status, 404);
  const m = await c.get('/metrics');
  assert.ok(!m.text.includes(junk), 'unknown paths do not become metric labels');
  assert.equal(m.status, 200);
  assert.match(m.headers.get('content-type'), /^text\/plain/);
  assert.match(m.text, /# TYPE mitra_http_requests_total counter/);
  assert.match(m.text, /mitra_http_requests_total\{method="GET",route="\/api\/v1\/organizations",status="200"\} \d+/);
  assert.match(m.text, /route="\/api\/v1\/organizations\/\{id\}"/);
  assert.ok(!m.text.includes(orgs.json.items[0].id), 'no record ids in metric labels');
  assert.match(m.text, /mitra_http_request_duration_seconds_bucket\{method="GET",route="\/api\/v1\/organizations",status="200",le="\+Inf"\} \d+/);
  assert.match(m.text, /mitra_db_pool_size \d+/);
  // The counter goes up by one per request.
  const count = (text) => Number(/mitra_http_requests_total\{method="GET",route="\/api\/v1\/organizations",status="200"\} (\d+)/.exec(text)[1]);
  await c.get('/api/v1/organizations?limit=1');
  await c.get('/api/v1/organizations?limit=1');
  assert.equal(count((await c.get('/metrics')).text), count(m.text) + 2);
  assert.match(m.text, /mitra_db_pool_in_use \d+/);
});

test('unknown API routes are JSON 404s and wrong methods 405 with Allow', async () => {
  const c = new Client(server.url);
  const nf = await c.get('/api/v1/no-such-thing');
  assert.equal(nf.status, 404);
  assert.equal(nf.json.error.code, 'not_found');
  assert.ok(nf.json.error.request_id);
  const m = await c.request('PUT', '/api/v1/health', {});
  assert.equal(m.status, 405);
  assert.equal(m.json.error.code, 'method_not_allowed');
  assert.equal(m.headers.get('allow'), 'GET');
});

test('the openapi document describes the public contract', async () => {
  const r = await new Client(server.url).get('/api/v1/openapi.json');
  assert.equal(r.status, 200);
  assert.equal(r.json.openapi, '3.1.0');
  for (const p of ['/api/v1/session', '/api/v1/users', '/api/v1/organizations', '/api/v1/regions', '/api/v1/audit'])
    assert.ok(r.json.paths[p], `openapi lists ${p}`);
});

test('the web app is served: index not cached, hashed assets cached for a year, gzip when accepted', async () => {
  const index = await fetch(`${server.url}/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /text\/html/);
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const html = await index.text();
  const asset = /(\/assets\/[^"']+\.js)/.exec(html)?.[1];
  assert.ok(asset, 'index.html references a hashed script under /assets/');
  const a = await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(a.status, 200);
  assert.equal(a.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(a.headers.get('content-encoding'), 'gzip');
  // Client-side routes fall back to index.html; missing files do not.
  const route = await fetch(`${server.url}/lembaga`);
  assert.equal(route.status, 200);
  assert.match(await route.text(), /<html/);
  const missing = await fetch(`${server.url}/assets/missing-file.js`);
  assert.equal(missing.status, 404);
});
