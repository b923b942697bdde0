// Break the glass: a worker opens a case outside their scope for a few hours with a reason; the
// grant is audited and waits in the supervisor's review list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, owner, outsider, supervisor, analyst, orgs, personId, caseId, grantId;

before(async () => {
  server = await startServer({ template: true });
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  await admin.post('/api/v1/users', { username: 'nina.ysy', display_name: 'Nina', organization_id: orgs['YSY-MKS'].id, roles: ['social_worker'], password: 'nina.ysy-rahasia' });
  outsider = new Client(server.url);
  await outsider.login('nina.ysy', 'nina.ysy-rahasia');
  owner = new Client(server.url);
  await owner.login('social_worker', server.credentials.social_worker.password);
  supervisor = new Client(server.url);
  await supervisor.login('supervisor', server.credentials.supervisor.password);
  analyst = new Client(server.url);
  await analyst.login('analyst', server.credentials.analyst.password);
  personId = (await owner.post('/api/v1/persons', { full_name: 'Rahmat Hidayat', sex: 'L', age_years: 15, nik: '7371011502100003', categories: ['abh'], confirm_warnings: true })).json.id;
  caseId = (await owner.post('/api/v1/cases', { person_id: personId, reason: 'Pendampingan hukum' })).json.id;
});
after(async () => { await server?.stop(); });

test('outside their scope a worker sees nothing, until they break the glass with a reason', async () => {
  assert.equal((await outsider.get(`/api/v1/cases/${caseId}`)).status, 404);
  const noReason = await outsider.post('/api/v1/emergency-access', { case_id: caseId, reason: 'perlu' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.json.error.field, 'reason');
  assert.equal((await outsider.post('/api/v1/emergency-access', { reason: 'Anak dibawa ke IGD malam ini' })).status, 400);
  assert.equal((await outsider.post('/api/v1/emergency-access', { nik: '7371019999990001', reason: 'Anak dibawa ke IGD malam ini' })).status, 404);
  const g = await outsider.post('/api/v1/emergency-access', { nik: '7371011502100003', reason: 'Anak dibawa ke IGD malam ini, keluarga tidak dapat dihubungi' });
  assert.equal(g.status, 201, JSON.stringify(g.json));
  assert.equal(g.json.person_id, personId);
  assert.deepEqual(g.json.case_ids, [caseId]);
  assert.equal(g.json.review_status, 'pending');
  const hours = (Date.parse(g.json.expires_at) - Date.parse(g.json.granted_at)) / 3600e3;
  assert.equal(hours, 4);
  grantId = g.json.id;
  assert.equal((await outsider.get(`/api/v1/cases/${caseId}`)).status, 200);
  assert.equal((await outsider.get(`/api/v1/persons/${personId}`)).json.full_name, 'Rahmat Hidayat');
  assert.equal((await owner.post('/api/v1/emergency-access', { case_id: caseId, reason: 'Saya pemilik kasus ini' })).status, 409,
    'no glass to break for someone who already sees it');
  assert.equal((await analyst.post('/api/v1/emergency-access', { case_id: caseId, reason: 'Ingin melihat datanya' })).status, 403);
});

test('the grant is audited and lands in the supervisor review list; an unjustified grant ends at once', async () => {
  const auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
  const log = (await auditor.get('/api/v1/audit?action=emergency_access.grant')).json.items;
  assert.equal(log.length, 1);
  assert.equal(log[0].entity_id, personId);
  const list = await supervisor.get('/api/v1/emergency-access?status=pending');
  assert.deepEqual(list.json.items.map((x) => x.id), [grantId]);
  assert.equal(list.json.items[0].organization.code, 'YSY-MKS');
  const mine = await outsider.get('/api/v1/emergency-access');
  assert.deepEqual(mine.json.items.map((x) => x.id), [grantId], 'a worker sees their own grants');
  assert.equal((await owner.get('/api/v1/emergency-access')).json.items.length, 0);
  assert.equal((await outsider.post(`/api/v1/emergency-access/${grantId}/review`, { verdict: 'justified' })).status, 403);
  assert.equal((await supervisor.post(`/api/v1/emergency-access/${grantId}/review`, { verdict: 'unjustified' })).json.error.field, 'note');
  assert.equal((await supervisor.post(`/api/v1/emergency-access/${grantId}/review`, { verdict: 'maybe' })).json.error.field, 'verdict');
  const r = await supervisor.post(`/api/v1/emergency-access/${grantId}/review`, { verdict: 'unjustified', note: 'Tidak ada keadaan darurat' });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.review_status, 'unjustified');
  assert.equal((await supervisor.post(`/api/v1/emergency-access/${grantId}/review`, { verdict: 'justified' })).status, 409);
  assert.equal((await outsider.get(`/api/v1/cases/${caseId}`)).status, 404, 'access ended with the verdict');
  assert.equal((await supervisor.get('/api/v1/emergency-access?status=pending')).json.items.length, 0);
  assert.equal((await supervisor.get('/api/v1/emergency-access?status=x')).status, 400);
});
