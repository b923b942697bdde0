// Assistance requests, needs and meetings that name a partnership (partnership_id): the id must
// be a partnership the actor sees (400 on partnership_id otherwise, the same for an unknown one),
// and the lists filter by it, each within its own visibility rule: a request letter only for its
// two organisations, needs for every signed-in partner, meetings for the organiser, the invited
// and the organiser region's Dinsos. The demo's Semarang, DKI and Makassar RHRB partnerships hold
// the demo's letters, wheelchairs and meetings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';

let server, bangjo, smg, fps, mks, dki, csr, orgs;
let semarang, rhrb, dkiPartnership;
const UNKNOWN = '01900000-0000-7000-8000-000000000000';
const todayWib = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

async function all(client, path) {
  const items = [];
  let cursor = '';
  for (;;) {
    const r = await client.get(`${path}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, JSON.stringify(r.json));
    items.push(...r.json.items);
    if (!r.json.next_cursor) return items;
    cursor = r.json.next_cursor;
  }
}

const findPartnership = async (client, words) =>
  (await client.get('/api/v1/partnerships?limit=100')).json.items.find((p) => p.title.includes(words))?.id;

function refused(r, what) {
  assert.equal(r.status, 400, `${what}: ${JSON.stringify(r.json)}`);
  assert.equal(r.json.error.field, 'partnership_id', what);
  assert.match(r.json.error.message, /Kemitraan tidak ditemukan/);
}

before(async () => {
  server = await startServer({ template: true });
  const as = (u) => signedIn(server, u);
  [bangjo, smg, fps, mks, dki, csr] = await Promise.all(
    ['bangjo_manager', 'smg_supervisor', 'partner_manager', 'supervisor', 'dki_supervisor', 'csr_manager'].map(as),
  );
  orgs = Object.fromEntries((await mks.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  semarang = await findPartnership(smg, 'Rumah Pintar Bangjo');
  rhrb = await findPartnership(mks, 'RHRB');
  dkiPartnership = await findPartnership(dki, 'DKI Jakarta');
  assert.ok(semarang && rhrb && dkiPartnership, 'the demo partnerships');
  assert.equal(await findPartnership(bangjo, 'RHRB'), undefined, 'Bangjo does not see the Makassar partnership');
});
after(async () => { await server?.stop(); });

const letter = (extra = {}) => ({
  responder_id: orgs['DINSOS-SMG'].id,
  title: 'Permohonan bantuan makan anak binaan (uji kemitraan)',
  activity_name: 'Belajar bersama',
  beneficiaries: 20,
  letter_number: `009/RPB/${Math.floor(Math.random() * 1e6)}/2026`,
  letter_date: todayWib(),
  items: [{ description: 'Nasi kotak', quantity: 20, unit: 'porsi', estimated_value: 300000 }],
  ...extra,
});

test('a request letter names a partnership its writer sees; the list filters by it for the two organisations only', async () => {
  refused(await bangjo.post('/api/v1/assistance-requests', letter({ partnership_id: UNKNOWN })), 'unknown');
  refused(await bangjo.post('/api/v1/assistance-requests', letter({ partnership_id: rhrb })), 'not visible');
  const r = await bangjo.post('/api/v1/assistance-requests', letter({ partnership_id: semarang }));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.partnership_id, semarang);

  const mine = await all(bangjo, `/api/v1/assistance-requests?partnership_id=${semarang}`);
  assert.equal(mine.length, 15, 'the demo\'s 14 letters and this one');
  assert.ok(mine.every((x) => x.partnership_id === semarang));
  assert.ok(mine.some((x) => x.id === r.json.id));
  assert.ok(mine.some((x) => x.escalated), 'letters answered late were escalated');
  const theirs = await all(smg, `/api/v1/assistance-requests?partnership_id=${semarang}`);
  assert.deepEqual(theirs.map((x) => x.id).sort(), mine.map((x) => x.id).sort(), 'the responder sees the same letters');
  assert.equal((await all(smg, `/api/v1/assistance-requests?partnership_id=${rhrb}`)).length, 0);
  // A letter stays between its two organisations: another party or Dinsos lists none of them.
  assert.equal((await all(fps, `/api/v1/assistance-requests?partnership_id=${semarang}`)).length, 0);
  assert.equal((await all(dki, `/api/v1/assistance-requests?partnership_id=${semarang}`)).length, 0);
  const unfiltered = await all(bangjo, '/api/v1/assistance-requests?box=outbox');
  assert.ok(unfiltered.length >= mine.length);
});

const need = (extra = {}) => ({
  title: 'Kursi roda anak (uji kemitraan)',
  item: 'Kursi roda anak',
  quantity: 5,
  unit: 'unit',
  region_code: '31.75',
  public: true,
  ...extra,
});

test('a need names a partnership its publisher sees; the needs list filters by it', async () => {
  refused(await csr.post('/api/v1/needs', need({ partnership_id: UNKNOWN })), 'unknown');
  refused(await csr.post('/api/v1/needs', need({ partnership_id: semarang })), 'not visible');
  const r = await csr.post('/api/v1/needs', need({ partnership_id: dkiPartnership }));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.partnership_id, dkiPartnership);

  const listed = await all(dki, `/api/v1/needs?partnership_id=${dkiPartnership}`);
  assert.deepEqual(listed.map((n) => n.title).sort(), ['30 kursi roda anak untuk Kecamatan Cakung', need().title].sort());
  const wheelchairs = listed.find((n) => n.title.startsWith('30 kursi roda'));
  assert.deepEqual(wheelchairs.fulfilment, { needed: 30, promised: 30, delivered: 30, remaining: 0, met: true });
  assert.equal((await all(dki, `/api/v1/needs?partnership_id=${semarang}`)).length, 0);
  assert.ok((await all(dki, '/api/v1/needs?status=open')).length > 1, 'without the filter, other needs too');
});

const meeting = (extra = {}) => ({
  title: 'Rakor kemitraan (uji)',
  starts_at: new Date(Date.now() + 7 * 86400e3).toISOString(),
  mode: 'online',
  link: 'https://meet.example.org/rakor-uji',
  agenda: ['Tindak lanjut'],
  invited: [orgs['LSM-FPS'].id],
  ...extra,
});

test('a meeting names a partnership its organiser sees, on create and on change; the list filters by it', async () => {
  refused(await mks.post('/api/v1/meetings', meeting({ partnership_id: UNKNOWN })), 'unknown');
  refused(await mks.post('/api/v1/meetings', meeting({ partnership_id: semarang })), 'not visible');
  const r = await mks.post('/api/v1/meetings', meeting({ partnership_id: rhrb }));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.equal(r.json.partnership_id, rhrb);
  const path = `/api/v1/meetings/${r.json.id}`;
  refused(await mks.patch(path, { partnership_id: dkiPartnership }), 'changed to one not visible');
  const kept = await mks.patch(path, { title: 'Rakor kemitraan RHRB (uji)' });
  assert.equal(kept.status, 200, JSON.stringify(kept.json));
  assert.equal(kept.json.partnership_id, rhrb);
  const cleared = await mks.patch(path, { partnership_id: null });
  assert.equal(cleared.status, 200, JSON.stringify(cleared.json));
  assert.equal(cleared.json.partnership_id, null);
  assert.equal((await mks.patch(path, { partnership_id: rhrb })).status, 200);

  const listed = await all(mks, `/api/v1/meetings?partnership_id=${rhrb}`);
  assert.ok(listed.length > 5, `the demo's RHRB meetings: ${listed.length}`);
  assert.ok(listed.every((m) => m.partnership_id === rhrb));
  assert.ok(listed.some((m) => m.id === r.json.id));
  assert.ok(!listed.some((m) => m.title === 'Rakor internal penanganan anak jalanan'), 'the 2020 internal meeting had no NGO');
  const ngo = await all(fps, `/api/v1/meetings?partnership_id=${rhrb}`);
  assert.ok(ngo.length > 5 && ngo.every((m) => m.partnership_id === rhrb), 'the NGO party sees the meetings it took part in');
  const smgMeetings = await all(bangjo, `/api/v1/meetings?partnership_id=${semarang}`);
  assert.equal(smgMeetings.length, 2, 'Semarang\'s two demo meetings');
  const amanah = await signedIn(server, 'amanah_worker');
  const lampung = await findPartnership(amanah, 'LKS Amanah Bunda');
  assert.equal((await all(amanah, `/api/v1/meetings?partnership_id=${lampung}`)).length, 6,
    'Lampung\'s six demo meetings: three in 2023, three around the 2024 course (the assessment\'s evidence)');
  assert.equal((await all(mks, `/api/v1/meetings?partnership_id=${lampung}`)).length, 0, 'Lampung\'s meetings are not Makassar\'s to see');
  const dkiMeetings = await all(dki, `/api/v1/meetings?partnership_id=${dkiPartnership}`);
  assert.ok(dkiMeetings.length > 5 && dkiMeetings.some((m) => m.mode === 'online'));
});
