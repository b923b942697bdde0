// Data ganda: the same child registered by Dinsos, a partner NGO and another city under other
// spellings is found by the linkage engine, merged by the region's supervisor without losing a
// case, service or audit entry, unmerged exactly, and a "not the same person" is remembered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn, newUserSignedIn } from '../lib/server.mjs';

let server, admin, worker, supervisor, auditor;
const users = {};
const p = {}; // name -> person id
let orgs;

const userAt = (username, orgCode, role) => newUserSignedIn(server, admin, username, orgs[orgCode].id, role);

async function register(client, body) {
  const r = await client.post('/api/v1/persons', { sex: 'L', ...body });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json.id;
}

async function openCase(client, personId) {
  const r = await client.post('/api/v1/cases', { person_id: personId, reason: 'Penjangkauan anak jalanan' });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json.id;
}

// The yearly PMKS table's grand total for the supervisor (persons counted per category).
let reportYear;
const pmksTotal = async () => (await supervisor.get(`/api/v1/reports/pmks?year=${reportYear}`)).json.total.total;

const casesOf = async (personId) => (await supervisor.get(`/api/v1/cases?person_id=${personId}&limit=200`)).json.items.map((c) => c.id).sort();
const auditIdsOf = async (entityId) => (await auditor.get(`/api/v1/audit?entity_id=${entityId}&limit=200`)).json.items.map((e) => e.seq ?? e.id);

async function queue(client, status = 'open') {
  const items = [];
  let cursor = '';
  for (;;) {
    const r = await client.get(`/api/v1/duplicates?status=${status}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, JSON.stringify(r.json));
    items.push(...r.json.items);
    if (!r.json.next_cursor) return items;
    cursor = r.json.next_cursor;
  }
}

// The pair of two persons as the client sees it (sides in either order), or undefined.
const pairOf = (items, x, y) => items.find((d) => {
  const ids = [d.a.person_id, d.b.person_id];
  return ids.includes(x) && (y === null ? true : ids.includes(y));
});

before(async () => {
  server = await startServer({ template: true });
  admin = await signedIn(server, 'admin');
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  [worker, supervisor, auditor] = await Promise.all(['social_worker', 'supervisor', 'auditor'].map((u) => signedIn(server, u)));
  users.ngo = await userAt('sari.fps', 'LSM-FPS', 'social_worker');
  users.smgWorker = await userAt('tono.smg', 'DINSOS-SMG', 'social_worker');
  users.smgSupervisor = await userAt('budi.smg', 'DINSOS-SMG', 'supervisor');

  const mother = 'Siti Rahmawati';
  p.rizki = await register(worker, { full_name: 'Muhammad Rizki', birth_date: '2014-05-17', mother_name: mother, categories: ['anak_jalanan'] });
  p.rizky = await register(users.ngo, { full_name: 'Moh. Rizky', birth_date: '2014-05-17', mother_name: mother, nik: '7371011705140007', phone: '081355501234', categories: ['anak_jalanan'], confirm_warnings: true });
  p.rizkySmg = await register(users.smgWorker, { full_name: 'Mochamad Riski', birth_date: '2014-05-17', mother_name: mother });
  p.aisyah = await register(worker, { full_name: 'Nur Aisyah', sex: 'P', birth_date: '2011-02-03', mother_name: 'Hasnah' });
  p.noor = await register(users.ngo, { full_name: 'Noor Aisyah', sex: 'P', birth_date: '2011-02-03', mother_name: 'Hasnah' });
});
after(async () => { await server?.stop(); });

test('at registration, the engine finds the same child under another spelling in another organisation', async () => {
  const r = await users.ngo.post('/api/v1/persons/matches', { full_name: 'Mochammad Rizky', birth_date: '2014-05-17', mother_name: 'Siti Rahmawati' });
  assert.equal(r.status, 200);
  const codes = r.json.items.map((c) => c.organization.code);
  assert.ok(codes.includes('DINSOS-MKS'), JSON.stringify(r.json));
  const dinsos = r.json.items.find((c) => c.organization.code === 'DINSOS-MKS');
  assert.equal(dinsos.visible, false, 'another organisation\'s record');
  assert.equal(dinsos.person_id, null);
  assert.equal(dinsos.name, 'M*** R***');
  assert.equal(dinsos.birth_year, '2014');
  const own = r.json.items.find((c) => c.organization.code === 'LSM-FPS');
  assert.equal(own.person_id, p.rizky, 'its own record, in full');
});

test('dedup puts the planted pairs into the queue with per-field evidence', async () => {
  const run = await supervisor.post('/api/v1/duplicates/run', {});
  assert.equal(run.status, 200, JSON.stringify(run.json));
  assert.ok(run.json.persons >= 5);
  const open = await queue(supervisor);
  const pair = pairOf(open, p.rizki, p.rizky);
  assert.ok(pair, 'Muhammad Rizki / Moh. Rizky');
  assert.ok(pairOf(open, p.aisyah, p.noor), 'Nur Aisyah / Noor Aisyah');
  assert.equal(pair.status, 'open');
  assert.ok(pair.probability >= 0.5, String(pair.probability));
  const evidence = Object.fromEntries(pair.evidence.map((e) => [e.field, e.agreement]));
  assert.equal(evidence.birth, 'same');
  assert.equal(evidence.mother, 'same');
  assert.ok(['same', 'similar'].includes(evidence.name), evidence.name);
  // Re-running does not duplicate pairs.
  const again = await supervisor.post('/api/v1/duplicates/run', {});
  assert.equal(again.json.inserted, 0);
  const reopen = await queue(supervisor);
  assert.equal(reopen.filter((d) => pairOf([d], p.rizki, p.rizky)).length, 1);
  assert.equal(reopen.length, open.length);
});

test('a side outside the supervisor\'s region is reduced to initials, birth year and holder', async () => {
  const open = await queue(supervisor);
  const cross = open.find((d) => [d.a, d.b].some((s) => s.person_id === p.rizki) && [d.a, d.b].some((s) => !s.visible));
  assert.ok(cross, 'the Semarang record is proposed too');
  const hidden = [cross.a, cross.b].find((s) => !s.visible);
  assert.equal(hidden.person_id, null);
  assert.equal(hidden.name, 'M*** R***');
  assert.equal(hidden.birth_year, '2014');
  assert.equal(hidden.organization.code, 'DINSOS-SMG');
  const one = await supervisor.get(`/api/v1/duplicates/${cross.id}`);
  assert.equal(one.status, 200);
  assert.equal([one.json.a, one.json.b].find((s) => !s.visible).person, undefined, 'no record of the hidden side');
  const merge = await supervisor.post(`/api/v1/duplicates/${cross.id}/merge`, { survivor_id: p.rizki });
  assert.equal(merge.status, 403);
  assert.match(merge.json.error.message, /wilayah/);
});

test('partner workers, administrators and another city\'s supervisor cannot review the pair', async () => {
  const pair = pairOf(await queue(supervisor), p.rizki, p.rizky);
  for (const [who, client] of [['partner NGO worker', users.ngo], ['Dinsos social worker', worker], ['admin', admin]]) {
    const list = await client.get('/api/v1/duplicates');
    assert.equal(list.status, 403, who);
    assert.match(list.json.error.message, /supervisor Dinas Sosial/);
    assert.equal((await client.get(`/api/v1/duplicates/${pair.id}`)).status, 403, who);
    assert.equal((await client.post(`/api/v1/duplicates/${pair.id}/merge`, { survivor_id: p.rizki })).status, 403, who);
  }
  assert.equal((await users.ngo.post('/api/v1/duplicates/run', {})).status, 403);
  const smg = await queue(users.smgSupervisor);
  assert.equal(pairOf(smg, p.rizki, p.rizky), undefined, 'a Makassar pair is not in Semarang\'s queue');
  assert.equal((await users.smgSupervisor.post(`/api/v1/duplicates/${pair.id}/merge`, { survivor_id: p.rizki })).status, 403);
});

test('bad input gets a 4xx naming the field', async () => {
  const pair = pairOf(await queue(supervisor), p.rizki, p.rizky);
  const bad = await supervisor.post(`/api/v1/duplicates/${pair.id}/merge`, { survivor_id: p.aisyah });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'survivor_id');
  const missing = await supervisor.post(`/api/v1/duplicates/${pair.id}/merge`, {});
  assert.equal(missing.status, 400);
  assert.equal(missing.json.error.field, 'survivor_id');
  assert.equal((await supervisor.get('/api/v1/duplicates/00000000-0000-7000-8000-000000000000')).status, 404);
  const status = await supervisor.get('/api/v1/duplicates?status=semua');
  assert.equal(status.status, 400);
  assert.equal(status.json.error.field, 'status');
  const notMerged = await supervisor.post(`/api/v1/persons/${p.rizki}/unmerge`, {});
  assert.equal(notMerged.status, 409);
  assert.match(notMerged.json.error.message, /tidak sedang digabungkan/);
});

let before_ = {};
test('merge moves every case and service to the survivor, keeps every audit entry, and hides the absorbed record', async () => {
  const caseA = await openCase(worker, p.rizki);
  const caseB = await openCase(users.ngo, p.rizky);
  const service = await users.ngo.post(`/api/v1/cases/${caseB}/services`, { type: 'basic_needs', details: { items: 'Makan siang' }, starts_on: '2026-01-05' });
  assert.equal(service.status, 201, JSON.stringify(service.json));
  before_ = {
    casesA: await casesOf(p.rizki), casesB: await casesOf(p.rizky),
    servicesB: (await supervisor.get(`/api/v1/cases/${caseB}/services`)).json.items.map((s) => s.id),
    auditB: await auditIdsOf(p.rizky), auditCaseB: await auditIdsOf(caseB),
  };
  assert.deepEqual(before_.casesA, [caseA]);
  assert.deepEqual(before_.casesB, [caseB]);

  reportYear = (await supervisor.get(`/api/v1/persons/${p.rizky}`)).json.categories[0].assessed_on.slice(0, 4);
  before_.pmks = await pmksTotal();
  const pair = pairOf(await queue(supervisor), p.rizki, p.rizky);
  const detail = await supervisor.get(`/api/v1/duplicates/${pair.id}`);
  assert.equal(detail.status, 200);
  assert.deepEqual([detail.json.a.person.full_name, detail.json.b.person.full_name].sort(), ['Moh. Rizky', 'Muhammad Rizki']);
  const reads = await auditor.get(`/api/v1/audit?action=duplicate.read&entity_id=${pair.id}`);
  assert.equal(reads.json.items.length, 1, 'the side-by-side read is audited');

  const merged = await supervisor.post(`/api/v1/duplicates/${pair.id}/merge`, { survivor_id: p.rizki });
  assert.equal(merged.status, 200, JSON.stringify(merged.json));
  assert.equal(merged.json.status, 'merged');
  assert.equal(merged.json.survivor_id, p.rizki);
  assert.equal(merged.json.absorbed_id, p.rizky);

  assert.deepEqual(await casesOf(p.rizki), [caseA, caseB].sort(), 'both cases now belong to the survivor');
  assert.deepEqual(await casesOf(p.rizky), []);
  assert.deepEqual((await supervisor.get(`/api/v1/cases/${caseB}/services`)).json.items.map((s) => s.id), before_.servicesB);
  const absorbed = await supervisor.get(`/api/v1/persons/${p.rizky}`);
  assert.equal(absorbed.status, 200);
  assert.equal(absorbed.json.merged_into, p.rizki, 'the absorbed record points at the survivor');
  const survivor = (await supervisor.get(`/api/v1/persons/${p.rizki}`)).json;
  assert.equal(survivor.merged_into, null);
  assert.equal(survivor.nik, '7371011705140007', 'the survivor takes the NIK it lacked');
  assert.equal(survivor.phone, '081355501234');
  assert.equal(survivor.full_name, 'Muhammad Rizki', 'and keeps its own name');
  assert.equal(absorbed.json.nik ?? '', '', 'a NIK is unique: it moves');
  assert.equal(await pmksTotal(), before_.pmks - 1, 'both held "anak jalanan": the child is counted once now');
  const byNik = await worker.post('/api/v1/persons/matches', { full_name: 'Rizki', sex: 'L', nik: '7371011705140007' });
  assert.equal(byNik.json.items[0].person_id, p.rizki, 'the same NIK finds the kept record first');
  assert.equal(byNik.json.items[0].reason, 'same_nik');
  const search = await supervisor.get('/api/v1/persons?q=rizky&limit=200');
  assert.ok(!search.json.items.some((x) => x.id === p.rizky), 'hidden from search');
  const kept = await auditIdsOf(p.rizky);
  for (const id of before_.auditB) assert.ok(kept.includes(id), 'no audit entry is lost');
  for (const id of before_.auditCaseB) assert.ok((await auditIdsOf(caseB)).includes(id));
  const entry = (await auditor.get(`/api/v1/audit?action=person.merge&entity_id=${pair.id}`)).json.items;
  assert.equal(entry.length, 1);
  assert.doesNotMatch(JSON.stringify(entry[0]), /Rizk/, 'ids only');

  // The absorbed record takes no new data: no new case, no correction.
  const newCase = await users.ngo.post('/api/v1/cases', { person_id: p.rizky, reason: 'Penjangkauan ulang' });
  assert.equal(newCase.status, 409, JSON.stringify(newCase.json));
  assert.match(newCase.json.error.message, /sudah digabungkan/);
  assert.equal((await supervisor.patch(`/api/v1/persons/${p.rizky}`, { phone: '081234567890' })).status, 409);

  const twice = await supervisor.post(`/api/v1/duplicates/${pair.id}/merge`, { survivor_id: p.rizki });
  assert.equal(twice.status, 409);
  assert.equal(twice.json.error.message, 'Pasangan ini sudah digabungkan.');
  assert.equal((await supervisor.post(`/api/v1/duplicates/${pair.id}/not-same`, {})).status, 409);
  assert.equal((await queue(supervisor, 'merged')).filter((d) => d.id === pair.id).length, 1);
  assert.equal(pairOf(await queue(supervisor), p.rizki, p.rizky), undefined, 'no longer open');
});

test('unmerge moves exactly those rows back, and the pair is never proposed again', async () => {
  const r = await supervisor.post(`/api/v1/persons/${p.rizky}/unmerge`, {});
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.status, 'unmerged');
  assert.deepEqual(await casesOf(p.rizki), before_.casesA);
  assert.deepEqual(await casesOf(p.rizky), before_.casesB);
  assert.deepEqual((await supervisor.get(`/api/v1/cases/${before_.casesB[0]}/services`)).json.items.map((s) => s.id), before_.servicesB);
  const absorbed = (await supervisor.get(`/api/v1/persons/${p.rizky}`)).json;
  assert.equal(absorbed.merged_into, null);
  assert.equal(absorbed.nik, '7371011705140007', 'the NIK goes back');
  const survivor = (await supervisor.get(`/api/v1/persons/${p.rizki}`)).json;
  assert.equal(survivor.nik ?? '', '');
  assert.equal(survivor.phone ?? '', '', 'the filled fields are emptied again');
  assert.equal(await pmksTotal(), before_.pmks, 'two persons in the yearly table again');
  const search = await supervisor.get('/api/v1/persons?q=rizky&limit=200');
  assert.ok(search.json.items.some((x) => x.id === p.rizky), 'back in search');
  assert.equal((await supervisor.post(`/api/v1/persons/${p.rizky}/unmerge`, {})).status, 409);
  const run = await supervisor.post('/api/v1/duplicates/run', {});
  assert.equal(run.status, 200);
  assert.equal(pairOf(await queue(supervisor), p.rizki, p.rizky), undefined, 'not proposed again');
  const unmerged = pairOf(await queue(supervisor, 'unmerged'), p.rizki, p.rizky);
  assert.ok(unmerged);
  const retry = await supervisor.post(`/api/v1/duplicates/${unmerged.id}/merge`, { survivor_id: p.rizki });
  assert.equal(retry.status, 409, 'an unmerged pair is not merged again');
  assert.equal((await auditor.get(`/api/v1/audit?action=person.unmerge&entity_id=${unmerged.id}`)).json.items.length, 1);
});

test('"not the same person" is remembered across re-runs of dedup', async () => {
  const pair = pairOf(await queue(supervisor), p.aisyah, p.noor);
  const r = await supervisor.post(`/api/v1/duplicates/${pair.id}/not-same`, {});
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.status, 'not_same');
  const run = await supervisor.post('/api/v1/duplicates/run', {});
  assert.equal(run.status, 200);
  assert.ok(run.json.kept >= 2, 'the decided pairs are left alone');
  assert.equal(pairOf(await queue(supervisor), p.aisyah, p.noor), undefined);
  assert.equal(pairOf(await queue(supervisor, 'not_same'), p.aisyah, p.noor).id, pair.id);
  const again = await supervisor.post(`/api/v1/duplicates/${pair.id}/not-same`, {});
  assert.equal(again.status, 409);
});
