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

test('religion and kinds of disability are registered and read back; categories show who assessed them', async () => {
  const body = { full_name: 'Wayan Sudarsana', sex: 'L', birth_date: '1990-02-11', religion: 'hindu',
    disabilities: ['fisik', 'sensorik_rungu'], categories: ['penyandang_disabilitas'] };
  const r = await worker.post('/api/v1/persons', body);
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.religion, 'hindu');
  assert.deepEqual(r.json.disabilities, ['fisik', 'sensorik_rungu']);
  const got = await worker.get(`/api/v1/persons/${r.json.id}`);
  assert.equal(got.json.religion, 'hindu');
  assert.deepEqual(got.json.disabilities, ['fisik', 'sensorik_rungu']);
  const [category] = got.json.categories;
  assert.equal(category.code, 'penyandang_disabilitas');
  assert.equal(category.ended_on, null);
  assert.match(category.assessed_on, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(category.assessed_by.id && category.assessed_by.name, JSON.stringify(category));
  // Unknown when not given: "" and [].
  const unknown = await worker.get(`/api/v1/persons/${andi.id}`);
  assert.equal(unknown.json.religion, '');
  assert.deepEqual(unknown.json.disabilities, []);
});

test('an unknown religion or kind of disability is refused naming the field', async () => {
  const base = { full_name: 'Uji Agama', sex: 'P' };
  for (const [extra, field] of [
    [{ religion: 'Islam' }, 'religion'],
    [{ religion: 'lainnya' }, 'religion'],
    [{ religion: 7 }, 'religion'],
    [{ disabilities: ['tuna_rungu'] }, 'disabilities'],
    [{ disabilities: ['sensorik'] }, 'disabilities'],
    [{ disabilities: ['mental', 'mental'] }, 'disabilities'],
    [{ disabilities: 'fisik' }, 'disabilities'],
  ]) {
    const r = await worker.post('/api/v1/persons', { ...base, ...extra });
    assert.equal(r.status, 400, JSON.stringify(extra));
    assert.equal(r.json.error.field, field, JSON.stringify(extra));
  }
});

test('a category is added later, ended with a date, cannot end twice and may be assessed again', async () => {
  const p = (await worker.post('/api/v1/persons', { full_name: 'Joko Susilo', sex: 'L', birth_date: '2011-01-05', categories: ['anak_jalanan'] })).json;
  const add = await worker.post(`/api/v1/persons/${p.id}/categories`, { category: 'anak_telantar', assessed_on: '2026-01-10' });
  assert.equal(add.status, 201, JSON.stringify(add.json));
  const added = add.json.categories.find((c) => c.code === 'anak_telantar');
  assert.deepEqual([added.assessed_on, added.ended_on], ['2026-01-10', null]);
  assert.ok(added.assessed_by.name);

  const again = await worker.post(`/api/v1/persons/${p.id}/categories`, { category: 'anak_telantar' });
  assert.equal(again.status, 409, 'the category applies already');
  assert.equal(again.json.error.field, 'category');
  for (const [body, field] of [
    [{ category: 'bukan_kategori' }, 'category'],
    [{}, 'category'],
    [{ category: 'fakir_miskin', assessed_on: '2999-01-01' }, 'assessed_on'],
    [{ category: 'fakir_miskin', assessed_on: '2026-02-30' }, 'assessed_on'],
  ]) {
    const r = await worker.post(`/api/v1/persons/${p.id}/categories`, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }

  const early = await worker.post(`/api/v1/persons/${p.id}/categories/anak_telantar/end`, { ended_on: '2026-01-09' });
  assert.equal(early.status, 400, 'not before the assessment');
  assert.equal(early.json.error.field, 'ended_on');
  const future = await worker.post(`/api/v1/persons/${p.id}/categories/anak_telantar/end`, { ended_on: '2999-01-01' });
  assert.equal(future.json.error.field, 'ended_on');
  const end = await worker.post(`/api/v1/persons/${p.id}/categories/anak_telantar/end`, { ended_on: '2026-03-01' });
  assert.equal(end.status, 200, JSON.stringify(end.json));
  const ended = end.json.categories.find((c) => c.code === 'anak_telantar');
  assert.deepEqual([ended.assessed_on, ended.ended_on], ['2026-01-10', '2026-03-01']);
  assert.equal(end.json.categories.find((c) => c.code === 'anak_jalanan').ended_on, null, 'the other category still applies');

  const twice = await worker.post(`/api/v1/persons/${p.id}/categories/anak_telantar/end`, {});
  assert.equal(twice.status, 409);
  assert.equal(twice.json.error.field, 'category');
  const never = await worker.post(`/api/v1/persons/${p.id}/categories/fakir_miskin/end`, {});
  assert.equal(never.status, 404, 'a category never recorded for the person');

  // Search by category counts only categories that apply.
  const search = async () => (await worker.get('/api/v1/persons?category=anak_telantar&q=joko susilo')).json.items.map((x) => x.id);
  assert.ok(!(await search()).includes(p.id));

  const before = await worker.post(`/api/v1/persons/${p.id}/categories`, { category: 'anak_telantar', assessed_on: '2026-02-01' });
  assert.equal(before.status, 400, 'a new period starts after the previous one ended');
  assert.equal(before.json.error.field, 'assessed_on');
  const reassessed = await supervisor.post(`/api/v1/persons/${p.id}/categories`, { category: 'anak_telantar', assessed_on: '2026-06-01' });
  assert.equal(reassessed.status, 201, 'the region\'s supervisor may assess too');
  const periods = reassessed.json.categories.filter((c) => c.code === 'anak_telantar').map((c) => [c.assessed_on, c.ended_on]);
  assert.deepEqual(periods, [['2026-01-10', '2026-03-01'], ['2026-06-01', null]]);
  assert.ok((await search()).includes(p.id));
  const got = await worker.get(`/api/v1/persons/${p.id}`);
  assert.deepEqual(got.json.categories.filter((c) => c.code === 'anak_telantar').map((c) => [c.assessed_on, c.ended_on]), periods);

  // Audited with codes and dates only.
  const auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
  const adds = (await auditor.get(`/api/v1/audit?action=person.category_add&entity_id=${p.id}`)).json.items;
  assert.equal(adds.length, 2);
  assert.deepEqual(adds.map((e) => e.details.category), ['anak_telantar', 'anak_telantar']);
  const ends = (await auditor.get(`/api/v1/audit?action=person.category_end&entity_id=${p.id}`)).json.items;
  assert.equal(ends.length, 1);
  assert.deepEqual([ends[0].details.category, ends[0].details.ended_on], ['anak_telantar', '2026-03-01']);
  assert.ok(!JSON.stringify([...adds, ...ends]).includes('Joko'), 'no names in the log');
});

test('a sensitive category added later protects the person from then on', async () => {
  const p = (await worker.post('/api/v1/persons', { full_name: 'Gilang Pratama', sex: 'L', birth_date: '2009-04-04', categories: ['anak_jalanan'] })).json;
  assert.equal((await users.colleague.get(`/api/v1/persons/${p.id}`)).status, 200);
  const r = await worker.post(`/api/v1/persons/${p.id}/categories`, { category: 'abh' });
  assert.equal(r.status, 201);
  assert.equal(r.json.sensitive, true);
  assert.equal((await users.colleague.get(`/api/v1/persons/${p.id}`)).status, 404);
  const end = await worker.post(`/api/v1/persons/${p.id}/categories/abh/end`, {});
  assert.equal(end.status, 200);
  assert.equal(end.json.sensitive, true, 'ending the category does not publish the identity');
});

test('only social workers and supervisors who see the person change categories', async () => {
  const p = (await worker.post('/api/v1/persons', { full_name: 'Hana Lestari', sex: 'P', birth_date: '2012-09-09', categories: ['anak_jalanan'] })).json;
  for (const [who, client] of [['another organisation', users.lsm], ['another city\'s supervisor', users.smgSupervisor]]) {
    assert.equal((await client.post(`/api/v1/persons/${p.id}/categories`, { category: 'anak_telantar' })).status, 404, who);
    assert.equal((await client.post(`/api/v1/persons/${p.id}/categories/anak_jalanan/end`, {})).status, 404, who);
  }
  const analyst = new Client(server.url);
  await analyst.login('analyst', server.credentials.analyst.password);
  const a1 = await analyst.post(`/api/v1/persons/${p.id}/categories`, { category: 'anak_telantar' });
  assert.equal(a1.status, 403);
  assert.equal((await analyst.post(`/api/v1/persons/${p.id}/categories/anak_jalanan/end`, {})).status, 403);
  assert.equal((await analyst.post('/api/v1/persons/no-such-person/categories', { category: 'anak_telantar' })).status, 403);
  const unchanged = await worker.get(`/api/v1/persons/${p.id}`);
  assert.deepEqual(unchanged.json.categories.map((c) => [c.code, c.ended_on]), [['anak_jalanan', null]]);
  assert.equal((await worker.post('/api/v1/persons/no-such-person/categories', { category: 'anak_telantar' })).status, 404);
});
