// Case content and family: assessment versions, the plan's goals, sensitive notes, family links
// read both ways and households, with who may see what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, admin, worker, workerId, colleague, supervisor, analyst, receiver, bystander, orgs, caseId;

const login = async (username, password) => {
  const c = new Client(server.url);
  const r = await c.login(username, password);
  assert.equal(r.status, 200, `login ${username}`);
  c.id = r.json.user.id;
  return c;
};

before(async () => {
  server = await startServer({ template: true });
  admin = await login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org] of [['rina.rptc', 'RPTC-MKS'], ['yusuf.ysy', 'YSY-MKS'], ['dewi.mks', 'DINSOS-MKS']]) {
    const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: ['social_worker'], password: `${username}-rahasia` });
    assert.equal(r.status, 201);
  }
  receiver = await login('rina.rptc', 'rina.rptc-rahasia');
  bystander = await login('yusuf.ysy', 'yusuf.ysy-rahasia');
  colleague = await login('dewi.mks', 'dewi.mks-rahasia');
  worker = await login('social_worker', server.credentials.social_worker.password);
  workerId = worker.id;
  supervisor = await login('supervisor', server.credentials.supervisor.password);
  analyst = await login('analyst', server.credentials.analyst.password);
  const person = await worker.post('/api/v1/persons', { full_name: 'Hana Lestari', sex: 'P', age_years: 10, categories: ['anak_telantar'] });
  assert.equal(person.status, 201);
  const c = await worker.post('/api/v1/cases', { person_id: person.json.id, reason: 'Penjangkauan' });
  assert.equal(c.status, 201);
  caseId = c.json.id;
});
after(async () => { await server?.stop(); });

const auditOf = async (action, entityId) =>
  (await admin.get(`/api/v1/audit?action=${action}${entityId ? `&entity_id=${entityId}` : ''}`)).json.items;

test('each assessment save is a new version; GET gives the latest per domain and the history', async () => {
  const first = await worker.put(`/api/v1/cases/${caseId}/assessment`, { domains: {
    health: { finding: 'Gizi kurang, belum imunisasi lengkap', need_level: 'high' },
    education: { finding: 'Putus sekolah kelas 3 SD', need_level: 'medium' } } });
  assert.equal(first.status, 200, JSON.stringify(first.json));
  assert.equal(first.json.latest.length, 2);
  assert.deepEqual(first.json.latest.map((a) => [a.domain, a.version, a.need_level]), [['health', 1, 'high'], ['education', 1, 'medium']]);
  assert.equal(first.json.latest[0].assessed_by.id, workerId);

  const second = await worker.put(`/api/v1/cases/${caseId}/assessment`, { domains: { health: { finding: 'Sudah imunisasi di Puskesmas', need_level: 'low' } } });
  assert.equal(second.status, 200);
  const health = second.json.latest.find((a) => a.domain === 'health');
  assert.equal(health.version, 2);
  assert.equal(health.need_level, 'low');
  assert.equal(health.finding, 'Sudah imunisasi di Puskesmas');
  assert.equal(second.json.history.length, 3, 'the first version is kept');
  assert.ok(second.json.history.some((a) => a.domain === 'health' && a.version === 1 && a.need_level === 'high'));

  const read = await supervisor.get(`/api/v1/cases/${caseId}/assessment`);
  assert.equal(read.status, 200);
  assert.equal(read.json.latest.find((a) => a.domain === 'health').version, 2);
  const audits = await auditOf('case_assessment.read', caseId);
  assert.ok(audits.length >= 1, 'reading is audited');
  const saves = await auditOf('case_assessment.save', caseId);
  assert.equal(saves.length, 2);
  assert.ok(!JSON.stringify(saves).includes('imunisasi'), 'audit details carry no findings');
});

test('assessment: bad input names the field; other organisations and analysts are refused', async () => {
  for (const [body, field] of [
    [{}, 'domains'],
    [{ domains: {} }, 'domains'],
    [{ domains: { spiritual: { finding: 'x', need_level: 'low' } } }, 'domains'],
    [{ domains: { health: { finding: 'x', need_level: 'urgent' } } }, 'domains.health.need_level'],
    [{ domains: { health: { finding: '', need_level: 'low' } } }, 'domains.health.finding'],
    [{ domains: { health: { finding: 3, need_level: 'low' } } }, 'domains.health.finding'],
    [{ domains: { health: 'tinggi' } }, 'domains.health'],
  ]) {
    const r = await worker.put(`/api/v1/cases/${caseId}/assessment`, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  assert.equal((await bystander.get(`/api/v1/cases/${caseId}/assessment`)).status, 404);
  assert.equal((await bystander.put(`/api/v1/cases/${caseId}/assessment`, { domains: { legal: { finding: 'x', need_level: 'low' } } })).status, 404);
  assert.equal((await analyst.get(`/api/v1/cases/${caseId}/assessment`)).status, 403);
  assert.equal((await worker.get('/api/v1/cases/00000000-0000-7000-8000-000000000000/assessment')).status, 404);
});

test('plan goals go planned -> in_progress -> achieved and then stay final', async () => {
  const g = await worker.post(`/api/v1/cases/${caseId}/plan/goals`, { domain: 'education', description: 'Didaftarkan kembali ke SD', target_date: '2027-01-15' });
  assert.equal(g.status, 201, JSON.stringify(g.json));
  assert.equal(g.json.status, 'planned');
  assert.equal(g.json.target_date, '2027-01-15');
  assert.deepEqual([g.json.responsible.type, g.json.responsible.id], ['user', workerId], 'the actor by default');
  const started = await worker.patch(`/api/v1/plan-goals/${g.json.id}`, { status: 'in_progress' });
  assert.equal(started.json.status, 'in_progress');
  const done = await worker.patch(`/api/v1/plan-goals/${g.json.id}`, { status: 'achieved' });
  assert.equal(done.json.status, 'achieved');
  const back = await worker.patch(`/api/v1/plan-goals/${g.json.id}`, { status: 'planned' });
  assert.equal(back.status, 409);
  assert.equal(back.json.error.field, 'status');

  const org = await worker.post(`/api/v1/cases/${caseId}/plan/goals`, { domain: 'documents', description: 'Akta lahir dari Dukcapil', responsible_organization_id: orgs['RPTC-MKS'].id });
  assert.equal(org.status, 201);
  assert.equal(org.json.responsible.type, 'organization');
  assert.equal(org.json.responsible.name, orgs['RPTC-MKS'].name);
  assert.equal(org.json.target_date, null);
  const moved = await worker.patch(`/api/v1/plan-goals/${org.json.id}`, { target_date: '2027-03-01', responsible_user_id: workerId });
  assert.equal(moved.json.target_date, '2027-03-01');
  assert.equal(moved.json.responsible.type, 'user');

  const plan = await worker.get(`/api/v1/cases/${caseId}/plan`);
  assert.deepEqual(plan.json.goals.map((x) => [x.domain, x.status]), [['education', 'achieved'], ['documents', 'planned']]);
  assert.ok((await auditOf('case_plan.read', caseId)).length >= 1);
  assert.equal((await auditOf('plan_goal.update', g.json.id)).length, 2);
});

test('plan goals: bad input names the field; outsiders are refused', async () => {
  for (const [body, field] of [
    [{ domain: 'spiritual', description: 'x' }, 'domain'],
    [{ domain: 'health', description: '' }, 'description'],
    [{ domain: 'health', description: 'x', target_date: '2027-02-30' }, 'target_date'],
    [{ domain: 'health', description: 'x', target_date: 'besok' }, 'target_date'],
    [{ domain: 'health', description: 'x', responsible_user_id: 'nope' }, 'responsible_user_id'],
    [{ domain: 'health', description: 'x', responsible_user_id: bystander.id }, 'responsible_user_id'],
    [{ domain: 'health', description: 'x', responsible_organization_id: 'nope' }, 'responsible_organization_id'],
    [{ domain: 'health', description: 'x', responsible_user_id: workerId, responsible_organization_id: orgs['RPTC-MKS'].id }, 'responsible_user_id'],
  ]) {
    const r = await worker.post(`/api/v1/cases/${caseId}/plan/goals`, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  const g = await worker.post(`/api/v1/cases/${caseId}/plan/goals`, { domain: 'health', description: 'Periksa gigi' });
  assert.equal((await worker.patch(`/api/v1/plan-goals/${g.json.id}`, { status: 'done' })).json.error.field, 'status');
  assert.equal((await worker.patch(`/api/v1/plan-goals/${g.json.id}`, { description: '  ' })).json.error.field, 'description');
  assert.equal((await bystander.patch(`/api/v1/plan-goals/${g.json.id}`, { status: 'dropped' })).status, 404);
  assert.equal((await bystander.get(`/api/v1/cases/${caseId}/plan`)).status, 404);
  assert.equal((await analyst.get(`/api/v1/cases/${caseId}/plan`)).status, 403);
  assert.equal((await analyst.post(`/api/v1/cases/${caseId}/plan/goals`, { domain: 'health', description: 'x' })).status, 403);
});

test('a sensitive note is hidden from a referral receiver and an unassigned colleague, readable by its author and the supervisor', async () => {
  const open = await worker.post(`/api/v1/cases/${caseId}/notes`, { body: 'Kunjungan rumah: ibu bekerja di pasar' });
  assert.equal(open.status, 201);
  assert.equal(open.json.sensitive, false);
  const secret = await worker.post(`/api/v1/cases/${caseId}/notes`, { body: 'Dugaan kekerasan oleh paman', sensitive: true });
  assert.equal(secret.status, 201);
  assert.equal(secret.json.sensitive, true);
  assert.equal(secret.json.body, 'Dugaan kekerasan oleh paman');

  const ref = await supervisor.post('/api/v1/referrals', { case_id: caseId, to_organization_id: orgs['RPTC-MKS'].id, service: 'Penempatan', reason: 'Butuh tempat aman', override_reason: 'Anak dalam bahaya' });
  assert.equal(ref.status, 201, JSON.stringify(ref.json));

  const seenByReceiver = await receiver.get(`/api/v1/cases/${caseId}/notes`);
  assert.equal(seenByReceiver.status, 200);
  const hidden = seenByReceiver.json.items.find((n) => n.id === secret.json.id);
  assert.equal(hidden.hidden, true);
  assert.equal(hidden.body, null);
  assert.equal(hidden.placeholder, 'catatan rahasia');
  assert.equal(hidden.author.id, workerId, 'author and time stay visible');
  assert.ok(hidden.created_at);
  assert.equal(seenByReceiver.json.items.find((n) => n.id === open.json.id).body, 'Kunjungan rumah: ibu bekerja di pasar');
  assert.ok(!seenByReceiver.text.includes('kekerasan'));

  const seenByColleague = await colleague.get(`/api/v1/cases/${caseId}/notes`);
  assert.equal(seenByColleague.json.items.find((n) => n.id === secret.json.id).hidden, true);

  for (const reader of [worker, supervisor]) {
    const r = await reader.get(`/api/v1/cases/${caseId}/notes`);
    const n = r.json.items.find((x) => x.id === secret.json.id);
    assert.equal(n.hidden, false);
    assert.equal(n.body, 'Dugaan kekerasan oleh paman');
  }
  const list = await auditOf('case_note.list', caseId);
  assert.ok(list.some((e) => e.details.hidden === 1), 'the receiver\'s read is audited with the hidden count');
  assert.equal((await bystander.get(`/api/v1/cases/${caseId}/notes`)).status, 404);
  assert.equal((await analyst.get(`/api/v1/cases/${caseId}/notes`)).status, 403);
});

test('notes are append-only: a correction is a new note naming the old one; bad input names the field', async () => {
  const notes = (await worker.get(`/api/v1/cases/${caseId}/notes?limit=1`)).json;
  assert.equal(notes.items.length, 1);
  assert.ok(notes.next_cursor, 'paged');
  const old = notes.items[0];
  const fix = await worker.post(`/api/v1/cases/${caseId}/notes`, { body: 'Koreksi: pelaku adalah tetangga', corrects: old.id, sensitive: true });
  assert.equal(fix.status, 201);
  assert.equal(fix.json.corrects, old.id);
  const all = (await worker.get(`/api/v1/cases/${caseId}/notes`)).json.items;
  assert.equal(all[0].id, fix.json.id, 'newest first');
  assert.ok(all.some((n) => n.id === old.id && n.body === old.body), 'the corrected note is kept unchanged');
  assert.equal((await worker.post(`/api/v1/cases/${caseId}/notes`, { body: '' })).json.error.field, 'body');
  assert.equal((await worker.post(`/api/v1/cases/${caseId}/notes`, { body: 'x', sensitive: 'ya' })).json.error.field, 'sensitive');
  assert.equal((await worker.post(`/api/v1/cases/${caseId}/notes`, { body: 'x', corrects: 'nope' })).json.error.field, 'corrects');
  const r = await receiver.post(`/api/v1/cases/${caseId}/notes`, { body: 'koreksi', corrects: fix.json.id });
  assert.equal(r.status, 400, 'a note one may not read cannot be corrected');
  assert.equal(r.json.error.field, 'corrects');
  assert.equal((await worker.get(`/api/v1/cases/${caseId}/notes?limit=0`)).status, 400);
});

test('family links are stored once and read both ways, with the rules on cycles and duplicates', async () => {
  const reg = async (c, full_name, age) => (await c.post('/api/v1/persons', { full_name, sex: 'L', age_years: age, categories: ['anak_jalanan'] })).json.id;
  const budi = await reg(worker, 'Budi Santoso', 9);
  const siti = await reg(worker, 'Siti Aminah', 34);
  const ahmad = await reg(worker, 'Ahmad Daeng', 60);
  const link = await worker.post(`/api/v1/persons/${budi}/family`, { relative_id: siti, relation: 'parent' });
  assert.equal(link.status, 201, JSON.stringify(link.json));
  assert.equal(link.json.relation, 'parent');
  assert.equal(link.json.person.full_name, 'Siti Aminah');
  const fromSiti = await worker.get(`/api/v1/persons/${siti}/family`);
  assert.equal(fromSiti.status, 200);
  assert.deepEqual(fromSiti.json.relatives.map((r) => [r.relation, r.person.full_name]), [['child', 'Budi Santoso']]);
  const dup = await worker.post(`/api/v1/persons/${siti}/family`, { relative_id: budi, relation: 'child' });
  assert.equal(dup.status, 409);
  assert.equal(dup.json.error.field, 'relative_id');
  assert.equal((await worker.post(`/api/v1/persons/${budi}/family`, { relative_id: budi, relation: 'sibling' })).json.error.field, 'relative_id');
  assert.equal((await worker.post(`/api/v1/persons/${budi}/family`, { relative_id: ahmad, relation: 'cousin' })).json.error.field, 'relation');
  assert.equal((await worker.post(`/api/v1/persons/${siti}/family`, { relative_id: ahmad, relation: 'parent' })).status, 201);
  const cycle = await worker.post(`/api/v1/persons/${ahmad}/family`, { relative_id: budi, relation: 'parent' });
  assert.equal(cycle.status, 409, 'a grandchild cannot become the grandparent\'s parent');
  assert.equal(cycle.json.error.field, 'relation');
  const fromAhmad = await worker.get(`/api/v1/persons/${ahmad}/family`);
  assert.deepEqual(fromAhmad.json.relatives.map((r) => r.relation), ['child']);

  // Another organisation's person: not linkable by this worker, and masked when a supervisor links it.
  const rudi = await reg(bystander, 'Rudi Hartono', 12);
  const notVisible = await worker.post(`/api/v1/persons/${budi}/family`, { relative_id: rudi, relation: 'sibling' });
  assert.equal(notVisible.status, 400);
  assert.equal(notVisible.json.error.field, 'relative_id');
  assert.equal((await bystander.get(`/api/v1/persons/${budi}/family`)).status, 404);
  assert.equal((await supervisor.post(`/api/v1/persons/${budi}/family`, { relative_id: rudi, relation: 'sibling' })).status, 201);
  const masked = (await worker.get(`/api/v1/persons/${budi}/family`)).json.relatives.find((r) => r.relation === 'sibling');
  assert.deepEqual(masked.person, { visible: false, id: null, full_name: null, display_name: 'orang lain (tidak dapat dilihat)' });
  assert.ok(!JSON.stringify(await worker.get(`/api/v1/persons/${budi}/family`)).includes('Rudi'));
  const fromRudi = (await bystander.get(`/api/v1/persons/${rudi}/family`)).json.relatives;
  assert.equal(fromRudi[0].person.visible, false);
  assert.equal((await analyst.get(`/api/v1/persons/${budi}/family`)).status, 403);
  assert.equal((await analyst.post(`/api/v1/persons/${budi}/family`, { relative_id: siti, relation: 'parent' })).status, 403);
  const reads = await auditOf('family.read', budi);
  assert.ok(reads.length >= 2);
  assert.ok(!JSON.stringify(reads).includes('Budi'), 'no names in audit details');
});

test('households: a head, members with their relation, one household per person, masked members', async () => {
  const reg = async (c, full_name, age) => (await c.post('/api/v1/persons', { full_name, sex: 'P', age_years: age, categories: ['anak_jalanan'] })).json.id;
  const ibu = await reg(worker, 'Rahma Daeng', 40);
  const anak = await reg(worker, 'Nur Rahma', 8);
  const h = await worker.post('/api/v1/households', { head_person_id: ibu, region_code: '73.71', address: 'Jl. Contoh No. 1', kk_number: '7371010101010001' });
  assert.equal(h.status, 201, JSON.stringify(h.json));
  assert.deepEqual(h.json.members.map((m) => [m.relation, m.person.full_name]), [['head', 'Rahma Daeng']]);
  const added = await worker.post(`/api/v1/households/${h.json.id}/members`, { person_id: anak, relation: 'child' });
  assert.equal(added.status, 200);
  assert.deepEqual(added.json.members.map((m) => m.relation), ['head', 'child']);
  const again = await worker.post(`/api/v1/households/${h.json.id}/members`, { person_id: anak, relation: 'child' });
  assert.equal(again.status, 409);
  assert.equal(again.json.error.field, 'person_id');
  const fam = await worker.get(`/api/v1/persons/${anak}/family`);
  assert.equal(fam.json.household.id, h.json.id);
  assert.equal(fam.json.household.address, 'Jl. Contoh No. 1');

  for (const [body, field] of [
    [{ head_person_id: anak, region_code: '73.71', kk_number: '123' }, 'kk_number'],
    [{ head_person_id: anak, region_code: '99.99' }, 'region_code'],
    [{ head_person_id: 'nope', region_code: '73.71' }, 'head_person_id'],
    [{ region_code: '73.71' }, 'head_person_id'],
  ]) {
    const r = await worker.post('/api/v1/households', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  const taken = await worker.post('/api/v1/households', { head_person_id: anak, region_code: '73.71' });
  assert.equal(taken.status, 409);
  const other = await reg(worker, 'Tamu', 30);
  assert.equal((await worker.post(`/api/v1/households/${h.json.id}/members`, { person_id: other, relation: 'head' })).json.error.field, 'relation');

  // A member from another organisation, added by the region's supervisor, is masked for the worker;
  // that organisation's worker sees their own person and not the others.
  const lodger = await reg(bystander, 'Penghuni Lain', 25);
  assert.equal((await supervisor.post(`/api/v1/households/${h.json.id}/members`, { person_id: lodger, relation: 'other' })).status, 200);
  const byWorker = await worker.get(`/api/v1/households/${h.json.id}`);
  assert.equal(byWorker.json.members.length, 3);
  assert.equal(byWorker.json.members[2].person.visible, false);
  assert.equal(byWorker.json.members[2].person.display_name, 'orang lain (tidak dapat dilihat)');
  const byBystander = await bystander.get(`/api/v1/households/${h.json.id}`);
  assert.equal(byBystander.status, 200);
  assert.deepEqual(byBystander.json.members.map((m) => m.person.visible), [false, false, true]);
  assert.equal((await receiver.get(`/api/v1/households/${h.json.id}`)).status, 404);
  assert.equal((await analyst.get(`/api/v1/households/${h.json.id}`)).status, 403);
  assert.ok((await auditOf('household.read', h.json.id)).length >= 2);
  assert.equal((await auditOf('household.member_add', h.json.id)).length, 2);
});
