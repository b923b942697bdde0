// Searching the registry by organisation: persons an organisation registered or holds a case
// for, still only as far as the viewer may see them; by id or code, with or without a name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';

let server, worker, dki, orgs;
const as = (username) => signedIn(server, username);

before(async () => {
  server = await startServer({ template: true });
  [worker, dki] = await Promise.all(['social_worker', 'dki_worker'].map(as));
  orgs = Object.fromEntries((await worker.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  assert.equal((await worker.post('/api/v1/persons', { full_name: 'Hendra Tanpakasus', sex: 'L', age_years: 40 })).status, 201);
});
after(async () => server?.stop());

test('by organisation: those with a case there; by code or id; with a name', async () => {
  const byCode = await dki.get('/api/v1/persons?organization=DINSOS-DKI&limit=200');
  assert.equal(byCode.status, 200);
  // The demo's 28 DKI clients and the DKI record of the planted duplicate pair.
  assert.equal(byCode.json.items.length, 29);
  assert.ok(byCode.json.items.some((p) => p.full_name === 'Muhammad Fadli Ramadhan'));
  const byId = await dki.get(`/api/v1/persons?organization=${orgs['DINSOS-DKI'].id}&limit=200`);
  assert.deepEqual(byId.json.items.map((p) => p.id), byCode.json.items.map((p) => p.id));
  assert.equal((await dki.get('/api/v1/persons?organization=RPTC-MKS')).json.items.length, 0, 'nothing the viewer may not see');

  // The Dinsos worker sees the persons it registered; those with an RPTC case are the netted ones.
  const atRptc = await worker.get('/api/v1/persons?organization=RPTC-MKS&limit=200');
  assert.equal(atRptc.json.items.length, 200);
  assert.ok(atRptc.json.next_cursor);
  const mine = await worker.get('/api/v1/persons?q=Hendra%20Tanpakasus');
  assert.equal(mine.json.items[0].full_name, 'Hendra Tanpakasus');
  assert.equal((await worker.get('/api/v1/persons?q=Hendra%20Tanpakasus&organization=RPTC-MKS')).json.items.length, 0);
  assert.equal((await worker.get('/api/v1/persons?q=Hendra%20Tanpakasus&organization=DINSOS-MKS')).json.items.length, 1);
});

test('an unknown organisation is a 400 naming the field', async () => {
  const r = await worker.get('/api/v1/persons?organization=TIDAK-ADA');
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'organization');
});
