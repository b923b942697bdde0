// Referrals between organisations: consent, the inbox, replies, and access that ends with the referral.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, worker, supervisor, receiver, bystander, orgs, personId, caseId, referralId;

before(async () => {
  server = await startServer();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org] of [['rina.rptc', 'RPTC-MKS'], ['yusuf.ysy', 'YSY-MKS']])
    await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: ['social_worker'], password: `${username}-rahasia` });
  receiver = new Client(server.url);
  await receiver.login('rina.rptc', 'rina.rptc-rahasia');
  bystander = new Client(server.url);
  await bystander.login('yusuf.ysy', 'yusuf.ysy-rahasia');
  worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  supervisor = new Client(server.url);
  await supervisor.login('supervisor', server.credentials.supervisor.password);
  personId = (await worker.post('/api/v1/persons', { full_name: 'Hana Lestari', sex: 'P', age_years: 10, categories: ['anak_telantar'] })).json.id;
  caseId = (await worker.post('/api/v1/cases', { person_id: personId, reason: 'Penjangkauan' })).json.id;
});
after(async () => { await server?.stop(); });

const body = () => ({ case_id: caseId, to_organization_id: orgs['RPTC-MKS'].id, service: 'Penempatan 7 hari di RPTC', reason: 'Butuh tempat aman' });

test('without recorded consent a worker cannot share; a supervisor may override with a reason', async () => {
  const r = await worker.post('/api/v1/referrals', body());
  assert.equal(r.status, 409);
  assert.equal(r.json.error.field, 'consent');
  const noReason = await supervisor.post('/api/v1/referrals', body());
  assert.equal(noReason.status, 409);
  const ok = await supervisor.post('/api/v1/referrals', { ...body(), override_reason: 'Anak dalam bahaya, orang tua belum ditemukan' });
  assert.equal(ok.status, 201, JSON.stringify(ok.json));
  assert.equal(ok.json.consent_basis, 'supervisor_override');
  assert.equal(ok.json.status, 'pending');
  referralId = ok.json.id;
  const dup = await supervisor.post('/api/v1/referrals', { ...body(), override_reason: 'lagi' });
  assert.equal(dup.status, 409);
  assert.equal(dup.json.error.field, 'to_organization');
});

test('the receiver sees it in its inbox with a deadline, and sees the case and person while it is open', async () => {
  const summary = await receiver.get('/api/v1/referrals/summary');
  assert.deepEqual(summary.json, { pending: 1, overdue: 0 });
  const inbox = await receiver.get('/api/v1/referrals?box=inbox');
  assert.equal(inbox.json.items.length, 1);
  assert.equal(inbox.json.items[0].person.full_name, 'Hana Lestari');
  assert.equal(inbox.json.items[0].from.code, 'DINSOS-MKS');
  assert.ok(inbox.json.items[0].reply_due > inbox.json.items[0].created_at);
  assert.equal((await receiver.get(`/api/v1/cases/${caseId}`)).status, 200);
  assert.equal((await receiver.get(`/api/v1/persons/${personId}`)).status, 200);
  assert.equal((await bystander.get(`/api/v1/persons/${personId}`)).status, 404, 'an organisation not party to it');
  const outbox = await worker.get('/api/v1/referrals?box=outbox');
  assert.equal(outbox.json.items[0].id, referralId);
  assert.equal((await bystander.get(`/api/v1/referrals/${referralId}`)).status, 404);
});

test('only the receiver replies; declining needs a reason; accepting keeps access until completed', async () => {
  assert.equal((await worker.post(`/api/v1/referrals/${referralId}/reply`, { accept: true })).status, 403);
  const noReason = await receiver.post(`/api/v1/referrals/${referralId}/reply`, { accept: false });
  assert.equal(noReason.json.error.field, 'reason');
  const ok = await receiver.post(`/api/v1/referrals/${referralId}/reply`, { accept: true, reason: 'Ada tempat' });
  assert.equal(ok.json.status, 'accepted');
  assert.equal((await receiver.post(`/api/v1/referrals/${referralId}/reply`, { accept: true })).status, 409);
  assert.deepEqual((await receiver.get('/api/v1/referrals/summary')).json, { pending: 0, overdue: 0 });
  assert.equal((await receiver.get(`/api/v1/persons/${personId}`)).status, 200);
  assert.ok((await receiver.get('/api/v1/persons?q=hana')).json.items.length === 1);
});

test('when the referral ends the receiver loses access to the case and the person', async () => {
  const done = await receiver.post(`/api/v1/referrals/${referralId}/end`, { reason: 'Penempatan selesai, kembali ke keluarga' });
  assert.equal(done.json.status, 'completed');
  assert.equal((await receiver.get(`/api/v1/cases/${caseId}`)).status, 404);
  assert.equal((await receiver.get(`/api/v1/persons/${personId}`)).status, 404);
  assert.equal((await receiver.get('/api/v1/persons?q=hana')).json.items.length, 0);
  const history = await receiver.get(`/api/v1/referrals/${referralId}`);
  assert.equal(history.status, 200, 'the referral itself stays in its history');
  assert.equal(history.json.person.full_name, null, 'but without the name');
  assert.equal((await worker.get(`/api/v1/persons/${personId}`)).status, 200, 'the owner keeps access');
});

test('with consent recorded a worker refers; a transfer moves the case to the receiver', async () => {
  const p = await worker.post('/api/v1/persons', { full_name: 'Iwan Setiawan', sex: 'L', age_years: 15, categories: ['anak_jalanan'],
    consent: { given_by: 'Ibu Iwan', relation: 'parent', purpose: 'Rujukan layanan', given_on: '2026-11-20' } });
  const c = await worker.post('/api/v1/cases', { person_id: p.json.id, reason: 'Penjangkauan' });
  const t = await worker.post('/api/v1/referrals', { case_id: c.json.id, to_organization_id: orgs['YSY-MKS'].id, kind: 'transfer', service: 'Pengasuhan', reason: 'Pindah ke yayasan' });
  assert.equal(t.status, 201);
  assert.equal(t.json.consent_basis, 'consent');
  const accepted = await bystander.post(`/api/v1/referrals/${t.json.id}/reply`, { accept: true, reason: 'Diterima' });
  assert.equal(accepted.json.status, 'completed');
  const moved = await bystander.get(`/api/v1/cases/${c.json.id}`);
  assert.equal(moved.json.organization.code, 'YSY-MKS');
  assert.equal((await worker.get(`/api/v1/cases/${c.json.id}`)).status, 404, 'the sender no longer holds the case');
});

test('a pending referral can be withdrawn by the sender; bad inputs name their field', async () => {
  const p = await worker.post('/api/v1/persons', { full_name: 'Joko', sex: 'L', age_years: 40, categories: ['gelandangan'],
    consent: { given_by: 'Joko', relation: 'self', purpose: 'Rujukan', given_on: '2026-11-20' } });
  const c = await worker.post('/api/v1/cases', { person_id: p.json.id, reason: 'Razia' });
  for (const [patch, field] of [[{ kind: 'loan' }, 'kind'], [{ to_organization_id: 'nope' }, 'to_organization'], [{ service: '' }, 'service']]) {
    const r = await worker.post('/api/v1/referrals', { case_id: c.json.id, to_organization_id: orgs['RPTC-MKS'].id, service: 'Shelter', reason: 'x', ...patch });
    assert.equal(r.json.error.field, field, JSON.stringify(patch));
  }
  const r = await worker.post('/api/v1/referrals', { case_id: c.json.id, to_organization_id: orgs['RPTC-MKS'].id, service: 'Shelter', reason: 'x' });
  assert.equal((await receiver.post(`/api/v1/referrals/${r.json.id}/end`, { reason: 'tidak' })).status, 409, 'the receiver cannot withdraw');
  const w = await worker.post(`/api/v1/referrals/${r.json.id}/end`, { reason: 'Sudah ditangani sendiri' });
  assert.equal(w.json.status, 'withdrawn');
  assert.equal((await receiver.get(`/api/v1/persons/${p.json.id}`)).status, 404);
  assert.equal((await receiver.get('/api/v1/referrals?box=elsewhere')).status, 400);
});
