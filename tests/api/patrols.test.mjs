// Patrols and raids: several persons netted at once, each quick-registered and given a case at the
// receiving shelter; who sees what afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, worker, supervisor, shelter, bystander, analyst, orgs, patrolId;

before(async () => {
  server = await startServer({ template: true });
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org] of [['rudi.rptc', 'RPTC-MKS'], ['yani.ysy', 'YSY-MKS']])
    await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: ['social_worker'], password: `${username}-rahasia` });
  shelter = new Client(server.url);
  await shelter.login('rudi.rptc', 'rudi.rptc-rahasia');
  bystander = new Client(server.url);
  await bystander.login('yani.ysy', 'yani.ysy-rahasia');
  worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  supervisor = new Client(server.url);
  await supervisor.login('supervisor', server.credentials.supervisor.password);
  analyst = new Client(server.url);
  await analyst.login('analyst', server.credentials.analyst.password);
});
after(async () => { await server?.stop(); });

const hoursAgo = (h) => new Date(Date.now() - h * 3600e3).toISOString().replace(/\.\d+Z$/, 'Z');

test('a patrol is recorded with place, team and receiving shelter; bad input names the field', async () => {
  const base = { kind: 'raid', started_at: hoursAgo(3), place: 'Simpang Lima Jl. Urip Sumoharjo', agencies: ['trc', 'satpol_pp'],
    team: 'TRC Dinsos + Satpol PP', receiving_organization_id: orgs['RPTC-MKS'].id, coordinates: { latitude: -5.1350, longitude: 119.4240 } };
  for (const [change, field] of [
    [{ kind: 'sweeping' }, 'kind'],
    [{ started_at: '2024-13-40' }, 'started_at'],
    [{ started_at: new Date(Date.now() + 86400e3).toISOString() }, 'started_at'],
    [{ place: '' }, 'place'],
    [{ agencies: [] }, 'agencies'],
    [{ agencies: ['tentara'] }, 'agencies'],
    [{ coordinates: { latitude: 119.42, longitude: -5.13 } }, 'latitude'],
    [{ coordinates: { latitude: 'lima', longitude: 119 } }, 'latitude'],
    [{ receiving_organization_id: 'no-such-org' }, 'receiving_organization_id'],
    [{ place_region: '99.99.99' }, 'place_region'],
  ]) {
    const r = await worker.post('/api/v1/patrols', { ...base, ...change });
    assert.equal(r.status, 400, `${JSON.stringify(change)} -> ${r.status}`);
    assert.equal(r.json.error.field, field, JSON.stringify(change));
  }
  const r = await worker.post('/api/v1/patrols', base);
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.kind, 'raid');
  assert.equal(r.json.receiving_organization.code, 'RPTC-MKS');
  assert.equal(r.json.organization.code, 'DINSOS-MKS');
  assert.deepEqual(r.json.agencies, ['trc', 'satpol_pp']);
  assert.equal(r.json.coordinates.latitude, -5.135);
  assert.equal(r.json.persons_count, 0);
  patrolId = r.json.id;
  assert.equal((await analyst.post('/api/v1/patrols', base)).status, 403);
});

test('several persons netted at once: each quick-registered with a case at the receiving shelter', async () => {
  const netted = [
    { person: { full_name: 'Ucok (panggilan)', sex: 'L', age_years: 11, categories: ['anak_jalanan'] }, found_note: 'Mengamen di lampu merah' },
    { person: { full_name: 'Wati', sex: 'P', age_years: 9, categories: ['anak_jalanan'] }, found_note: 'Menjual tisu' },
    { person: { full_name: 'Pak Darman', sex: 'L', age_years: 67, categories: ['pengemis', 'lansia_telantar'] }, found_note: 'Mengemis' },
  ];
  const cases = [];
  for (const n of netted) {
    const r = await worker.post(`/api/v1/patrols/${patrolId}/persons`, n);
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.equal(r.json.person.full_name, n.person.full_name);
    assert.deepEqual(r.json.person.categories.toSorted(), n.person.categories.toSorted());
    assert.equal(r.json.case_stage, null, 'the case lives at the shelter, not at Dinsos');
    cases.push(r.json.case_id);
  }
  const p = await worker.get(`/api/v1/patrols/${patrolId}`);
  assert.equal(p.json.persons_count, 3);
  assert.deepEqual(p.json.persons.map((x) => x.person.full_name), netted.map((n) => n.person.full_name));
  // The shelter sees the patrol, the persons and their new cases at first contact.
  const seen = await shelter.get(`/api/v1/patrols/${patrolId}`);
  assert.equal(seen.status, 200);
  assert.ok(seen.json.persons.every((x) => x.case_stage === 'first_contact'));
  const c = await shelter.get(`/api/v1/cases/${cases[0]}`);
  assert.equal(c.status, 200);
  assert.equal(c.json.organization.code, 'RPTC-MKS');
  assert.match(c.json.transitions[0].reason, /Terjaring razia .* Simpang Lima/);
  const inbox = (await shelter.get('/api/v1/patrols')).json.items.map((x) => x.id);
  assert.ok(inbox.includes(patrolId), 'the receiving shelter lists the patrols that brought people in');
  // An organisation not party to it sees nothing of it.
  assert.equal((await bystander.get(`/api/v1/patrols/${patrolId}`)).status, 404);
  assert.equal((await bystander.get(`/api/v1/cases/${cases[0]}`)).status, 404);
  assert.ok(!(await bystander.get('/api/v1/patrols')).json.items.some((x) => x.id === patrolId));
  assert.equal((await analyst.get(`/api/v1/patrols/${patrolId}`)).status, 403);
});

test('a person already registered is netted again without a duplicate, reusing the open case', async () => {
  const p = await worker.post('/api/v1/patrols', { started_at: hoursAgo(1), place: 'Pantai Losari', agencies: ['dinsos'], receiving_organization_id: orgs['RPTC-MKS'].id });
  const first = (await worker.get(`/api/v1/patrols/${patrolId}`)).json.persons[0];
  const again = await worker.post(`/api/v1/patrols/${p.json.id}/persons`, { person_id: first.person.id, found_note: 'Kembali mengamen' });
  assert.equal(again.status, 201, JSON.stringify(again.json));
  assert.equal(again.json.case_id, first.case_id);
  const twice = await worker.post(`/api/v1/patrols/${p.json.id}/persons`, { person_id: first.person.id });
  assert.equal(twice.status, 409);
  assert.equal((await worker.post(`/api/v1/patrols/${p.json.id}/persons`, {})).json.error.field, 'person');
  const bad = await worker.post(`/api/v1/patrols/${p.json.id}/persons`, { person: { full_name: '', sex: 'L' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'person.full_name');
  assert.equal((await bystander.post(`/api/v1/patrols/${p.json.id}/persons`, { person: { full_name: 'X', sex: 'L' } })).status, 404);
});

test('the patrol is closed once, by the organisation that went out; lists filter by kind and date', async () => {
  assert.equal((await shelter.post(`/api/v1/patrols/${patrolId}/end`, {})).status, 403);
  const ended = await worker.post(`/api/v1/patrols/${patrolId}/end`, { notes: '3 orang dibawa ke RPTC' });
  assert.equal(ended.status, 200, JSON.stringify(ended.json));
  assert.ok(ended.json.ended_at >= ended.json.started_at);
  assert.equal((await worker.post(`/api/v1/patrols/${patrolId}/end`, {})).status, 409);
  const today = new Date(Date.now() - 86400e3).toISOString().slice(0, 10);
  const raids = (await worker.get(`/api/v1/patrols?kind=raid&from=${today}`)).json.items;
  assert.deepEqual(raids.map((x) => x.id), [patrolId]);
  assert.equal((await worker.get('/api/v1/patrols?kind=x')).status, 400);
  assert.equal((await worker.get('/api/v1/patrols?from=kemarin')).json.error.field, 'from');
  const tomorrow = new Date(Date.now() + 86400e3).toISOString().slice(0, 10);
  assert.equal((await worker.get(`/api/v1/patrols?from=${tomorrow}`)).json.items.length, 0);
});

test('reading a patrol is audited without names', async () => {
  const admin = new Client(server.url);
  await admin.login('auditor', server.credentials.auditor.password);
  const log = await admin.get('/api/v1/audit?action=patrol.read');
  assert.ok(log.json.items.length >= 2);
  assert.ok(!JSON.stringify(log.json).includes('Ucok'));
});

test('the demo data holds Makassar patrols of 2022-2024 with the seed counts of persons netted', async () => {
  // The supervisor of Dinsos Makassar sees the region's persons: the four ABH of table 1.3 (2024).
  const abh = (await supervisor.get('/api/v1/persons?category=abh&limit=200')).json.items.filter((p) => p.other_names === 'data contoh');
  assert.equal(abh.length, 4);
  let netted = 0, count = 0, cursor = null;
  do {
    const page = (await supervisor.get(`/api/v1/patrols?from=2023-01-01&to=2024-01-01&limit=200${cursor ? `&cursor=${cursor}` : ''}`)).json;
    netted += page.items.reduce((n, p) => n + p.persons_count, 0);
    count += page.items.length;
    cursor = page.next_cursor;
  } while (cursor);
  assert.equal(netted, 761, 'table 1.2: 761 persons in 2023');
  assert.ok(count > 50, `${count} patrols in 2023`);
});
