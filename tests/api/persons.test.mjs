// The person registry: registration rules, who sees whom, likely matches, audit of every read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, admin, worker, supervisor;
const users = {};
let orgs;

async function userAt(username, orgCode, role) {
  await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[orgCode].id, roles: [role], password: `${username}-rahasia-1` });
  const c = new Client(server.url);
  const r = await c.login(username, `${username}-rahasia-1`);
  assert.equal(r.status, 200);
  return c;
}

before(async () => {
  server = await startServer({ template: true });
  admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  supervisor = new Client(server.url);
  await supervisor.login('supervisor', server.credentials.supervisor.password);
  users.colleague = await userAt('rudi.mks', 'DINSOS-MKS', 'social_worker');
  users.lsm = await userAt('sari.fps', 'LSM-FPS', 'social_worker');
  users.smgSupervisor = await userAt('budi.smg', 'DINSOS-SMG', 'supervisor');
});
after(async () => { await server?.stop(); });

const andi = {
  full_name: 'Andi Saputra', other_names: 'Ucok', sex: 'L', birth_date: '2012-03-14', nik: '7371031403120001',
  mother_name: 'Siti Aminah', categories: ['anak_jalanan'], documents: ['kk'], education_level: 'sd', school_status: 'dropped_out',
  domicile_region: '73.71.03',
  consent: { given_by: 'Siti Aminah', relation: 'parent', purpose: 'Pendampingan dan rujukan layanan', given_on: '2026-11-20' },
};

test('a worker registers a child with NIK, category and the parent\'s consent', async () => {
  const r = await worker.post('/api/v1/persons', andi);
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.full_name, 'Andi Saputra');
  assert.equal(r.json.nik, '7371031403120001');
  assert.equal(r.json.organization.code, 'DINSOS-MKS');
  assert.equal(r.json.region_code, '73.71');
  assert.deepEqual(r.json.categories.map((c) => c.code), ['anak_jalanan']);
  assert.equal(r.json.consents[0].relation, 'parent');
  assert.equal(r.json.sensitive, false);
  const got = await worker.get(`/api/v1/persons/${r.json.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.json.mother_name, 'Siti Aminah');
  andi.id = r.json.id;
});

test('a NIK failing the structural rules is refused naming the wrong part', async () => {
  for (const [nik, part] of [['737103140312000', /16/], ['7371033403120001', /01-31/], ['7371031413120001', /01-12/], ['7371031403120000', /0000/]]) {
    const r = await worker.post('/api/v1/persons', { ...andi, nik, full_name: 'Uji NIK' });
    assert.equal(r.status, 400, nik);
    assert.equal(r.json.error.field, 'nik');
    assert.match(r.json.error.message, part);
  }
});

test('the same NIK from another organisation is refused, naming who holds it', async () => {
  const r = await users.lsm.post('/api/v1/persons', { ...andi, full_name: 'Andi S.' });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.field, 'nik');
  assert.match(r.json.error.message, /Dinas Sosial Kota Makassar/);
  assert.match(r.json.error.message, /rujukan/);
});

test('a NIK that disagrees with sex or birth date is a warning to confirm, not a refusal', async () => {
  const body = { full_name: 'Rina Wulandari', sex: 'L', birth_date: '2011-05-02', nik: '7371034205110003', categories: ['anak_telantar'] };
  const warned = await worker.post('/api/v1/persons', body);
  assert.equal(warned.status, 409);
  assert.equal(warned.json.error.field, 'warnings');
  assert.match(warned.json.error.message, /Jenis kelamin/);
  const confirmed = await worker.post('/api/v1/persons', { ...body, confirm_warnings: true });
  assert.equal(confirmed.status, 201);
  assert.ok(confirmed.json.warnings.length >= 1);
});

test('an age gives an estimated birth date; children need a parent or guardian\'s consent', async () => {
  const year = new Date().getUTCFullYear() - 9;
  const r = await worker.post('/api/v1/persons', { full_name: 'Dedi', sex: 'L', age_years: 9, categories: ['anak_jalanan'] });
  assert.equal(r.status, 201);
  assert.equal(r.json.birth_date, `${year}-07-01`);
  assert.equal(r.json.birth_date_estimated, true);
  assert.equal(r.json.nik, null);
  const self = await worker.post('/api/v1/persons', { full_name: 'Eka', sex: 'P', age_years: 12,
    consent: { given_by: 'Eka', relation: 'self', purpose: 'Pendampingan', given_on: '2026-11-20' } });
  assert.equal(self.status, 400);
  assert.equal(self.json.error.field, 'consent.relation');
  const bad = await worker.post('/api/v1/persons', { full_name: 'Eka', sex: 'X' });
  assert.equal(bad.json.error.field, 'sex');
  const cat = await worker.post('/api/v1/persons', { full_name: 'Eka', sex: 'P', categories: ['bukan_kategori'] });
  assert.equal(cat.json.error.field, 'categories');
});

test('another organisation cannot see the person; the region\'s Dinsos supervisor can; another city cannot', async () => {
  assert.equal((await users.lsm.get(`/api/v1/persons/${andi.id}`)).status, 404);
  const list = await users.lsm.get('/api/v1/persons?q=andi');
  assert.equal(list.status, 200);
  assert.equal(list.json.items.length, 0);
  assert.equal((await supervisor.get(`/api/v1/persons/${andi.id}`)).status, 200);
  assert.equal((await users.smgSupervisor.get(`/api/v1/persons/${andi.id}`)).status, 404);
  const colleague = await users.colleague.get('/api/v1/persons?q=andi saputra');
  assert.deepEqual(colleague.json.items.map((p) => p.id), [andi.id], 'same organisation, typed in lower case');
});

test('a child in conflict with the law is seen only by the registering worker and supervisors', async () => {
  const r = await worker.post('/api/v1/persons', { full_name: 'Fajar Ramadhan', sex: 'L', birth_date: '2010-08-01', categories: ['abh'] });
  assert.equal(r.status, 201);
  assert.equal(r.json.sensitive, true);
  assert.equal((await worker.get(`/api/v1/persons/${r.json.id}`)).status, 200);
  assert.equal((await users.colleague.get(`/api/v1/persons/${r.json.id}`)).status, 404, 'a colleague in the same office');
  assert.equal((await users.colleague.get('/api/v1/persons?q=fajar')).json.items.length, 0);
  assert.equal((await supervisor.get(`/api/v1/persons/${r.json.id}`)).status, 200);
  // Another organisation's duplicate check learns that a record exists, not whose.
  const m = await users.lsm.post('/api/v1/persons/matches', { full_name: 'Fajar Ramadhan', birth_date: '2010-08-01' });
  assert.equal(m.json.items.length, 1);
  assert.equal(m.json.items[0].name, '');
  assert.equal(m.json.items[0].birth_year, '');
  assert.equal(m.json.items[0].person_id, null);
});

test('analysts, auditors and administrators never get identities', async () => {
  for (const [name, c] of [['analyst', null], ['auditor', null], ['admin', admin]]) {
    const client = c ?? new Client(server.url);
    if (!c) await client.login(name, server.credentials[name].password);
    assert.equal((await client.get('/api/v1/persons')).status, 403, name);
    assert.equal((await client.get(`/api/v1/persons/${andi.id}`)).status, 403, name);
  }
});

test('before registering, a worker elsewhere sees a likely match and which organisation holds it', async () => {
  const r = await users.lsm.post('/api/v1/persons/matches', { full_name: 'andi saputra', birth_date: '2012-01-01' });
  assert.equal(r.status, 200);
  const hit = r.json.items.find((c) => c.organization.code === 'DINSOS-MKS');
  assert.ok(hit, JSON.stringify(r.json));
  assert.equal(hit.reason, 'similar_name');
  assert.equal(hit.visible, false);
  assert.equal(hit.person_id, null);
  assert.equal(hit.name, 'A*** S***');
  assert.equal(hit.birth_year, '2012');
  const byNik = await users.lsm.post('/api/v1/persons/matches', { nik: '7371031403120001' });
  assert.equal(byNik.json.items[0].reason, 'same_nik');
  const own = await worker.post('/api/v1/persons/matches', { full_name: 'Andi Saputra' });
  assert.equal(own.json.items[0].visible, true);
  assert.equal(own.json.items[0].person_id, andi.id);
  const far = await users.lsm.post('/api/v1/persons/matches', { full_name: 'Andi Saputra', birth_date: '1980-01-01' });
  assert.equal(far.json.items.length, 0, 'a similar name decades apart is not proposed');
});

test('every read of a person is in the audit log, without the person\'s name', async () => {
  const auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
  const reads = await auditor.get(`/api/v1/audit?action=person.read&entity_id=${andi.id}`);
  assert.ok(reads.json.items.length >= 2, 'the worker and the supervisor read Andi');
  const searches = await auditor.get('/api/v1/audit?action=person.search');
  assert.ok(searches.json.items.length >= 1);
  const all = await auditor.get('/api/v1/audit?limit=200');
  const text = JSON.stringify(all.json.items.filter((e) => e.entity_type === 'person'));
  assert.ok(!text.includes('Andi') && !text.includes('Saputra') && !text.includes('7371031403120001'), 'no names or NIKs in the log');
});

test('the PMKS category list has the 26 categories plus ODGJ and Orang Terlantar', async () => {
  const r = await worker.get('/api/v1/pmks-categories');
  assert.equal(r.json.items.length, 28);
  assert.equal(r.json.items[3].name, 'Anak Jalanan');
  assert.equal(r.json.items[3].number, 4);
  assert.ok(r.json.items.find((c) => c.code === 'abh').sensitive);
});
