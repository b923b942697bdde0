// Organisations' legal profiles, the LKS registration workflow of seed 003 (the NGO applies to
// its city's Dinsos, which recommends it to the province, which surveys the checklist and
// decides), deadlines and expiry flags, and documents with their hash and access rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';

let server, filesDir, admin, uji, fps, mksSupervisor, bdl, lampung, orgs, ujiOrg;
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10); // WIB
const plusYears = (n) => `${Number(today.slice(0, 4)) + n}${today.slice(4, 10) === '-02-29' ? '-02-28' : today.slice(4)}`;
const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
const sha = (b) => createHash('sha256').update(b).digest('hex');

async function login(username, password) {
  const c = new Client(server.url);
  const r = await c.login(username, password);
  assert.equal(r.status, 200, `login ${username}`);
  return c;
}
const demo = (u) => login(u, server.credentials[u].password);

// Sends raw bytes like the web app's upload.
async function upload(client, query, bytes, type = 'application/pdf') {
  const res = await fetch(`${client.base}/api/v1/documents?${new URLSearchParams(query)}`, {
    method: 'POST', body: bytes,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': type },
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}
async function download(client, id) {
  const res = await fetch(`${client.base}/api/v1/documents/${id}/content`, { headers: { cookie: client.cookie } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

before(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'mitra-files-'));
  server = await startServer({ template: true, extraArgs: ['--files', filesDir] });
  admin = await demo('admin');
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  const created = await admin.post('/api/v1/organizations', { code: 'LKS-UJI-BDL', name: 'LKS Uji Coba Bandar Lampung', type: 'lks', region_code: '18.71' });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  ujiOrg = created.json;
  assert.deepEqual(ujiOrg.registration, { status: 'none', number: null, valid_until: null, expired: false, renewal_open: false });
  const user = await admin.post('/api/v1/users', { username: 'uji.manager', display_name: 'Pengelola LKS Uji', organization_id: ujiOrg.id, roles: ['partner_manager'], password: 'uji-manager-rahasia' });
  assert.equal(user.status, 201, JSON.stringify(user.json));
  uji = await login('uji.manager', 'uji-manager-rahasia');
  fps = await demo('partner_manager'); // LSM FPS, Makassar
  mksSupervisor = await demo('supervisor'); // Dinsos Kota Makassar
  bdl = await demo('bdl_supervisor');
  lampung = await demo('lampung_supervisor');
});
after(async () => server?.stop());

test('the NGO keeps its legal profile; others read it, only its managers and its Dinsos change it', async () => {
  const body = {
    deed_number: '45', deed_date: '2020-01-15', decree_number: 'AHU-0001234.AH.01.04.Tahun 2020',
    npwp: '01.234.567.8-901.000', address: 'Jl. Uji No. 1, Bandar Lampung', phone: '+62 721 111222',
    email: 'lks.uji@contoh.or.id', contact_person: 'Ibu Uji', services: ['social_care', 'vocational_training'],
    capacity: 35, social_workers: 4, accreditation: 'B', accreditation_date: '2023-05-01',
  };
  const r = await uji.put(`/api/v1/organizations/${ujiOrg.id}/profile`, body);
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.npwp, '012345678901000');
  assert.deepEqual(r.json.services, ['social_care', 'vocational_training']);
  assert.equal(r.json.capacity, 35);
  const seen = await fps.get(`/api/v1/organizations/${ujiOrg.id}/profile`);
  assert.equal(seen.status, 200);
  assert.equal(seen.json.decree_number, body.decree_number);
  assert.equal(seen.json.may_edit, false);
  assert.equal((await fps.put(`/api/v1/organizations/${ujiOrg.id}/profile`, { phone: '0721-000000' })).status, 403);
  assert.equal((await mksSupervisor.put(`/api/v1/organizations/${ujiOrg.id}/profile`, { phone: '0721-000000' })).status, 403);
  const byCity = await bdl.put(`/api/v1/organizations/${ujiOrg.id}/profile`, { phone: '0721-333444' });
  assert.equal(byCity.status, 200);
  assert.equal(byCity.json.deed_number, '45', 'fields not sent are kept');
  for (const [field, value] of [['npwp', '12345'], ['email', 'bukan-email'], ['accreditation', 'D'], ['deed_date', '2020-13-01'], ['services', ['terbang']], ['capacity', -1], ['capacity', 'banyak']]) {
    const bad = await uji.put(`/api/v1/organizations/${ujiOrg.id}/profile`, { [field]: value });
    assert.equal(bad.status, 400, `${field}: ${JSON.stringify(bad.json)}`);
    assert.equal(bad.json.error.field, field);
  }
  const sla = await uji.put(`/api/v1/organizations/${ujiOrg.id}/profile`, { registration_sla_days: 5 });
  assert.equal(sla.status, 400, 'only a province sets the service level');
});

let regId;
test('apply: the NGO (not another) applies to its city Dinsos, with a 14-working-day deadline', async () => {
  assert.equal((await fps.post('/api/v1/registrations', { organization_id: ujiOrg.id })).status, 403);
  assert.equal((await uji.post('/api/v1/registrations', { organization_id: orgs['DINSOS-BDL'].id })).status, 403);
  const notNgo = await bdl.post('/api/v1/registrations', { organization_id: orgs['DINSOS-BDL'].id });
  assert.equal(notNgo.status, 400);
  const r = await uji.post('/api/v1/registrations', { organization_id: ujiOrg.id, note: 'Berkas lengkap.' });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  regId = r.json.id;
  assert.equal(r.json.status, 'submitted');
  assert.equal(r.json.kind, 'new');
  assert.equal(r.json.regency_dinsos.code, 'DINSOS-BDL');
  assert.equal(r.json.province_dinsos.code, 'DINSOS-LAMPUNG');
  assert.equal(r.json.working_days_left, 14);
  assert.ok(r.json.due_on > today);
  const span = (Date.parse(r.json.due_on) - Date.parse(today)) / 86400e3;
  assert.ok(span >= 18, `14 working days span at least 18 calendar days (${span})`);
  assert.equal(r.json.overdue, false);
  assert.deepEqual(r.json.actions, [], 'the applicant has nothing to do while it waits');
  assert.equal(r.json.checks.length, 7);
  assert.equal(r.json.events[0].action, 'submit');
  assert.equal(r.json.events[0].actor.display_name, 'Pengelola LKS Uji');
  const again = await uji.post('/api/v1/registrations', { organization_id: ujiOrg.id });
  assert.equal(again.status, 409);
  const org = await fps.get(`/api/v1/organizations/${ujiOrg.id}`);
  assert.equal(org.json.registration.status, 'submitted');
});

test('only the city Dinsos recommends or returns; others see 404 or 403', async () => {
  assert.equal((await mksSupervisor.get(`/api/v1/registrations/${regId}`)).status, 404);
  assert.equal((await fps.get(`/api/v1/registrations/${regId}`)).status, 404);
  assert.equal((await fps.post(`/api/v1/registrations/${regId}/recommend`, {})).status, 404);
  assert.equal((await uji.post(`/api/v1/registrations/${regId}/recommend`, {})).status, 403);
  assert.equal((await lampung.post(`/api/v1/registrations/${regId}/recommend`, {})).status, 403);
  const inbox = await bdl.get('/api/v1/registrations?inbox=regency');
  assert.ok(inbox.json.items.some((x) => x.id === regId));
  assert.deepEqual(inbox.json.items.find((x) => x.id === regId).actions, ['recommend', 'return']);
  const noReason = await bdl.post(`/api/v1/registrations/${regId}/return`, {});
  assert.equal(noReason.status, 400);
  assert.equal(noReason.json.error.field, 'reason');
  const back = await bdl.post(`/api/v1/registrations/${regId}/return`, { reason: 'Surat domisili belum dilampirkan.' });
  assert.equal(back.status, 200);
  assert.equal(back.json.status, 'returned');
  assert.equal(back.json.reason, 'Surat domisili belum dilampirkan.');
  assert.equal((await bdl.post(`/api/v1/registrations/${regId}/recommend`, {})).status, 409);
  const again = await uji.post(`/api/v1/registrations/${regId}/resubmit`, { note: 'Surat domisili sudah dilampirkan.' });
  assert.equal(again.status, 200, JSON.stringify(again.json));
  assert.equal(again.json.status, 'submitted');
  const rec = await bdl.post(`/api/v1/registrations/${regId}/recommend`, { note: 'Direkomendasikan.' });
  assert.equal(rec.status, 200);
  assert.equal(rec.json.status, 'recommended');
  assert.ok(rec.json.recommended_at);
});

test('the province surveys the checklist and approves; the directory shows the registration', async () => {
  assert.equal((await bdl.put(`/api/v1/registrations/${regId}/checks/deed`, { result: 'ok' })).status, 403);
  const early = await lampung.post(`/api/v1/registrations/${regId}/approve`, { registration_number: '460/1/2026', valid_until: plusYears(5) });
  assert.equal(early.status, 409, 'not before every item is checked');
  assert.equal((await lampung.put(`/api/v1/registrations/${regId}/checks/foto`, { result: 'ok' })).status, 400);
  assert.equal((await lampung.put(`/api/v1/registrations/${regId}/checks/deed`, { result: 'mungkin' })).status, 400);
  const inbox = await lampung.get('/api/v1/registrations?inbox=province');
  assert.ok(inbox.json.items.some((x) => x.id === regId));
  for (const item of ['deed', 'decree', 'npwp', 'domicile', 'bank_account', 'activity_reports']) {
    const c = await lampung.put(`/api/v1/registrations/${regId}/checks/${item}`, { result: 'ok', note: 'Sesuai aslinya.' });
    assert.equal(c.status, 200, JSON.stringify(c.json));
  }
  const na = await lampung.put(`/api/v1/registrations/${regId}/checks/accreditation`, { result: 'not_ok', note: 'Belum ada.' });
  assert.equal(na.json.checks.find((c) => c.item === 'accreditation').result, 'not_ok');
  assert.equal((await lampung.post(`/api/v1/registrations/${regId}/approve`, { registration_number: '460/1/2026', valid_until: plusYears(5) })).status, 409);
  await lampung.put(`/api/v1/registrations/${regId}/checks/accreditation`, { result: 'not_applicable', note: 'Lembaga baru.' });
  const past = await lampung.post(`/api/v1/registrations/${regId}/approve`, { registration_number: '460/1/2026', valid_until: '2020-01-01' });
  assert.equal(past.status, 400);
  assert.equal(past.json.error.field, 'valid_until');
  const tooLong = await lampung.post(`/api/v1/registrations/${regId}/approve`, { registration_number: '460/1/2026', valid_until: plusYears(7) });
  assert.equal(tooLong.status, 400);
  const ok = await lampung.post(`/api/v1/registrations/${regId}/approve`, { registration_number: '460/1/2026', valid_until: plusYears(5), note: 'Memenuhi syarat.' });
  assert.equal(ok.status, 200, JSON.stringify(ok.json));
  assert.equal(ok.json.status, 'approved');
  assert.equal(ok.json.working_days_left, 0);
  assert.deepEqual(ok.json.events.map((e) => e.action).filter((a) => a !== 'check'), ['submit', 'return', 'resubmit', 'recommend', 'approve']);
  assert.ok(ok.json.events.every((e) => e.actor.id && e.at && e.organization.name));
  assert.equal(ok.json.events.find((e) => e.action === 'return').note, 'Surat domisili belum dilampirkan.');
  const org = (await fps.get(`/api/v1/organizations/${ujiOrg.id}`)).json;
  assert.deepEqual(org.registration, { status: 'approved', number: '460/1/2026', valid_until: plusYears(5), expired: false, renewal_open: false });
  const profile = (await fps.get(`/api/v1/organizations/${ujiOrg.id}/profile`)).json;
  assert.equal(profile.lks_number, '460/1/2026');
  const renew = await uji.post('/api/v1/registrations', { organization_id: ujiOrg.id });
  assert.equal(renew.status, 409, 'renewal opens 90 days before expiry');
  const audit = await admin.get(`/api/v1/audit?entity_id=${regId}&limit=100`);
  const actions = audit.json.items.map((e) => e.action);
  for (const a of ['registration.submit', 'registration.return', 'registration.recommend', 'registration.check', 'registration.approve'])
    assert.ok(actions.includes(a), a);
});

test('demo Lampung: Amanah Bunda registered, an overdue application at the city, one awaiting survey, one expired', async () => {
  const all = (await bdl.get('/api/v1/organizations?limit=200')).json.items;
  const by = Object.fromEntries(all.map((o) => [o.code, o]));
  assert.equal(by['LKS-AMANAH-BUNDA'].registration.status, 'approved');
  assert.equal(by['LKS-AMANAH-BUNDA'].registration.number, '460/123/V.08/2023');
  assert.equal(by['RS-CAHAYA-BDL'].registration.expired, true);
  assert.equal(by['RS-CAHAYA-BDL'].registration.renewal_open, true);
  const expired = (await bdl.get('/api/v1/organizations?registration=expired')).json.items.map((o) => o.code);
  assert.ok(expired.includes('RS-CAHAYA-BDL'));
  assert.ok(!expired.includes('LKS-AMANAH-BUNDA'));
  const registered = (await bdl.get('/api/v1/organizations?registration=registered&region=18')).json.items.map((o) => o.code);
  assert.ok(registered.includes('LKS-AMANAH-BUNDA') && registered.includes('LKS-UJI-BDL'));
  assert.ok(!registered.includes('RS-CAHAYA-BDL'));
  assert.equal((await bdl.get('/api/v1/organizations?registration=maybe')).status, 400);

  const cityInbox = (await bdl.get('/api/v1/registrations?inbox=regency')).json.items;
  const harapan = cityInbox.find((x) => x.organization.code === 'LKSA-HARAPAN-BDL');
  assert.ok(harapan, 'Harapan Kita waits at the city Dinsos');
  assert.equal(harapan.overdue, true);
  assert.ok(harapan.working_days_left < 0);
  const provinceInbox = (await lampung.get('/api/v1/registrations?inbox=province')).json.items;
  const pelita = provinceInbox.find((x) => x.organization.code === 'YAY-PELITA-BDL');
  assert.ok(pelita, 'Pelita Hati awaits the survey');
  assert.equal(pelita.overdue, false);
  const detail = (await lampung.get(`/api/v1/registrations/${pelita.id}`)).json;
  assert.equal(detail.checks.filter((c) => c.result).length, 3);
  assert.ok(detail.actions.includes('check') && detail.actions.includes('reject'));
  const amanah = (await demo('amanah_manager'));
  const history = (await amanah.get(`/api/v1/registrations?organization_id=${by['LKS-AMANAH-BUNDA'].id}`)).json.items;
  assert.equal(history.length, 1);
  assert.equal(history[0].submitted_at.slice(0, 10), '2023-02-06');
  assert.equal(history[0].decided_at.slice(0, 10), '2023-02-24');
  // Rejecting needs a reason; the city renews the expired one on the shelter's behalf.
  assert.equal((await lampung.post(`/api/v1/registrations/${pelita.id}/reject`, {})).status, 400);
  const rejected = await lampung.post(`/api/v1/registrations/${pelita.id}/reject`, { reason: 'Laporan kegiatan tiga tahun tidak ada.' });
  assert.equal(rejected.json.status, 'rejected');
  assert.equal((await bdl.get(`/api/v1/organizations/${by['YAY-PELITA-BDL'].id}`)).json.registration.status, 'rejected');
  const renewal = await bdl.post('/api/v1/registrations', { organization_id: by['RS-CAHAYA-BDL'].id, note: 'Perpanjangan.' });
  assert.equal(renewal.status, 201, JSON.stringify(renewal.json));
  assert.equal(renewal.json.kind, 'renewal');
  const cahaya = (await bdl.get(`/api/v1/organizations/${by['RS-CAHAYA-BDL'].id}`)).json.registration;
  assert.equal(cahaya.status, 'submitted');
  assert.equal(cahaya.expired, true, 'still expired until the renewal is approved');
  // Lists answer only what the viewer may see.
  const mine = (await uji.get('/api/v1/registrations')).json.items;
  assert.ok(mine.every((x) => x.organization.id === ujiOrg.id));
  assert.equal((await mksSupervisor.get('/api/v1/registrations')).json.items.length, 0);
});

let docId;
const body = pdf('akta notaris LKS Uji');
test('documents: type by bytes, size limits, hash recorded', async () => {
  const q = { owner_type: 'organization', owner_id: ujiOrg.id, kind: 'deed', title: 'Akta Notaris', file_name: 'akta notaris.pdf' };
  const r = await upload(uji, q, body);
  assert.equal(r.status, 201, JSON.stringify(r.json));
  docId = r.json.id;
  assert.equal(r.json.sha256, sha(body));
  assert.equal(r.json.content_type, 'application/pdf');
  assert.equal(r.json.bytes, body.length);
  assert.deepEqual(readdirSync(filesDir), [docId], 'stored under the files folder, named by id');
  const html = await upload(uji, q, Buffer.from('<html><script>alert(1)</script></html>'), 'application/pdf');
  assert.equal(html.status, 415);
  assert.equal(html.json.error.field, 'file');
  assert.equal((await upload(uji, q, Buffer.alloc(0))).status, 400);
  const big = Buffer.concat([pdf('besar'), Buffer.alloc(10 * 1024 * 1024)]);
  const tooBig = await upload(uji, q, big);
  assert.equal(tooBig.status, 413);
  const huge = await upload(uji, q, Buffer.concat([pdf('sangat besar'), Buffer.alloc(12 * 1024 * 1024)]));
  assert.equal(huge.status, 413);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2 * 1024 * 1024, 1)]);
  const large = await upload(uji, { ...q, kind: 'npwp', file_name: 'npwp.png' }, png, 'image/png');
  assert.equal(large.status, 201, `a 2 MiB scan passes the 1 MiB limit of other routes: ${JSON.stringify(large.json)}`);
  assert.equal(large.json.content_type, 'image/png');
  assert.equal((await upload(uji, { ...q, owner_type: 'kapal' }, body)).status, 400);
  assert.equal((await upload(uji, { ...q, owner_id: '00000000-0000-7000-8000-000000000000' }, body)).status, 404);
  assert.equal((await upload(fps, q, body)).status, 403, 'another NGO cannot attach to this one');
  const list = await uji.get(`/api/v1/documents?owner_type=organization&owner_id=${ujiOrg.id}`);
  assert.deepEqual(list.json.items.map((d) => d.kind), ['deed', 'npwp']);
});

test('documents: only the organisation and its Dinsos read them, getting the same bytes', async () => {
  assert.equal((await download(fps, docId)).status, 403);
  assert.equal((await download(mksSupervisor, docId)).status, 403);
  assert.equal((await fps.get(`/api/v1/documents?owner_type=organization&owner_id=${ujiOrg.id}`)).status, 403);
  for (const reader of [uji, bdl, lampung]) {
    const d = await download(reader, docId);
    assert.equal(d.status, 200);
    assert.ok(d.bytes.equals(body));
    assert.equal(d.headers.get('etag'), `"${sha(body)}"`);
    assert.equal(d.headers.get('content-type'), 'application/pdf');
    assert.match(d.headers.get('content-disposition'), /attachment; filename="akta notaris.pdf"/);
  }
  const audit = (await admin.get(`/api/v1/audit?entity_id=${docId}&limit=50`)).json.items.map((e) => e.action);
  assert.ok(audit.includes('document.upload'));
  assert.equal(audit.filter((a) => a === 'document.read').length, 3);
  // A registration's documents: its parties only; others are not told it exists.
  const regDoc = await upload(lampung, { owner_type: 'registration', owner_id: regId, kind: 'survey', file_name: 'foto survei.jpg' },
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg');
  assert.equal(regDoc.status, 201);
  assert.equal((await download(fps, regDoc.json.id)).status, 404);
  assert.equal((await download(uji, regDoc.json.id)).status, 200);
});

test('documents: a file changed on disk is refused; deleted documents are gone', async () => {
  writeFileSync(join(filesDir, docId), pdf('diubah diam-diam'));
  const tampered = await download(uji, docId);
  assert.equal(tampered.status, 500);
  assert.match(tampered.bytes.toString(), /berubah/);
  assert.equal((await fps.delete(`/api/v1/documents/${docId}`)).status, 403);
  const del = await uji.delete(`/api/v1/documents/${docId}`);
  assert.equal(del.status, 204);
  assert.equal((await uji.get(`/api/v1/documents/${docId}`)).status, 404);
});
