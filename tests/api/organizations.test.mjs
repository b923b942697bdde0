// The organisation directory and the Kemendagri regions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, admin, worker;
before(async () => {
  server = await startServer({ template: true });
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  worker = new Client(server.url);
  await worker.login('partner_manager', server.credentials.partner_manager.password);
});
after(async () => { await server?.stop(); });

test('the directory holds the five cases\' organisations and everyone can read it', async () => {
  const r = await worker.get('/api/v1/organizations?limit=200');
  assert.equal(r.status, 200);
  const codes = r.json.items.map((o) => o.code);
  for (const code of ['DINSOS-MKS', 'RPTC-MKS', 'LSM-FPS', 'DINSOS-SMG', 'RUMPIN-BANGJO', 'DINSOS-LAMPUNG', 'LKS-AMANAH-BUNDA', 'DINSOS-DKI'])
    assert.ok(codes.includes(code), code);
  const mks = r.json.items.find((o) => o.code === 'DINSOS-MKS');
  assert.equal(mks.name, 'Dinas Sosial Kota Makassar');
  assert.equal(mks.region_code, '73.71');
  assert.equal(mks.region_name, 'Kota Makassar');
  const rptc = r.json.items.find((o) => o.code === 'RPTC-MKS');
  assert.equal(rptc.parent_id, mks.id);
});

test('search, type filter and paging walk the whole list without repeats', async () => {
  const byCode = await admin.get('/api/v1/organizations?q=dinsos-mks');
  assert.equal(byCode.status, 200);
  assert.ok(byCode.json.items.some((o) => o.code === 'DINSOS-MKS'));
  assert.ok(!byCode.json.items.some((o) => o.code === 'LSM-FPS'), 'q filters');
  const none = await admin.get('/api/v1/organizations?q=tidak-ada-lembaga-seperti-ini');
  assert.deepEqual(none.json, { items: [], next_cursor: null });
  const region = await admin.get('/api/v1/organizations?region=73.71&limit=200');
  assert.ok(region.json.items.some((o) => o.code === 'DINSOS-MKS'));
  assert.ok(!region.json.items.some((o) => o.code === 'DINSOS-SMG'), 'region filters');
  const q = await admin.get('/api/v1/organizations?q=rumah');
  assert.ok(q.json.items.length >= 2);
  assert.ok(q.json.items.every((o) => /rumah/i.test(o.name) || /RUMAH/.test(o.code)));
  const t = await admin.get('/api/v1/organizations?type=rumah_singgah');
  assert.ok(t.json.items.length >= 1 && t.json.items.every((o) => o.type === 'rumah_singgah'));
  const all = (await admin.get('/api/v1/organizations?limit=200')).json.items;
  const seen = [];
  let cursor = null;
  do {
    const page = await admin.get(`/api/v1/organizations?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.ok(page.json.items.length <= 2);
    seen.push(...page.json.items.map((o) => o.id));
    cursor = page.json.next_cursor;
  } while (cursor);
  assert.equal(seen.length, all.length);
  assert.equal(new Set(seen).size, seen.length);
});

test('admin creates and edits an organisation; bad fields are named', async () => {
  const body = { code: 'LKS-DEMO-BARU', name: 'LKS Demo Baru', type: 'lks', region_code: '73.71.03' };
  const r = await admin.post('/api/v1/organizations', body);
  assert.equal(r.status, 201);
  assert.equal(r.json.region_name, 'Makassar');
  const dup = await admin.post('/api/v1/organizations', body);
  assert.equal(dup.status, 409);
  assert.equal(dup.json.error.field, 'code');
  for (const [patch, field] of [[{ type: 'bank' }, 'type'], [{ region_code: '99.99' }, 'region_code'], [{ code: 'lower case' }, 'code']]) {
    const bad = await admin.post('/api/v1/organizations', { ...body, code: 'LKS-X', ...patch });
    assert.equal(bad.status, 400, JSON.stringify(patch));
    assert.equal(bad.json.error.field, field);
  }
  for (const [patch, field] of [[{ type: 'bank' }, 'type'], [{ region_code: '99.99' }, 'region_code'], [{ name: '' }, 'name'], [{ active: 'no' }, 'active']]) {
    const bad = await admin.patch(`/api/v1/organizations/${r.json.id}`, patch);
    assert.equal(bad.status, 400, JSON.stringify(patch));
    assert.equal(bad.json.error.code, 'invalid_input');
    assert.equal(bad.json.error.field, field);
  }
  const missing = await admin.patch('/api/v1/organizations/00000000-0000-7000-8000-000000000000', { name: 'Tidak ada' });
  assert.equal(missing.status, 404);
  const edited = await admin.patch(`/api/v1/organizations/${r.json.id}`, { name: 'LKS Demo Diubah', active: false });
  assert.equal(edited.status, 200);
  assert.equal(edited.json.name, 'LKS Demo Diubah');
  assert.equal(edited.json.active, false);
  const got = await worker.get(`/api/v1/organizations/${r.json.id}`);
  assert.equal(got.json.name, 'LKS Demo Diubah');
});

test('non-admins cannot create or edit organisations; unknown ids are 404', async () => {
  const r = await worker.post('/api/v1/organizations', { code: 'NOPE', name: 'Nope', type: 'lks', region_code: '73.71' });
  assert.equal(r.status, 403);
  const own = (await worker.get('/api/v1/session')).json.user.organization;
  const e = await worker.patch(`/api/v1/organizations/${own.id}`, { name: 'Diubah' });
  assert.equal(e.status, 403);
  const nf = await worker.get('/api/v1/organizations/00000000-0000-7000-8000-000000000000');
  assert.equal(nf.status, 404);
  assert.equal(nf.json.error.code, 'not_found');
});

test('regions: 38 provinces, children by parent, search, and a path', async () => {
  const provinces = await worker.get('/api/v1/regions');
  assert.equal(provinces.json.items.length, 38);
  assert.ok(provinces.json.items.every((p) => p.level === 'province'));
  const sulsel = await worker.get('/api/v1/regions?parent=73&limit=200');
  const mks = sulsel.json.items.find((r) => r.code === '73.71');
  assert.equal(mks.name, 'Kota Makassar');
  assert.equal(mks.level, 'regency');
  assert.equal(sulsel.json.items.length, 24);
  const plain = await worker.get('/api/v1/regions?q=makassar');
  assert.equal(plain.status, 200);
  assert.ok(plain.json.items.some((r) => r.code === '73.71'), 'q finds Kota Makassar');
  assert.ok(plain.json.items.every((r) => /makassar/i.test(r.name)));
  const found = await worker.get('/api/v1/regions?q=makassar&level=regency');
  assert.deepEqual(found.json.items.map((r) => r.code), ['73.71']);
  const kota = await worker.get('/api/v1/regions/73.71');
  assert.equal(kota.status, 200);
  assert.equal(kota.json.name, 'Kota Makassar');
  assert.deepEqual(kota.json.path.map((p) => [p.code, p.level]), [['73', 'province'], ['73.71', 'regency']]);
  assert.equal(kota.json.path[0].name, 'Sulawesi Selatan');
  const one = await worker.get('/api/v1/regions/73.71.03');
  assert.equal(one.json.name, 'Makassar');
  assert.deepEqual(one.json.path.map((p) => p.code), ['73', '73.71', '73.71.03']);
  assert.equal((await worker.get('/api/v1/regions/99.99')).status, 404);
  assert.equal((await worker.get('/api/v1/regions?level=planet')).status, 400);
});
