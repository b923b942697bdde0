// Case management along the ATENSI stages: who moves a case, who approves, who sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, worker, supervisor, other, caseId, personId, workerId;

before(async () => {
  server = await startServer({ template: true });
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const lsm = (await admin.get('/api/v1/organizations?q=LSM-FPS')).json.items[0];
  await admin.post('/api/v1/users', { username: 'sari.fps', display_name: 'Sari', organization_id: lsm.id, roles: ['social_worker'], password: 'sari-rahasia-123' });
  other = new Client(server.url);
  await other.login('sari.fps', 'sari-rahasia-123');
  worker = new Client(server.url);
  workerId = (await worker.login('social_worker', server.credentials.social_worker.password)).json.user.id;
  supervisor = new Client(server.url);
  await supervisor.login('supervisor', server.credentials.supervisor.password);
  const p = await worker.post('/api/v1/persons', { full_name: 'Gilang Permana', sex: 'L', age_years: 13, categories: ['anak_jalanan'] });
  personId = p.json.id;
});
after(async () => { await server?.stop(); });

async function move(client, to, reason = `ke ${to}`) {
  return client.post(`/api/v1/cases/${caseId}/transitions`, { to, reason });
}

test('a worker opens a case at first contact and is its assigned worker', async () => {
  const r = await worker.post('/api/v1/cases', { person_id: personId, risk_level: 'high', reason: 'Ditemukan saat patroli malam' });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.stage, 'first_contact');
  assert.equal(r.json.person.full_name, 'Gilang Permana');
  assert.equal(r.json.organization.code, 'DINSOS-MKS');
  assert.deepEqual(r.json.workers, [workerId]);
  assert.equal(r.json.transitions.length, 1);
  assert.equal(r.json.transitions[0].reason, 'Ditemukan saat patroli malam');
  caseId = r.json.id;
  const bad = await worker.post('/api/v1/cases', { person_id: personId, risk_level: 'extreme', reason: 'x' });
  assert.equal(bad.json.error.field, 'risk_level');
  const noReason = await worker.post('/api/v1/cases', { person_id: personId });
  assert.equal(noReason.json.error.field, 'reason');
});

test('the case moves step by step; supervisors approve assessment, plan and closure', async () => {
  assert.equal((await move(worker, 'intervention')).status, 409, 'no skipping');
  assert.equal((await move(worker, 'assessment')).json.stage, 'assessment');
  const denied = await move(worker, 'intervention_plan');
  assert.equal(denied.status, 403);
  assert.match(denied.json.error.message, /supervisor/);
  assert.equal((await move(supervisor, 'intervention_plan', 'Asesmen disetujui')).json.stage, 'intervention_plan');
  assert.equal((await move(supervisor, 'intervention', 'Rencana disetujui')).json.stage, 'intervention');
  assert.equal((await move(worker, 'reintegration', 'Kembali ke keluarga')).json.stage, 'reintegration');
  assert.equal((await move(worker, 'closed')).status, 409, 'terminate before closing');
  assert.equal((await move(worker, 'termination')).json.stage, 'termination');
  assert.equal((await move(worker, 'follow_up')).json.stage, 'follow_up');
  assert.equal((await move(worker, 'closed')).status, 403);
  const closed = await move(supervisor, 'closed', 'Bimbingan lanjut selesai');
  assert.equal(closed.json.stage, 'closed');
  assert.ok(closed.json.closed_at);
  const reopened = await move(worker, 'assessment', 'Terlihat kembali di jalan');
  assert.equal(reopened.json.stage, 'assessment');
  assert.equal(reopened.json.closed_at, null);
  const history = (await worker.get(`/api/v1/cases/${caseId}`)).json.transitions;
  assert.deepEqual(history.map((t) => t.to), ['first_contact', 'assessment', 'intervention_plan', 'intervention', 'reintegration', 'termination', 'follow_up', 'closed', 'assessment']);
  assert.equal(history[2].by.name, 'Supervisor Demo (Dinsos Makassar)');
  assert.equal((await move(worker, 'reintegration', '   ')).json.error.field, 'reason');
  assert.equal((await move(worker, 'somewhere')).json.error.field, 'to');
});

test('another organisation neither sees the case nor can open one for a person it cannot see', async () => {
  assert.equal((await other.get(`/api/v1/cases/${caseId}`)).status, 404);
  // LSM FPS holds cases of its own in the demo (the planted duplicates), but not this one.
  const theirs = (await other.get('/api/v1/cases?limit=200')).json.items;
  assert.ok(!theirs.some((c) => c.id === caseId || c.person?.id === personId), JSON.stringify(theirs.map((c) => c.id)));
  assert.equal((await move(other, 'intervention_plan')).status, 404);
  const r = await other.post('/api/v1/cases', { person_id: personId, reason: 'Ingin mendampingi' });
  assert.equal(r.status, 404);
  const list = await supervisor.get(`/api/v1/cases?person_id=${personId}`);
  assert.deepEqual(list.json.items.map((c) => c.id), [caseId]);
  assert.equal((await supervisor.get('/api/v1/cases?stage=nowhere')).status, 400);
});

test('reading and moving cases is audited', async () => {
  const auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
  const moves = await auditor.get(`/api/v1/audit?action=case.transition&entity_id=${caseId}&limit=100`);
  assert.equal(moves.json.items.length, 8);
  assert.ok((await auditor.get(`/api/v1/audit?action=case.read&entity_id=${caseId}`)).json.items.length >= 1);
  assert.equal((await auditor.get('/api/v1/cases')).status, 403, 'auditors read the log, not the cases');
});
