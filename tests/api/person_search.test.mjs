// Typo-tolerant person search: GET /api/v1/persons?q= finds names despite typos and Indonesian
// spelling variants, ranks the closest first, pages, and still shows only persons the viewer may see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, run } from '../lib/server.mjs';

let server, admin, worker, supervisor, analyst, auditor, colleague, lsm;
const ids = {};

async function userAt(orgs, username, orgCode, role) {
  const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[orgCode].id, roles: [role], password: `${username}-rahasia-1` });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  const c = new Client(server.url);
  assert.equal((await c.login(username, `${username}-rahasia-1`)).status, 200);
  return c;
}

async function login(role) {
  const c = new Client(server.url);
  assert.equal((await c.login(role, server.credentials[role].password)).status, 200);
  return c;
}

async function register(client, key, body) {
  const r = await client.post('/api/v1/persons', { sex: 'L', ...body });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  ids[key] = r.json.id;
}

const names = (r) => r.json.items.map((p) => p.full_name);

before(async () => {
  server = await startServer({ template: true });
  admin = await login('admin');
  worker = await login('social_worker');
  supervisor = await login('supervisor');
  analyst = await login('analyst');
  auditor = await login('auditor');
  const orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  colleague = await userAt(orgs, 'cari.mks', 'DINSOS-MKS', 'social_worker');
  lsm = await userAt(orgs, 'cari.fps', 'LSM-FPS', 'social_worker');
  await register(worker, 'rizky', { full_name: 'Muhammad Rizky Saputra', other_names: 'Ucok' });
  await register(worker, 'siti', { full_name: 'Siti Aminah', sex: 'P' });
  await register(worker, 'soekarno', { full_name: 'Soekarno Djojohadikoesoemo' });
  await register(worker, 'wahyu', { full_name: 'Wahju Tjahjono' });
  await register(worker, 'fatimah', { full_name: 'Fatimah Azzahra', sex: 'P' });
  await register(worker, 'lestari', { full_name: 'Dewi Lestari', sex: 'P' });
  await register(worker, 'lestary', { full_name: 'Dewi Lestary', sex: 'P' });
  await register(worker, 'fajar', { full_name: 'Fajar Ramadhan', birth_date: '2010-08-01', categories: ['abh'] });
  await register(lsm, 'ridwan', { full_name: 'Mochammad Ridwan' });
});
after(async () => { await server?.stop(); });

test('typos and spelling variants find the person, ranked first', async () => {
  for (const [q, key] of [
    ['Mochammad Riski', 'rizky'], // ch, doubled m, z/s, y/i
    ['muhamad rizki saputra', 'rizky'],
    ['sity aminah', 'siti'], // y for i
    ['Siti Amnah', 'siti'], // a dropped letter
    ['siti aminha', 'siti'], // swapped letters
    ['Sukarno', 'soekarno'], // old spelling oe -> u
    ['wahyu cahyono', 'wahyu'], // old j -> y, tj -> c
    ['fatima', 'fatimah'], // final h dropped
    ['ucok', 'rizky'], // other names count
    ['muh saputra', 'rizky'], // the start of a name
  ]) {
    const r = await worker.get(`/api/v1/persons?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, q);
    assert.ok(r.json.items.length >= 1, `${q}: nothing found`);
    assert.equal(r.json.items[0].id, ids[key], `${q}: ${JSON.stringify(names(r))}`);
  }
});

test('the exact spelling comes before a variant, and unrelated names are not returned', async () => {
  const r = await worker.get('/api/v1/persons?q=dewi%20lestari');
  assert.deepEqual(names(r), ['Dewi Lestari', 'Dewi Lestary']);
  const other = await worker.get('/api/v1/persons?q=dewi%20lestary');
  assert.deepEqual(names(other), ['Dewi Lestary', 'Dewi Lestari']);
  assert.equal((await worker.get('/api/v1/persons?q=zulkarnaen')).json.items.length, 0);
  assert.equal((await worker.get('/api/v1/persons?q=siti%20rahmawati')).json.items.length, 0, 'every typed word must match');
  assert.equal((await worker.get('/api/v1/persons?q=%3F%3F')).json.items.length, 0, 'no letters, no name search');
});

test('results page with a cursor in rank order', async () => {
  const first = await worker.get('/api/v1/persons?q=dewi&limit=1');
  assert.equal(first.json.items.length, 1);
  assert.ok(first.json.next_cursor, 'a second page exists');
  const second = await worker.get(`/api/v1/persons?q=dewi&limit=1&cursor=${encodeURIComponent(first.json.next_cursor)}`);
  assert.equal(second.json.items.length, 1);
  assert.notEqual(second.json.items[0].id, first.json.items[0].id);
  assert.equal(second.json.next_cursor, null);
  assert.deepEqual([...names(first), ...names(second)].sort(), ['Dewi Lestari', 'Dewi Lestary']);
});

test('another organisation\'s persons stay invisible, typo or not; the region supervisor sees both', async () => {
  const own = await lsm.get('/api/v1/persons?q=muhammad');
  assert.deepEqual(own.json.items.map((p) => p.id), [ids.ridwan], 'LSM-FPS sees only its own Muhammad');
  for (const q of ['siti aminah', 'sity aminah', 'Mochammad Riski']) {
    assert.equal((await lsm.get(`/api/v1/persons?q=${encodeURIComponent(q)}`)).json.items.length, 0, q);
  }
  const dinsos = await worker.get('/api/v1/persons?q=mohamad');
  assert.ok(!dinsos.json.items.some((p) => p.id === ids.ridwan), 'Dinsos worker does not see LSM-FPS\'s person');
  assert.ok(dinsos.json.items.some((p) => p.id === ids.rizky));
  const sup = await supervisor.get('/api/v1/persons?q=mohamad');
  assert.deepEqual(sup.json.items.map((p) => p.id).sort(), [ids.rizky, ids.ridwan].sort());
});

test('a sensitive person is found only by the registering worker and supervisors', async () => {
  assert.deepEqual((await worker.get('/api/v1/persons?q=fajr%20ramadan')).json.items.map((p) => p.id), [ids.fajar]);
  assert.equal((await colleague.get('/api/v1/persons?q=fajr%20ramadan')).json.items.length, 0);
  assert.equal((await colleague.get('/api/v1/persons?q=fajar')).json.items.length, 0);
  assert.deepEqual((await supervisor.get('/api/v1/persons?q=fajar%20ramadhan')).json.items.map((p) => p.id), [ids.fajar]);
});

test('analysts cannot search; bad input is a 4xx naming the field', async () => {
  assert.equal((await analyst.get('/api/v1/persons?q=siti')).status, 403);
  const long = await worker.get(`/api/v1/persons?q=${'a'.repeat(201)}`);
  assert.equal(long.status, 400);
  assert.equal(long.json.error.field, 'q');
  const cat = await worker.get('/api/v1/persons?q=siti&category=bukan');
  assert.equal(cat.status, 400);
  assert.equal(cat.json.error.field, 'category');
  const limit = await worker.get('/api/v1/persons?q=siti&limit=0');
  assert.equal(limit.status, 400);
  assert.equal(limit.json.error.field, 'limit');
  const junk = await worker.get('/api/v1/persons?q=siti&cursor=%7C%7C');
  assert.equal(junk.status, 200, 'an unknown cursor is no error');
});

test('the filters still apply to a name search', async () => {
  const r = await worker.get('/api/v1/persons?q=siti&category=abh');
  assert.equal(r.json.items.length, 0);
  const fajar = await worker.get('/api/v1/persons?q=fajar&category=abh');
  assert.deepEqual(fajar.json.items.map((p) => p.id), [ids.fajar]);
});

test('the duplicate check tolerates typos across organisations without revealing the name', async () => {
  const m = await lsm.post('/api/v1/persons/matches', { full_name: 'Sity Aminnah' });
  assert.equal(m.status, 200);
  const hit = m.json.items.find((c) => c.organization.code === 'DINSOS-MKS');
  assert.ok(hit, JSON.stringify(m.json));
  assert.equal(hit.visible, false);
  assert.equal(hit.person_id, null);
  assert.equal(hit.name, 'S*** A***');
});

test('searches are audited with counts only, never the typed name', async () => {
  const r = await auditor.get('/api/v1/audit?action=person.search&limit=200');
  assert.equal(r.status, 200);
  assert.ok(r.json.items.length >= 10);
  const text = JSON.stringify(r.json.items);
  assert.ok(text.includes('by_name'), text.slice(0, 300));
  for (const word of ['sity', 'aminah', 'Mochammad', 'lestari', 'fajr']) assert.ok(!text.toLowerCase().includes(word.toLowerCase()), word);
});

test('mitra generate adds synthetic persons with cases that the search finds', async () => {
  const out = run(['generate', '--db', server.db.url, '--persons', '300', '--seed', '7', '--batch', '100']);
  assert.match(out, /generated 300 synthetic persons/);
  // The supervisor of Makassar sees Makassar's share; pick one and find it by name, with a typo too.
  const list = await supervisor.get('/api/v1/persons?limit=200');
  const generated = list.json.items.filter((p) => !Object.values(ids).includes(p.id) && !p.sensitive);
  assert.ok(generated.length > 20, `only ${generated.length} generated persons visible`);
  const target = generated.find((p) => p.full_name.split(' ').some((w) => w.length >= 6)) ?? generated[0];
  const exact = await supervisor.get(`/api/v1/persons?q=${encodeURIComponent(target.full_name)}&limit=200`);
  assert.ok(exact.json.items.some((p) => p.id === target.id), target.full_name);
  assert.equal(exact.json.items[0].full_name, target.full_name, 'the exact name ranks first');
  const words = target.full_name.split(' ');
  const i = words.findIndex((w) => w.length >= 6);
  if (i >= 0) words[i] = words[i].slice(0, 2) + words[i].slice(3); // drop the third letter
  const typo = await supervisor.get(`/api/v1/persons?q=${encodeURIComponent(words.join(' '))}&limit=200`);
  assert.ok(typo.json.items.some((p) => p.id === target.id), `${words.join(' ')} finds ${target.full_name}`);
  const page = await supervisor.get(`/api/v1/persons/${target.id}`);
  assert.equal(page.status, 200);
  assert.ok(page.json.consents.length === 1);
  const cases = await supervisor.get(`/api/v1/cases?person_id=${target.id}`);
  assert.equal(cases.json.items.length, 1, 'one case each');
  if (page.json.organization.code !== 'LSM-FPS') assert.equal((await lsm.get(`/api/v1/persons/${target.id}`)).status, 404);
});
