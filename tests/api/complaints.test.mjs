// Complaints from the public (pengaduan sosial): the public form without login, its throttle and
// ticket check, and the staff side: intake, the triage board, triage -> dispatch -> resolve.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, Client } from '../lib/server.mjs';

let server, orgs, worker, supervisor, analyst, partner, smgWorker, fpsWorker, auditor;

// A public request from a chosen loopback address (the whole of 127.0.0.0/8 is this machine), so
// each test has its own throttle budget. No cookie, no CSRF token: as an anonymous browser.
let nextHost = 10;
const freshAddress = () => `127.0.0.${nextHost++}`;
function publicRequest(method, path, body, from = '127.0.0.1', headers = {}) {
  return new Promise((ok, fail) => {
    const u = new URL(server.url + path);
    const data = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const h = { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers, 'content-length': Buffer.byteLength(data) };
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method, localAddress: from, headers: h }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        let json = null;
        try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
        ok({ status: res.statusCode, headers: res.headers, json, text });
      });
    });
    req.on('error', fail);
    req.end(data);
  });
}
const submit = (body, from) => publicRequest('POST', '/api/v1/public/complaints', body, from);
const lookup = (ticket, from = '127.0.0.2') => publicRequest('GET', `/api/v1/public/complaints/${encodeURIComponent(ticket)}`, undefined, from);

const TICKET = /^PGD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const report = (extra = {}) => ({
  category: 'anak_jalanan',
  description: 'Dua anak kira-kira 8 tahun mengamen di lampu merah sampai malam',
  region_code: '73.71',
  place: 'Perempatan Jl. Urip Sumoharjo - Jl. Pettarani',
  seen_at: '2026-11-20T21:15',
  ...extra,
});

before(async () => {
  server = await startServer({ template: true });
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org] of [['sari.smg', 'DINSOS-SMG'], ['budi.fps', 'LSM-FPS']]) {
    const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: ['social_worker'], password: `${username}-rahasia` });
    assert.equal(r.status, 201, JSON.stringify(r.json));
  }
  const as = async (u, p) => { const c = new Client(server.url); assert.equal((await c.login(u, p)).status, 200); return c; };
  worker = await as('social_worker', server.credentials.social_worker.password);
  supervisor = await as('supervisor', server.credentials.supervisor.password);
  analyst = await as('analyst', server.credentials.analyst.password);
  partner = await as('partner_manager', server.credentials.partner_manager.password);
  auditor = await as('auditor', server.credentials.auditor.password);
  smgWorker = await as('sari.smg', 'sari.smg-rahasia');
  fpsWorker = await as('budi.fps', 'budi.fps-rahasia');
});
after(async () => { await server?.stop(); });

test('the public submits without login and gets only a ticket and the status', async () => {
  const r = await submit(report({ reporter_name: 'Ibu Rahmawati Pelapor', reporter_phone: '0812-3456-7001' }), freshAddress());
  assert.equal(r.status, 201, r.text);
  assert.deepEqual(Object.keys(r.json).sort(), ['status', 'ticket']);
  assert.match(r.json.ticket, TICKET);
  assert.equal(r.json.status, 'new');
  assert.equal(r.headers['set-cookie'], undefined, 'no session is made');
  const again = await submit(report(), freshAddress());
  assert.notEqual(again.json.ticket, r.json.ticket, 'every complaint has its own ticket');
  // Never logged: the reporter's name, phone or words.
  await new Promise((ok) => setTimeout(ok, 100));
  const logs = server.logs.join('');
  for (const secret of ['Rahmawati', '3456-7001', 'lampu merah']) assert.ok(!logs.includes(secret), `${secret} reached the log`);
  // Audited, without the reporter's words.
  const audit = await auditor.get('/api/v1/audit?action=complaint.submit&limit=50');
  assert.equal(audit.status, 200);
  assert.ok(audit.json.items.length >= 2);
  assert.ok(!JSON.stringify(audit.json).includes('Rahmawati') && !JSON.stringify(audit.json).includes('lampu merah'));
});

test('the public form accepts only its own fields and names the field at fault', async () => {
  const from = freshAddress();
  const cases = [
    [{ nik: '7371010101010001' }, 'nik'],
    [{ category: 'pencopet' }, 'category'],
    [{ category: undefined }, 'category'],
    [{ description: 'a'.repeat(2001) }, 'description'],
    [{ description: '   ' }, 'description'],
    [{ place: '' }, 'place'],
    [{ seen_at: 'kemarin sore' }, 'seen_at'],
    [{ seen_at: '2099-01-01' }, 'seen_at'],
    [{ region_code: '99.99' }, 'region_code'],
    [{ reporter_phone: 'telepon saya' }, 'reporter_phone'],
    [{ description: 42 }, 'description'],
  ];
  for (const [patch, field] of cases) {
    const r = await submit(report(patch), from);
    assert.equal(r.status, 400, `${JSON.stringify(patch)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(patch));
    assert.ok(r.json.error.message.length > 5);
  }
  assert.equal((await submit(report({ description: 'é'.repeat(2000) }), from)).status, 201, '2000 characters, not bytes');
  assert.equal((await publicRequest('POST', '/api/v1/public/complaints', 'category=anak_jalanan', from, { 'content-type': 'application/x-www-form-urlencoded' })).status, 415,
    'a cross-site HTML form cannot post it');
  assert.equal((await submit(report({ place: 'x'.repeat(40 * 1024) }), from)).status, 413);
  assert.equal((await submit('{"category":', from)).status, 400);
});

test('the public form is throttled per client address with Retry-After and a message in Indonesian', async () => {
  const from = freshAddress();
  for (let i = 1; i <= 5; i++) assert.equal((await submit(report(), from)).status, 201, `submission ${i}`);
  const r = await submit(report(), from);
  assert.equal(r.status, 429);
  assert.equal(r.json.error.code, 'too_many_attempts');
  const wait = Number(r.headers['retry-after']);
  assert.ok(wait >= 1 && wait <= 600, `Retry-After ${r.headers['retry-after']}`);
  assert.match(r.json.error.message, /Terlalu banyak pengaduan.*detik/);
  assert.equal((await submit(report(), freshAddress())).status, 201, 'another address is not affected');
  assert.equal((await submit(report({ category: 'x' }), from)).status, 400, 'bad input is still answered as such');
});

test('the ticket check shows status and dates only, in any spelling of the ticket', async () => {
  const secret = 'Nenek tidur di emperan toko Jalan Sombaopu';
  const sent = await submit(report({ category: 'lansia_terlantar', description: secret, reporter_name: 'Pak Anwar', reporter_phone: '081299990000' }), freshAddress());
  const r = await lookup(sent.json.ticket);
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(Object.keys(r.json).sort(), ['closed_at', 'created_at', 'status', 'ticket', 'updated_at']);
  assert.equal(r.json.status, 'new');
  assert.equal(r.json.closed_at, null);
  for (const word of ['Sombaopu', 'Anwar', '081299990000', 'lansia', 'Urip']) assert.ok(!r.text.includes(word), word);
  const typed = await lookup(sent.json.ticket.toLowerCase());
  assert.equal(typed.json.ticket, sent.json.ticket);
  assert.equal((await lookup('PGD-0000-0000')).status, 404);
  const bad = await lookup('PGD-12');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'ticket');
});

test('the public form lists the Dinas Sosial offices that receive complaints', async () => {
  const r = await publicRequest('GET', '/api/v1/public/complaints/areas');
  assert.equal(r.status, 200);
  const mks = r.json.items.find((a) => a.region_code === '73.71');
  assert.equal(mks.organization_id, orgs['DINSOS-MKS'].id);
  assert.ok(mks.region_name.length > 0);
  assert.ok(r.json.items.every((a) => /^DINSOS|Dinas Sosial/.test(a.organization_name)));
});

test('staff triage, dispatch and resolve with a linked person; the public sees the status move', async () => {
  const sent = await submit(report({ reporter_name: 'Ibu Rahmawati', reporter_phone: '0812-3456-7002', region_code: '73.71.01' }), freshAddress());
  const board = await worker.get('/api/v1/complaints?status=new&limit=200');
  assert.equal(board.status, 200);
  const item = board.json.items.find((c) => c.ticket === sent.json.ticket);
  assert.ok(item, 'the Dinsos of the reported city receives it (district code 73.71.01 under 73.71)');
  assert.equal(item.organization.code, 'DINSOS-MKS');
  assert.equal(item.channel, 'web');
  assert.equal(item.reporter, undefined, 'the board itself carries no contact details');
  const detail = await worker.get(`/api/v1/complaints/${item.id}`);
  assert.equal(detail.json.reporter.name, 'Ibu Rahmawati');
  assert.equal(detail.json.reporter.phone, '0812-3456-7002');

  const triaged = await worker.post(`/api/v1/complaints/${item.id}/triage`, { priority: 'high', note: 'Anak di bawah umur, malam hari' });
  assert.equal(triaged.status, 200, triaged.text);
  assert.equal(triaged.json.status, 'triaged');
  assert.equal(triaged.json.priority, 'high');
  assert.equal((await worker.post(`/api/v1/complaints/${item.id}/triage`, { priority: 'sangat' })).json.error.field, 'priority');

  assert.equal((await fpsWorker.get(`/api/v1/complaints/${item.id}`)).status, 404, 'the NGO sees nothing before dispatch');
  const noTeam = await worker.post(`/api/v1/complaints/${item.id}/dispatch`, { team: ' ' });
  assert.equal(noTeam.json.error.field, 'team');
  const badOrg = await worker.post(`/api/v1/complaints/${item.id}/dispatch`, { team: 'TRC', organization_id: 'nope' });
  assert.equal(badOrg.json.error.field, 'organization_id');
  const dispatched = await worker.post(`/api/v1/complaints/${item.id}/dispatch`, { team: 'Penjangkauan LSM-FPS', organization_id: orgs['LSM-FPS'].id });
  assert.equal(dispatched.status, 200, dispatched.text);
  assert.equal(dispatched.json.status, 'dispatched');
  assert.equal(dispatched.json.dispatched_organization.code, 'LSM-FPS');
  assert.equal((await lookup(sent.json.ticket)).json.status, 'dispatched');

  // The dispatched NGO now sees it on its board and may record the outcome, but not re-triage.
  const fpsBoard = await fpsWorker.get('/api/v1/complaints?status=dispatched');
  assert.ok(fpsBoard.json.items.some((c) => c.id === item.id));
  assert.equal((await fpsWorker.post(`/api/v1/complaints/${item.id}/triage`, { priority: 'low' })).status, 403);

  const person = await fpsWorker.post('/api/v1/persons', { full_name: 'Andi Saputra', sex: 'L', age_years: 8, categories: ['anak_jalanan'] });
  assert.equal(person.status, 201, person.text);
  const hidden = await worker.post('/api/v1/persons', { full_name: 'Rudi Hartono', sex: 'L', age_years: 9, categories: ['anak_jalanan'] });
  const notVisible = await fpsWorker.post(`/api/v1/complaints/${item.id}/resolve`, { outcome: 'Ditemukan', person_ids: [hidden.json.id] });
  assert.equal(notVisible.status, 400, 'a person the actor cannot see cannot be linked');
  assert.equal(notVisible.json.error.field, 'person_ids');
  assert.equal((await fpsWorker.post(`/api/v1/complaints/${item.id}/resolve`, { outcome: '' })).json.error.field, 'outcome');
  const resolved = await fpsWorker.post(`/api/v1/complaints/${item.id}/resolve`, {
    outcome: 'Dua anak ditemukan; satu dicatat dan didampingi, satu kembali ke orang tua', person_ids: [person.json.id] });
  assert.equal(resolved.status, 200, resolved.text);
  assert.equal(resolved.json.status, 'resolved');
  assert.deepEqual(resolved.json.persons.map((p) => [p.id, p.full_name]), [[person.json.id, 'Andi Saputra']]);
  assert.ok(resolved.json.closed_at);

  const seenByDinsos = await worker.get(`/api/v1/complaints/${item.id}`);
  assert.equal(seenByDinsos.json.persons[0].id, person.json.id);
  assert.equal(seenByDinsos.json.persons[0].full_name, null, 'the name only to who may see the person');
  const pub = await lookup(sent.json.ticket);
  assert.equal(pub.json.status, 'resolved');
  assert.ok(pub.json.closed_at);
  assert.ok(!pub.text.includes('Andi'));

  const trail = await auditor.get(`/api/v1/audit?entity_type=complaint&entity_id=${item.id}&limit=50`);
  const actions = trail.json.items.map((e) => e.action);
  for (const a of ['complaint.submit', 'complaint.read', 'complaint.triage', 'complaint.dispatch', 'complaint.resolve']) assert.ok(actions.includes(a), a);
  const resolveEntry = trail.json.items.find((e) => e.action === 'complaint.resolve');
  assert.deepEqual(resolveEntry.details.person_ids, [person.json.id]);
  assert.ok(!JSON.stringify(trail.json).includes('Rahmawati'));
});

test('moves the state machine does not allow answer 409 naming the status', async () => {
  const sent = await submit(report(), freshAddress());
  const id = (await worker.get(`/api/v1/complaints?q=${sent.json.ticket}`)).json.items[0].id;
  const early = await worker.post(`/api/v1/complaints/${id}/resolve`, { outcome: 'Selesai' });
  assert.equal(early.status, 409);
  assert.equal(early.json.error.field, 'status');
  assert.equal((await worker.post(`/api/v1/complaints/${id}/dispatch`, { team: 'TRC' })).status, 409, 'dispatch needs triage first');
  assert.equal((await worker.post(`/api/v1/complaints/${id}/reject`, {})).json.error.field, 'reason');
  const rejected = await worker.post(`/api/v1/complaints/${id}/reject`, { reason: 'Laporan ganda' });
  assert.equal(rejected.json.status, 'rejected');
  assert.equal((await worker.post(`/api/v1/complaints/${id}/triage`, { priority: 'low' })).status, 409);
  assert.equal((await lookup(sent.json.ticket)).json.status, 'rejected');
});

test('staff take complaints by phone, WhatsApp or walk-in for their own organisation', async () => {
  const r = await worker.post('/api/v1/complaints', { channel: 'whatsapp', ...report({ region_code: undefined }), reporter_phone: '+62 811 4000 1234' });
  assert.equal(r.status, 201, r.text);
  assert.match(r.json.ticket, TICKET);
  assert.equal(r.json.channel, 'whatsapp');
  assert.equal(r.json.organization.code, 'DINSOS-MKS');
  assert.equal(r.json.region_code, '73.71', 'the organisation\'s region when none is reported');
  assert.equal(r.json.status, 'new');
  const bad = await worker.post('/api/v1/complaints', { channel: 'email', ...report() });
  assert.equal(bad.json.error.field, 'channel');
  assert.equal((await worker.post('/api/v1/complaints', { channel: 'phone', ...report(), nik: '1' })).json.error.field, 'nik');
  const list = await worker.get('/api/v1/complaints?status=bogus');
  assert.equal(list.status, 400);
  assert.equal(list.json.error.field, 'status');
});

test('analysts and partner managers are refused; another region\'s Dinsos cannot see the complaint', async () => {
  assert.equal((await analyst.get('/api/v1/complaints')).status, 403);
  assert.equal((await analyst.post('/api/v1/complaints', { channel: 'phone', ...report() })).status, 403);
  assert.equal((await partner.get('/api/v1/complaints')).status, 403);
  assert.equal((await new Client(server.url).get('/api/v1/complaints')).status, 401);

  const mks = await submit(report(), freshAddress());
  const id = (await supervisor.get(`/api/v1/complaints?q=${mks.json.ticket}`)).json.items[0].id;
  assert.ok(id, 'the Makassar supervisor sees it');
  assert.equal((await analyst.get(`/api/v1/complaints/${id}`)).status, 403);
  assert.equal((await smgWorker.get(`/api/v1/complaints/${id}`)).status, 404);
  assert.equal((await smgWorker.post(`/api/v1/complaints/${id}/triage`, { priority: 'low' })).status, 404);
  assert.ok(!(await smgWorker.get('/api/v1/complaints?limit=200')).json.items.some((c) => c.id === id));

  // A complaint about Semarang goes to the Semarang Dinsos, not to Makassar.
  const smg = await submit(report({ region_code: '33.74', place: 'Simpang Lima' }), freshAddress());
  const smgBoard = await smgWorker.get(`/api/v1/complaints?q=${smg.json.ticket}`);
  assert.equal(smgBoard.json.items.length, 1);
  assert.equal(smgBoard.json.items[0].organization.code, 'DINSOS-SMG');
  assert.equal((await worker.get(`/api/v1/complaints?q=${smg.json.ticket}`)).json.items.length, 0);
});

test('without a region a public complaint still reaches a Dinas Sosial; an NGO\'s own intake is seen by its region\'s Dinsos supervisor', async () => {
  const areas = (await publicRequest('GET', '/api/v1/public/complaints/areas')).json.items.map((a) => a.organization_id);
  const sent = await submit(report({ region_code: undefined }), freshAddress());
  assert.equal(sent.status, 201, sent.text);
  const entry = (await auditor.get('/api/v1/audit?action=complaint.submit&limit=1')).json.items[0]; // newest first
  assert.ok(areas.includes(entry.details.organization_id), 'the newest submission went to one of the Dinsos offices');

  const taken = await fpsWorker.post('/api/v1/complaints', { channel: 'walk_in', ...report({ region_code: '73.71.01' }) });
  assert.equal(taken.status, 201, taken.text);
  assert.equal(taken.json.organization.code, 'LSM-FPS');
  assert.equal((await supervisor.get(`/api/v1/complaints/${taken.json.id}`)).status, 200, 'the Makassar supervisor oversees the region');
  assert.equal((await worker.get(`/api/v1/complaints/${taken.json.id}`)).status, 404, 'a Dinsos worker sees only its own office\'s');
  const triaged = await supervisor.post(`/api/v1/complaints/${taken.json.id}/triage`, { priority: 'medium' });
  assert.equal(triaged.json.status, 'triaged');
});
