// The demo journeys as the demo users see them through the API: Makassar's patrols net exactly
// the persons of seed 001's tables and each stayed at RPTC; Rumah Pintar Bangjo's children are
// enrolled in school and visited monthly (some visits due now); LKS Amanah Bunda's clients took a
// 3-month Loka Bina Karya course and received assistive devices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, signedIn } from '../lib/server.mjs';

let server;
const as = (username) => signedIn(server, username);
const today = new Date().toISOString().slice(0, 10);
const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86400000);

// Every page of a list endpoint.
async function all(client, path) {
  const items = [];
  let cursor = '';
  for (;;) {
    const sep = path.includes('?') ? '&' : '?';
    const r = await client.get(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, JSON.stringify(r.json));
    items.push(...r.json.items);
    if (!r.json.next_cursor) return items;
    cursor = r.json.next_cursor;
  }
}

before(async () => {
  server = await startServer({ template: true });
});
after(async () => server?.stop());

test('Makassar: the patrols of 2022-2024 netted the 1,811 persons of seed 001, each admitted to RPTC', async () => {
  const worker = await as('social_worker');
  const patrols = (await all(worker, '/api/v1/patrols')).filter((p) => p.notes === 'Data contoh');
  const byYear = {};
  for (const p of patrols) byYear[p.started_at.slice(0, 4)] = (byYear[p.started_at.slice(0, 4)] ?? 0) + p.persons_count;
  assert.deepEqual(byYear, { 2022: 467, 2023: 761, 2024: 583 });

  const rptc = await as('rptc_worker');
  const facility = (await rptc.get('/api/v1/facilities')).json.items.find((f) => f.organization.code === 'RPTC-MKS');
  assert.equal(facility.total_beds, 100);
  const night = patrols.find((p) => p.started_at.startsWith('2023') && p.persons_count >= 3);
  const board = await rptc.get(`/api/v1/facilities/${facility.organization.id}/occupancy?date=${night.started_at.slice(0, 10)}`);
  assert.equal(board.status, 200);
  const occupied = board.json.groups.reduce((n, g) => n + g.occupied, 0);
  assert.ok(occupied >= night.persons_count, `the board of that night shows those netted (${occupied})`);
  const stay = board.json.stays[0];
  const stays = await all(rptc, `/api/v1/stays?case_id=${stay.case_id}`);
  assert.equal(stays.length, 1);
  assert.equal(stays[0].status, 'discharged');
  assert.ok(stays[0].destination, 'a discharge destination');
  const services = (await rptc.get(`/api/v1/cases/${stay.case_id}/services`)).json.items;
  assert.ok(services.some((s) => s.type === 'basic_needs' && s.status === 'completed'));
});

test('Semarang: Rumah Pintar Bangjo enrols its children in school and has follow-up visits due', async () => {
  const bangjo = await as('bangjo_worker');
  const due = (await bangjo.get('/api/v1/follow-ups')).json.items;
  assert.ok(due.length > 0, 'visits are due within the month');
  const visit = due[0];
  const track = (await bangjo.get(`/api/v1/cases/${visit.case_id}/follow-ups`)).json.items;
  const recorded = track.filter((v) => v.recorded);
  assert.ok(recorded.length > 0, 'earlier months were visited');
  assert.ok(recorded.every((v) => v.visited_on < today && v.child_in_school !== null));
  const services = (await bangjo.get(`/api/v1/cases/${visit.case_id}/services`)).json.items;
  const school = services.find((s) => s.type === 'education');
  assert.ok(school, 'a school enrolment');
  assert.ok(['SD', 'SMP', 'SMA'].includes(school.details.level));
  assert.equal(school.details.enrolment_status, 'attending');
});

test('Lampung: LKS Amanah Bunda clients took a 3-month Loka Bina Karya course and got assistive devices', async () => {
  const amanah = await as('amanah_worker');
  const cases = await all(amanah, '/api/v1/cases');
  assert.equal(cases.length, 24);
  for (const c of cases.slice(0, 4)) {
    const services = (await amanah.get(`/api/v1/cases/${c.id}/services`)).json.items;
    const course = services.find((s) => s.type === 'vocational_training');
    assert.equal(course.details.loka_bina_karya, true);
    assert.equal(days(course.starts_on, course.ends_on), 91);
    assert.ok(services.some((s) => s.type === 'assistive_device' && s.details.device), 'an assistive device');
  }
});

test('Makassar: the complaints board holds complaints at every step; a resolved one names the person found', async () => {
  const worker = await as('social_worker');
  const board = await all(worker, '/api/v1/complaints');
  const statuses = new Set(board.map((c) => c.status));
  for (const s of ['new', 'triaged', 'dispatched', 'resolved', 'rejected']) assert.ok(statuses.has(s), `a ${s} complaint`);
  const resolved = board.find((c) => c.status === 'resolved');
  const detail = await worker.get(`/api/v1/complaints/${resolved.id}`);
  assert.equal(detail.json.persons.length, 1);
  assert.ok(detail.json.persons[0].full_name, 'the Dinsos worker may see the person found');
  const status = await new Client(server.url).get(`/api/v1/public/complaints/${resolved.ticket}`);
  assert.equal(status.json.status, 'resolved');
});
