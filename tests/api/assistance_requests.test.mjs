// Assistance requests (surat permohonan bantuan, seed 002): reply deadlines in working days
// (weekends and holidays skipped), review, approval in full or in part, rejection with a reason,
// delivery, refused moves (409), escalation of overdue requests to the responder's supervisors,
// the reply letter PDF for the two organisations only, and the response-time figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn, newUserSignedIn } from '../lib/server.mjs';

let server, admin, bangjo, smgManager, smgSupervisor, outsider, ujiSupervisor, orgs;

const DAY = 86400e3;
// Semarang's day (WIB, UTC+7), as the server reckons the responder's today.
const todayWib = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
const shift = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const holidays = new Set();
const working = (iso) => weekday(iso) !== 0 && weekday(iso) !== 6 && !holidays.has(iso);
function addWorkingDays(iso, n) {
  let d = iso;
  while (n > 0) { d = shift(d, 1); if (working(d)) n--; }
  return d;
}
function workingDaysBetween(from, to) {
  let n = 0;
  for (let d = shift(from, 1); d <= to; d = shift(d, 1)) if (working(d)) n++;
  return n;
}

const addUser = (username, org, role) => newUserSignedIn(server, admin, username, orgs[org].id, role);

const food = (children) => [
  { description: `Nasi kotak untuk ${children} anak`, quantity: children, unit: 'porsi', estimated_value: children * 15000 },
  { description: 'Air mineral 600 ml', quantity: children, unit: 'botol', estimated_value: children * 3000 },
];

function letter(extra = {}) {
  return {
    responder_id: orgs['DINSOS-SMG'].id,
    title: 'Permohonan bantuan makan anak binaan',
    purpose: 'Kegiatan belajar bersama anak jalanan',
    activity_name: 'Belajar bersama di Rumah Pintar',
    activity_date: shift(todayWib(), 21),
    beneficiaries: 40,
    letter_number: `005/RPB/${Math.floor(Math.random() * 1e6)}/2026`,
    letter_date: todayWib(),
    items: food(40),
    ...extra,
  };
}

async function submit(client, extra) {
  const r = await client.post('/api/v1/assistance-requests', letter(extra));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json;
}

before(async () => {
  server = await startServer({ template: true });
  admin = await signedIn(server, 'admin');
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  const uji = await admin.post('/api/v1/organizations', { code: 'DINSOS-UJI', name: 'Dinas Sosial Kota Uji', type: 'dinsos_regency', region_code: '33.74' });
  assert.equal(uji.status, 201, JSON.stringify(uji.json));
  orgs['DINSOS-UJI'] = uji.json;
  bangjo = await addUser('rina.bangjo', 'RUMPIN-BANGJO', 'partner_manager');
  smgManager = await addUser('joko.smg', 'DINSOS-SMG', 'partner_manager');
  smgSupervisor = await addUser('sri.smg', 'DINSOS-SMG', 'supervisor');
  outsider = await addUser('tono.fps', 'LSM-FPS', 'partner_manager');
  ujiSupervisor = await addUser('ani.uji', 'DINSOS-UJI', 'supervisor');
  // The national holidays on record count as non-working days in the expectations too.
  const year = Number(todayWib().slice(0, 4));
  for (const y of [year - 1, year, year + 1])
    for (const h of (await admin.get(`/api/v1/holidays?year=${y}`)).json.items) holidays.add(h.day);
});

after(() => server?.stop());

test('the reply is due the service level in working days, skipping the weekend and a holiday', async () => {
  // A Thursday 2-8 weeks back, with the Friday after it declared a holiday.
  let thursday = shift(todayWib(), -14);
  while (weekday(thursday) !== 4) thursday = shift(thursday, -1);
  const friday = shift(thursday, 1);
  const h = await admin.put(`/api/v1/holidays/${friday}`, { name: 'Libur uji' });
  assert.equal(h.status, 200, JSON.stringify(h.json));
  holidays.add(friday);
  const r = await submit(bangjo, { received_on: thursday, letter_date: shift(thursday, -2) });
  assert.equal(r.received_on, thursday);
  assert.equal(r.service_level_days, 5);
  // Friday (holiday), Saturday and Sunday do not count: Mon..Thu plus Friday of the next week.
  assert.equal(r.reply_due, shift(thursday, 8));
  assert.equal(r.reply_due, addWorkingDays(thursday, 5));
  assert.equal(r.status, 'submitted');
  assert.equal(r.requester.code, 'RUMPIN-BANGJO');
  assert.equal(r.responder.code, 'DINSOS-SMG');
  assert.equal(r.estimated_total, 40 * 18000);
  assert.deepEqual(r.events.map((e) => e.status), ['submitted', 'escalated'], 'a letter already overdue is escalated at once');
});

test('a responder sets its own service level; others may not', async () => {
  const bad = await bangjo.put(`/api/v1/assistance-requests/service-levels/${orgs['DINSOS-SMG'].id}`, { working_days: 2 });
  assert.equal(bad.status, 403);
  const zero = await ujiSupervisor.put(`/api/v1/assistance-requests/service-levels/${orgs['DINSOS-UJI'].id}`, { working_days: 0 });
  assert.equal(zero.status, 400);
  assert.equal(zero.json.error.field, 'working_days');
  const ok = await ujiSupervisor.put(`/api/v1/assistance-requests/service-levels/${orgs['DINSOS-UJI'].id}`,
    { working_days: 3, letterhead_address: 'Jl. Uji No. 1, Semarang', signatory_name: 'Ani, S.Sos', signatory_title: 'Kepala Dinas Sosial' });
  assert.equal(ok.status, 200, JSON.stringify(ok.json));
  assert.equal(ok.json.working_days, 3);
  const read = await bangjo.get(`/api/v1/assistance-requests/service-levels/${orgs['DINSOS-UJI'].id}`);
  assert.equal(read.json.working_days, 3);
  const r = await submit(bangjo, { responder_id: orgs['DINSOS-UJI'].id });
  assert.equal(r.service_level_days, 3);
  assert.equal(r.reply_due, addWorkingDays(todayWib(), 3));
});

test('bad letters are refused naming the field', async () => {
  const cases = [
    [{ items: [] }, 'items'],
    [{ items: [{ description: 'Nasi', quantity: 0, unit: 'porsi' }] }, 'items[0].quantity'],
    [{ items: [{ description: 'Nasi', quantity: 3, unit: '' }] }, 'items[0].unit'],
    [{ items: [{ description: 'Nasi', quantity: 3, unit: 'porsi', estimated_value: -5 }] }, 'items[0].estimated_value'],
    [{ letter_date: '27/11/2026' }, 'letter_date'],
    [{ letter_number: undefined }, 'letter_number'],
    [{ received_on: shift(todayWib(), 3) }, 'received_on'],
    [{ responder_id: orgs['RUMPIN-BANGJO'].id }, 'responder_id'],
  ];
  for (const [extra, field] of cases) {
    const r = await bangjo.post('/api/v1/assistance-requests', letter(extra));
    assert.equal(r.status, 400, `${field}: ${JSON.stringify(r.json)}`);
    assert.equal(r.json.error.field, field);
    assert.match(r.json.error.message, /\w/);
  }
});

test('review, partial approval and delivery; invalid moves are 409', async () => {
  const r = await submit(bangjo);
  const path = `/api/v1/assistance-requests/${r.id}`;
  assert.equal((await bangjo.post(`${path}/review`)).status, 403, 'the requester does not review');
  const review = await smgManager.post(`${path}/review`);
  assert.equal(review.status, 200, JSON.stringify(review.json));
  assert.equal(review.json.status, 'under_review');
  const again = await smgManager.post(`${path}/review`);
  assert.equal(again.status, 409);
  assert.equal(again.json.error.code, 'conflict');
  assert.equal((await smgManager.post(`${path}/delivery`, {})).status, 409, 'nothing approved yet');
  const tooMany = await smgManager.post(`${path}/decision`, { decision: 'approve', approved_quantities: [41, 0] });
  assert.equal(tooMany.status, 400);
  assert.equal(tooMany.json.error.field, 'items[0].approved_quantity');
  const approve = await smgManager.post(`${path}/decision`, { decision: 'approve', approved_quantities: [40, 0], note: 'Air mineral disediakan lembaga' });
  assert.equal(approve.status, 200, JSON.stringify(approve.json));
  assert.equal(approve.json.status, 'approved');
  assert.equal(approve.json.partial, true);
  assert.deepEqual(approve.json.items.map((i) => i.approved_quantity), [40, 0]);
  assert.equal(approve.json.decided_on, todayWib());
  assert.ok(approve.json.reply_letter_number);
  assert.equal((await smgManager.post(`${path}/decision`, { decision: 'reject', note: 'x' })).status, 409);
  const delivered = await bangjo.post(`${path}/delivery`, { note: 'Diterima lengkap' });
  assert.equal(delivered.status, 200, JSON.stringify(delivered.json));
  assert.equal(delivered.json.status, 'delivered');
  assert.equal(delivered.json.delivered_on, todayWib());
  assert.equal((await bangjo.post(`${path}/delivery`, {})).status, 409);
  const detail = await bangjo.get(path);
  assert.deepEqual(detail.json.events.map((e) => e.status), ['submitted', 'under_review', 'approved', 'delivered']);
  assert.equal(detail.json.events[1].user.name, 'joko.smg');
  assert.equal(detail.json.events[3].user.name, 'rina.bangjo');
  for (const e of detail.json.events) assert.match(e.at, /^\d{4}-\d\d-\d\dT/);
  const audit = await admin.get(`/api/v1/audit?entity_id=${r.id}&limit=50`);
  assert.equal(audit.status, 200);
  const actions = audit.json.items.map((e) => e.action);
  for (const a of ['assistance_request.submit', 'assistance_request.review', 'assistance_request.decide', 'assistance_request.deliver'])
    assert.ok(actions.includes(a), `${a} in ${actions}`);
});

test('a rejection needs a reason, and a rejected request is not delivered', async () => {
  const r = await submit(bangjo);
  const path = `/api/v1/assistance-requests/${r.id}/decision`;
  const noReason = await smgSupervisor.post(path, { decision: 'reject' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.json.error.field, 'note');
  const wrong = await smgSupervisor.post(path, { decision: 'maybe' });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.json.error.field, 'decision');
  const rejected = await smgSupervisor.post(path, { decision: 'reject', note: 'Anggaran tahun ini sudah habis' });
  assert.equal(rejected.status, 200, JSON.stringify(rejected.json));
  assert.equal(rejected.json.status, 'rejected');
  assert.equal(rejected.json.decision_note, 'Anggaran tahun ini sudah habis');
  assert.equal((await smgSupervisor.post(`/api/v1/assistance-requests/${r.id}/delivery`, {})).status, 409);
  assert.equal((await smgSupervisor.post(path, { decision: 'approve', approved_quantities: [1, 1] })).status, 409);
});

test('overdue requests escalate once to the responder\'s supervisors', async () => {
  const received = shift(todayWib(), -30);
  const r = await submit(bangjo, { received_on: received, letter_date: received, title: 'Permohonan terlambat dijawab' });
  assert.equal(r.overdue, true);
  assert.equal(r.escalated, true);
  assert.ok(r.escalated_at);
  assert.equal(r.days_late, workingDaysBetween(r.reply_due, todayWib()));
  const list = await smgSupervisor.get('/api/v1/assistance-requests?box=escalated&limit=200');
  assert.equal(list.status, 200);
  assert.ok(list.json.items.some((x) => x.id === r.id), 'in the supervisors\' list');
  assert.ok(list.json.items.every((x) => x.escalated && ['submitted', 'under_review'].includes(x.status)));
  assert.equal((await smgManager.get('/api/v1/assistance-requests?box=escalated')).status, 403, 'only supervisors');
  assert.equal((await bangjo.get('/api/v1/assistance-requests?box=escalated')).status, 403);
  const overdue = await smgManager.get('/api/v1/assistance-requests?box=inbox&overdue=true&limit=200');
  assert.ok(overdue.json.items.some((x) => x.id === r.id));
  // Reading again escalates nothing more.
  const detail = await smgSupervisor.get(`/api/v1/assistance-requests/${r.id}`);
  assert.equal(detail.json.events.filter((e) => e.status === 'escalated').length, 1);
  assert.equal(detail.json.escalated_at, r.escalated_at);
  // The requester sees its request in its outbox, and a third organisation not at all.
  // The notification centre tells the responder's managers.
  const bell = await smgSupervisor.get('/api/v1/notifications?limit=200');
  assert.equal(bell.status, 200, JSON.stringify(bell.json));
  const note = bell.json.items.find((n) => n.key === `assistance_request:${r.id}:overdue`);
  assert.ok(note, 'the overdue letter is in the notification centre');
  assert.equal(note.severity, 'danger');
  assert.equal(note.link, `/permohonan-bantuan/${r.id}`);
  const requesterBell = await bangjo.get('/api/v1/notifications?limit=200');
  assert.ok(!requesterBell.json.items.some((n) => n.key.startsWith(`assistance_request:${r.id}`)));
  const outbox = await bangjo.get('/api/v1/assistance-requests?box=outbox&limit=200');
  assert.ok(outbox.json.items.some((x) => x.id === r.id));
  assert.equal((await outsider.get(`/api/v1/assistance-requests/${r.id}`)).status, 404);
  const theirs = await outsider.get('/api/v1/assistance-requests?limit=200');
  assert.ok(!theirs.json.items.some((x) => x.id === r.id));
});

test('the reply letter is a PDF for the two organisations only', async () => {
  const r = await submit(bangjo);
  const path = `/api/v1/assistance-requests/${r.id}/letter.pdf`;
  assert.equal((await bangjo.get(path)).status, 409, 'no letter before the decision');
  await smgManager.post(`/api/v1/assistance-requests/${r.id}/decision`, { decision: 'approve', approved_quantities: [40, 40], reply_letter_number: '460/123/DINSOS-SMG/2026' });
  for (const c of [bangjo, smgManager]) {
    const res = await fetch(server.url + path, { headers: { cookie: c.cookie } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 1000);
  }
  assert.equal((await outsider.get(path)).status, 404, 'a third organisation gets nothing');
});

test('response-time figures per responder: median, 90th percentile, late share, delivered after the activity', async () => {
  // Four letters to DINSOS-UJI (3 working days), received on known days and decided today.
  const today = todayWib();
  const received = [shift(today, -1), shift(today, -8), shift(today, -20), shift(today, -40)];
  const activity = shift(today, -1);
  const ids = [];
  for (const day of received) {
    const r = await submit(bangjo, { responder_id: orgs['DINSOS-UJI'].id, received_on: day, letter_date: day, activity_date: activity });
    ids.push(r.id);
  }
  for (const id of ids) {
    const d = await ujiSupervisor.post(`/api/v1/assistance-requests/${id}/decision`, { decision: 'approve', approved_quantities: [40, 40] });
    assert.equal(d.status, 200, JSON.stringify(d.json));
  }
  // Two delivered (today, after the activity day).
  for (const id of ids.slice(0, 2)) assert.equal((await ujiSupervisor.post(`/api/v1/assistance-requests/${id}/delivery`, {})).status, 200);
  const from = shift(today, -60);
  const f = await bangjo.get(`/api/v1/assistance-requests/figures?responder=${orgs['DINSOS-UJI'].id}&from=${from}&to=${today}`);
  assert.equal(f.status, 200, JSON.stringify(f.json));
  assert.equal(f.json.items.length, 1);
  const row = f.json.items[0];
  // The earlier test's request to DINSOS-UJI was received today and is undecided: counted, not timed.
  const days = received.map((d) => workingDaysBetween(d, today)).sort((a, b) => a - b);
  const dues = received.map((d) => addWorkingDays(d, 3));
  assert.equal(row.responder.code, 'DINSOS-UJI');
  assert.equal(row.count, 5);
  assert.equal(row.decided, 4);
  assert.equal(row.median_days, (days[1] + days[2]) / 2);
  assert.equal(row.p90_days, days[3]);
  assert.equal(row.late_share, dues.filter((d) => today > d).length / 4);
  assert.equal(row.delivered, 2);
  assert.equal(row.delivered_after_activity_share, 1);
  const bad = await bangjo.get('/api/v1/assistance-requests/figures?from=kemarin');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'from');
  const all = await bangjo.get(`/api/v1/assistance-requests/figures?from=${from}&to=${today}`);
  assert.ok(all.json.items.some((x) => x.responder.code === 'DINSOS-SMG'));
});
