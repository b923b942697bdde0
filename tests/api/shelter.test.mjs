// Shelter stays (penempatan di RPTC): capacity by bed group, admissions refused when full,
// overdue stays, discharges with a signed hand-over, the occupancy board, and who may see it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, admin, rptc, rptcSupervisor, dinsosWorker, supervisor, outsider, analyst, orgs;
const people = {}; // name -> { personId, caseId }
const stays = {}; // name -> stay id

// The board's days are the facility's local days: Makassar is UTC+8 (WITA).
const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
const daysAgo = (n) => new Date(Date.now() - n * 86400e3).toISOString();

async function login(username, password) {
  const c = new Client(server.url);
  const r = await c.login(username, password);
  assert.equal(r.status, 200, `login ${username}`);
  return c;
}

// Registers a person and opens a case for them as `client`.
async function personWithCase(client, full_name, sex, age_years) {
  const p = await client.post('/api/v1/persons', { full_name, sex, age_years, categories: ['anak_jalanan'] });
  assert.equal(p.status, 201, JSON.stringify(p.json));
  const c = await client.post('/api/v1/cases', { person_id: p.json.id, reason: 'Hasil patroli TRC' });
  assert.equal(c.status, 201, JSON.stringify(c.json));
  people[full_name] = { personId: p.json.id, caseId: c.json.id };
  return people[full_name];
}

const admission = (name, extra = {}) => ({
  case_id: people[name].caseId,
  facility_id: orgs['RPTC-MKS'].id,
  health_checked: true,
  health_note: 'Sehat, tidak demam',
  belongings: ['Tas ransel', 'Sandal jepit'],
  ...extra,
});

before(async () => {
  // More I/O threads than cores, so that simultaneous admissions really overlap (without the
  // facility lock the race test fails about every other run on PostgreSQL).
  server = await startServer({ template: true, extraArgs: ['--threads', '8'] });
  admin = await login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org, role] of [['dewi.rptc', 'RPTC-MKS', 'social_worker'], ['hasan.rptc', 'RPTC-MKS', 'supervisor'], ['sari.fps', 'LSM-FPS', 'social_worker']]) {
    const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: [role], password: `${username}-rahasia` });
    assert.equal(r.status, 201, JSON.stringify(r.json));
  }
  rptc = await login('dewi.rptc', 'dewi.rptc-rahasia');
  rptcSupervisor = await login('hasan.rptc', 'hasan.rptc-rahasia');
  outsider = await login('sari.fps', 'sari.fps-rahasia');
  dinsosWorker = await login('social_worker', server.credentials.social_worker.password);
  supervisor = await login('supervisor', server.credentials.supervisor.password);
  analyst = await login('analyst', server.credentials.analyst.password);
  await personWithCase(rptc, 'Andi Saputra', 'L', 12);
  await personWithCase(rptc, 'Bayu Pratama', 'L', 14);
  await personWithCase(rptc, 'Citra Amelia', 'P', 16);
  await personWithCase(rptc, 'Dedi Kurniawan', 'L', 40);
});
after(async () => { await server?.stop(); });

const capacityUrl = () => `/api/v1/facilities/${orgs['RPTC-MKS'].id}/capacity`;

test('a Dinsos admin or the facility supervisor sets beds by sex and age group; others may not', async () => {
  const beds = { male_child: 1, female_child: 2, male_adult: 1, female_adult: 0 };
  assert.equal((await analyst.put(capacityUrl(), beds)).status, 403);
  assert.equal((await dinsosWorker.put(capacityUrl(), beds)).status, 403);
  assert.equal((await outsider.put(capacityUrl(), beds)).status, 403);
  const r = await admin.put(capacityUrl(), beds);
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.deepEqual(r.json.capacity, beds);
  assert.equal(r.json.total_beds, 4);
  assert.equal(r.json.organization.code, 'RPTC-MKS');
  const own = await rptcSupervisor.put(capacityUrl(), { ...beds, female_adult: 1 });
  assert.equal(own.status, 200, 'the facility supervisor');
  assert.equal(own.json.capacity.female_adult, 1);
  const list = await analyst.get('/api/v1/facilities');
  assert.equal(list.status, 200, 'capacity is aggregate data');
  const rptcRow = list.json.items.find((f) => f.organization.code === 'RPTC-MKS');
  assert.equal(rptcRow.total_beds, 5);
  assert.equal(list.json.next_cursor, null);
});

test('bad capacity input is a 4xx naming the field', async () => {
  const beds = { male_child: 1, female_child: 2, male_adult: 1, female_adult: 1 };
  for (const [body, field] of [
    [{ ...beds, male_child: -1 }, 'male_child'],
    [{ ...beds, female_adult: undefined }, 'female_adult'],
    [{ ...beds, male_adult: 'dua' }, 'male_adult'],
    [{ ...beds, female_child: 1.5 }, 'female_child'],
    [{ ...beds, male_child: 99999999 }, 'male_child'],
  ]) {
    const r = await admin.put(capacityUrl(), body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field);
  }
  const office = await admin.put(`/api/v1/facilities/${orgs['DINSOS-MKS'].id}/capacity`, beds);
  assert.equal(office.status, 400);
  assert.equal(office.json.error.field, 'organization_id');
  assert.equal((await admin.put('/api/v1/facilities/no-such-org/capacity', beds)).status, 404);
});

test('admission derives the bed group, defaults to 7 days and records the checklist', async () => {
  const r = await rptc.post('/api/v1/stays', admission('Andi Saputra'));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.bed_group, 'male_child');
  assert.equal(r.json.status, 'open');
  assert.equal(r.json.planned_days, 7);
  assert.equal(r.json.overdue, false);
  assert.equal(r.json.person.full_name, 'Andi Saputra');
  assert.equal(r.json.health_checked, true);
  assert.deepEqual(r.json.belongings, [{ item: 'Tas ransel', returned: null }, { item: 'Sandal jepit', returned: null }]);
  stays.andi = r.json.id;
  const adult = await rptc.post('/api/v1/stays', admission('Dedi Kurniawan', { planned_days: 3, belongings: [] }));
  assert.equal(adult.status, 201, JSON.stringify(adult.json));
  assert.equal(adult.json.bed_group, 'male_adult');
  stays.dedi = adult.json.id;
});

test('admitting into a full group is refused with 409 naming the group and its capacity', async () => {
  const r = await rptc.post('/api/v1/stays', admission('Bayu Pratama'));
  assert.equal(r.status, 409, JSON.stringify(r.json));
  assert.equal(r.json.error.field, 'bed_group');
  assert.match(r.json.error.message, /anak laki-laki/);
  assert.match(r.json.error.message, /kapasitas 1/);
  const again = await rptc.post('/api/v1/stays', admission('Andi Saputra'));
  assert.equal(again.status, 409, 'one open stay per person');
  assert.equal(again.json.error.field, 'case_id');
});

test('bad admission input is a 4xx naming the field', async () => {
  for (const [extra, field] of [
    [{ planned_days: 0 }, 'planned_days'],
    [{ planned_days: 366 }, 'planned_days'],
    [{ planned_days: 'tujuh' }, 'planned_days'],
    [{ health_checked: undefined }, 'health_checked'],
    [{ health_checked: false, health_note: '' }, 'health_note'],
    [{ belongings: 'tas' }, 'belongings'],
    [{ belongings: ['tas', ''] }, 'belongings'],
    [{ admitted_at: 'kemarin' }, 'admitted_at'],
    [{ admitted_at: daysAgo(40) }, 'admitted_at'],
    [{ admitted_at: daysAgo(-2) }, 'admitted_at'],
    [{ age_group: 'toddler' }, 'age_group'],
    [{ case_id: undefined }, 'case_id'],
  ]) {
    const r = await rptc.post('/api/v1/stays', admission('Citra Amelia', extra));
    assert.equal(r.status, 400, JSON.stringify(extra));
    assert.equal(r.json.error.field, field, JSON.stringify(r.json));
  }
  const notShelter = await rptc.post('/api/v1/stays', admission('Citra Amelia', { facility_id: orgs['YSY-MKS'].id }));
  assert.ok(notShelter.status === 400 || notShelter.status === 403, `${notShelter.status}`);
});

test('a stay admitted in the past is overdue after its planned days, in lists and on the board', async () => {
  const r = await rptc.post('/api/v1/stays', admission('Citra Amelia', { admitted_at: daysAgo(5), planned_days: 3 }));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.bed_group, 'female_child');
  assert.equal(r.json.overdue, true);
  assert.equal(r.json.days_stayed, 5);
  stays.citra = r.json.id;
  const facility = orgs['RPTC-MKS'].id;
  const overdue = await rptc.get(`/api/v1/stays?facility=${facility}&status=overdue`);
  assert.equal(overdue.status, 200);
  assert.deepEqual(overdue.json.items.map((s) => s.id), [stays.citra]);
  const open = await rptc.get(`/api/v1/stays?facility=${facility}&status=open`);
  assert.deepEqual(new Set(open.json.items.map((s) => s.id)), new Set([stays.andi, stays.dedi, stays.citra]));
  assert.equal((await rptc.get(`/api/v1/stays?facility=${facility}&status=gone`)).json.error.field, 'status');
  assert.equal((await rptc.get('/api/v1/stays')).status, 400);
  const byCase = await rptc.get(`/api/v1/stays?case_id=${people['Citra Amelia'].caseId}`);
  assert.deepEqual(byCase.json.items.map((s) => s.id), [stays.citra]);
});

test('the occupancy board counts per bed group for the day and lists the stays', async () => {
  const facility = orgs['RPTC-MKS'].id;
  const r = await rptc.get(`/api/v1/facilities/${facility}/occupancy?date=${today()}`);
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const groups = Object.fromEntries(r.json.groups.map((g) => [g.bed_group, g]));
  assert.deepEqual(groups.male_child, { bed_group: 'male_child', sex: 'L', age_group: 'child', capacity: 1, occupied: 1, free: 0 });
  assert.equal(groups.female_child.occupied, 1);
  assert.equal(groups.female_child.free, 1);
  assert.equal(groups.male_adult.occupied, 1);
  assert.equal(groups.female_adult.occupied, 0);
  assert.equal(r.json.stays.length, 3);
  const citra = r.json.stays.find((s) => s.id === stays.citra);
  assert.equal(citra.person.full_name, 'Citra Amelia');
  assert.equal(citra.overdue, true);
  assert.equal(citra.days_stayed, 5);
  const before = await rptc.get(`/api/v1/facilities/${facility}/occupancy?date=${daysAgo(3).slice(0, 10)}`);
  assert.equal(before.json.stays.length, 1, 'only the stay admitted five days ago');
  assert.equal(before.json.stays[0].id, stays.citra);
  assert.equal(before.json.stays[0].overdue, false, 'not yet past its 3 days then');
  assert.equal((await rptc.get(`/api/v1/facilities/${facility}/occupancy?date=26-11-2026`)).json.error.field, 'date');
  const dinsos = await supervisor.get(`/api/v1/facilities/${facility}/occupancy`);
  assert.equal(dinsos.status, 200, 'the region supervisor');
  assert.equal(dinsos.json.stays.length, 3);
});

test('another organisation, a Dinsos worker without the case at the facility, and analysts are kept out', async () => {
  const facility = orgs['RPTC-MKS'].id;
  assert.equal((await outsider.get(`/api/v1/facilities/${facility}/occupancy`)).status, 403);
  assert.equal((await outsider.get(`/api/v1/stays?facility=${facility}`)).status, 403);
  assert.equal((await outsider.get(`/api/v1/stays/${stays.andi}`)).status, 404);
  assert.equal((await outsider.post(`/api/v1/stays/${stays.andi}/discharge`, { destination: 'ran_away' })).status, 404);
  const theirs = await personWithCase(outsider, 'Eko Wijaya', 'L', 30);
  const r = await outsider.post('/api/v1/stays', { ...admission('Eko Wijaya'), case_id: theirs.caseId });
  assert.equal(r.status, 403, 'a case of another organisation cannot be admitted by it');
  const notVisible = await outsider.post('/api/v1/stays', admission('Bayu Pratama'));
  assert.equal(notVisible.status, 404);
  for (const path of [`/api/v1/facilities/${facility}/occupancy`, `/api/v1/stays?facility=${facility}`, `/api/v1/stays/${stays.andi}`])
    assert.equal((await analyst.get(path)).status, 403, path);
  assert.equal((await analyst.post('/api/v1/stays', admission('Bayu Pratama'))).status, 403);
  assert.equal((await dinsosWorker.get(`/api/v1/facilities/${facility}/occupancy`)).status, 403);
});

test('a Dinsos case referred to RPTC is admitted by RPTC staff, not by the referring worker', async () => {
  const { caseId } = await personWithCase(dinsosWorker, 'Fajar Nugroho', 'L', 35);
  const body = { ...admission('Fajar Nugroho'), case_id: caseId };
  assert.equal((await dinsosWorker.post('/api/v1/stays', body)).status, 403);
  const ref = await supervisor.post('/api/v1/referrals', { case_id: caseId, to_organization_id: orgs['RPTC-MKS'].id, service: 'Penempatan RPTC', reason: 'Butuh tempat aman', override_reason: 'Tidak ada keluarga' });
  assert.equal(ref.status, 201, JSON.stringify(ref.json));
  const r = await rptc.post('/api/v1/stays', body);
  assert.equal(r.status, 409, 'the only adult male bed is taken');
  assert.match(r.json.error.message, /dewasa laki-laki/);
  await admin.put(capacityUrl(), { male_child: 1, female_child: 2, male_adult: 2, female_adult: 1 });
  const ok = await rptc.post('/api/v1/stays', body);
  assert.equal(ok.status, 201, JSON.stringify(ok.json));
  assert.equal(ok.json.person.full_name, 'Fajar Nugroho');
  const seen = await dinsosWorker.get(`/api/v1/stays/${ok.json.id}`);
  assert.equal(seen.status, 200, 'the case owner sees the stay');
  stays.fajar = ok.json.id;
});

test('discharge needs a destination and a signed hand-over, and checks belongings against the inventory', async () => {
  const url = `/api/v1/stays/${stays.andi}/discharge`;
  for (const [body, field] of [
    [{ destination: 'street' }, 'destination'],
    [{}, 'destination'],
    [{ destination: 'family', belongings_returned: ['Tas ransel', 'Sandal jepit'] }, 'handover_name'],
    [{ destination: 'family', handover_name: 'Siti', belongings_returned: ['Tas ransel', 'Sandal jepit'] }, 'handover_relation'],
    [{ destination: 'family', handover_name: 'Siti', handover_relation: 'ibu', belongings_returned: ['Ponsel'] }, 'belongings_returned'],
    [{ destination: 'family', handover_name: 'Siti', handover_relation: 'ibu', belongings_returned: ['Tas ransel'] }, 'note'],
    [{ destination: 'family', handover_name: 'Siti', handover_relation: 'ibu', discharged_at: daysAgo(2) }, 'discharged_at'],
  ]) {
    const r = await rptc.post(url, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(r.json));
  }
  const ok = await rptc.post(url, { destination: 'family', handover_name: 'Siti', handover_relation: 'ibu', belongings_returned: ['Tas ransel'], note: 'Sandal tertinggal di kamar mandi, dibuang' });
  assert.equal(ok.status, 200, JSON.stringify(ok.json));
  assert.equal(ok.json.status, 'discharged');
  assert.equal(ok.json.destination, 'family');
  assert.deepEqual(ok.json.handover, { name: 'Siti', relation: 'ibu', organization: null });
  assert.deepEqual(ok.json.belongings, [{ item: 'Tas ransel', returned: true }, { item: 'Sandal jepit', returned: false }]);
  assert.ok(ok.json.discharged_at);
  assert.equal((await rptc.post(url, { destination: 'ran_away' })).status, 409, 'already discharged');
  const ran = await rptc.post(`/api/v1/stays/${stays.citra}/discharge`, { destination: 'ran_away' });
  assert.equal(ran.status, 200, 'no hand-over when the person ran away');
  assert.equal(ran.json.overdue, false);
  const hospital = await rptc.post(`/api/v1/stays/${stays.dedi}/discharge`, { destination: 'hospital', handover_organization: 'RSUD Daya', belongings_returned: [] });
  assert.equal(hospital.status, 200, 'a receiving organisation signs');
  const discharged = await rptc.get(`/api/v1/stays?facility=${orgs['RPTC-MKS'].id}&status=discharged`);
  // Newest first: the three just discharged lead the list (the demo's older stays follow).
  assert.deepEqual(new Set(discharged.json.items.slice(0, 3).map((s) => s.id)), new Set([stays.andi, stays.citra, stays.dedi]));
  assert.ok(discharged.json.items.every((s) => s.status === 'discharged'));
});

test('a freed bed takes the next person; the board of the day counts who is still there', async () => {
  const r = await rptc.post('/api/v1/stays', admission('Bayu Pratama'));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  const board = await rptc.get(`/api/v1/facilities/${orgs['RPTC-MKS'].id}/occupancy?date=${today()}`);
  const groups = Object.fromEntries(board.json.groups.map((g) => [g.bed_group, g]));
  assert.equal(groups.male_child.occupied, 1);
  assert.equal(groups.female_child.occupied, 0, 'discharged today: the bed is free tonight');
  assert.deepEqual(board.json.stays.map((s) => s.person.full_name).sort(), ['Bayu Pratama', 'Fajar Nugroho']);
  stays.bayu = r.json.id;
});

test('admissions at once into the last bed: exactly one gets it', async () => {
  await admin.put(capacityUrl(), { male_child: 1, female_child: 2, male_adult: 2, female_adult: 2 });
  const first = await personWithCase(rptc, 'Gita Maharani', 'P', 30);
  assert.equal((await rptc.post('/api/v1/stays', admission('Gita Maharani', { case_id: first.caseId }))).status, 201);
  const names = ['Hesti Wulandari', 'Indah Permata', 'Juwita Sari', 'Kartika Dewi'];
  for (const name of names) await personWithCase(rptc, name, 'P', 30);
  const results = await Promise.all(names.map((name, i) => (i % 2 ? rptcSupervisor : rptc).post('/api/v1/stays', admission(name))));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409], JSON.stringify(results.map((r) => r.json)));
  const board = await rptc.get(`/api/v1/facilities/${orgs['RPTC-MKS'].id}/occupancy`);
  assert.equal(board.json.groups.find((g) => g.bed_group === 'female_adult').occupied, 2);
});

test('a child victim stays anonymous on the board for facility staff not assigned to her', async () => {
  const p = await rptc.post('/api/v1/persons', { full_name: 'Lina Marlina', sex: 'P', age_years: 15, categories: ['anak_korban_kekerasan'] });
  assert.equal(p.status, 201, JSON.stringify(p.json));
  const c = await rptc.post('/api/v1/cases', { person_id: p.json.id, reason: 'Rujukan PPA' });
  people['Lina Marlina'] = { personId: p.json.id, caseId: c.json.id };
  const r = await rptc.post('/api/v1/stays', admission('Lina Marlina', { health_note: 'Luka memar di lengan' }));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.person.full_name, 'Lina Marlina', 'her assigned worker sees her');
  const admin2 = await admin.post('/api/v1/users', { username: 'tono.rptc', display_name: 'Tono', organization_id: orgs['RPTC-MKS'].id, roles: ['social_worker'], password: 'tono.rptc-rahasia' });
  assert.equal(admin2.status, 201);
  const tono = await login('tono.rptc', 'tono.rptc-rahasia');
  const board = await tono.get(`/api/v1/facilities/${orgs['RPTC-MKS'].id}/occupancy`);
  const lina = board.json.stays.find((s) => s.id === r.json.id);
  assert.equal(lina.person.full_name, null);
  assert.equal(lina.health_note, null);
  assert.equal(lina.belongings, null);
  assert.equal(lina.bed_group, 'female_child', 'still counted in her bed group');
  assert.ok(!JSON.stringify(board.json).includes('Lina'));
  assert.ok(!JSON.stringify(board.json).includes('memar'));
  const dinsos = await supervisor.get(`/api/v1/stays/${r.json.id}`);
  assert.equal(dinsos.json.person.full_name, 'Lina Marlina', 'the region supervisor sees her');
});

test('admissions, discharges and reads are audited without names', async () => {
  const auditor = await login('auditor', server.credentials.auditor.password);
  const created = await auditor.get('/api/v1/audit?action=stay.create&limit=100');
  assert.ok(created.json.items.length >= 5);
  const andi = (await auditor.get(`/api/v1/audit?action=stay.discharge&entity_id=${stays.andi}`)).json.items;
  assert.equal(andi.length, 1);
  assert.deepEqual(andi[0].details, { destination: 'family', returned: 1, kept: 1 });
  const boards = await auditor.get(`/api/v1/audit?action=facility.occupancy&entity_id=${orgs['RPTC-MKS'].id}&limit=100`);
  assert.ok(boards.json.items.length >= 4);
  await dinsosWorker.get(`/api/v1/stays/${stays.fajar}`);
  assert.ok((await auditor.get(`/api/v1/audit?action=stay.read&entity_id=${stays.fajar}`)).json.items.length >= 1);
  const everything = JSON.stringify((await auditor.get('/api/v1/audit?limit=200')).json.items.map((e) => e.details));
  for (const name of ['Andi', 'Citra', 'Lina', 'Siti', 'Tas ransel', 'Sehat', 'memar']) assert.ok(!everything.includes(name), name);
});
