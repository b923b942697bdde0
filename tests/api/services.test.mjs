// Layanan ATENSI within a case, and bimbingan lanjut: monthly follow-up visits, the family track
// record, the organisation's calendar, and a child seen back on the street reopening the case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, worker, supervisor, outsider, analyst, partner, auditor, orgs, caseId;

const today = new Date().toISOString().slice(0, 10);
// The same day `n` months from `date` (YYYY-MM-DD), for days up to 28.
const addMonths = (date, n) => {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, d));
  return t.toISOString().slice(0, 10);
};
const fifteenth = (n) => addMonths(`${today.slice(0, 8)}15`, n);

async function newCase(name, reason = 'Penjangkauan') {
  const p = await worker.post('/api/v1/persons', { full_name: name, sex: 'L', age_years: 11, categories: ['anak_jalanan'] });
  const c = await worker.post('/api/v1/cases', { person_id: p.json.id, reason });
  assert.equal(c.status, 201, JSON.stringify(c.json));
  return c.json.id;
}

before(async () => {
  server = await startServer({ template: true });
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  await admin.post('/api/v1/users', { username: 'rina.rptc', display_name: 'Rina', organization_id: orgs['RPTC-MKS'].id, roles: ['social_worker'], password: 'rina.rptc-rahasia' });
  outsider = new Client(server.url);
  await outsider.login('rina.rptc', 'rina.rptc-rahasia');
  const as = async (role) => { const c = new Client(server.url); await c.login(role, server.credentials[role].password); return c; };
  worker = await as('social_worker');
  supervisor = await as('supervisor');
  analyst = await as('analyst');
  partner = await as('partner_manager');
  auditor = await as('auditor');
  caseId = await newCase('Budi Santoso');
});
after(async () => { await server?.stop(); });

test('the service types follow ATENSI and say which details each takes', async () => {
  const r = await worker.get('/api/v1/service-types');
  assert.equal(r.status, 200);
  const codes = r.json.items.map((t) => t.code);
  for (const c of ['basic_needs', 'social_care', 'family_support', 'therapy', 'vocational_training', 'entrepreneurship',
    'social_assistance', 'assistive_device', 'education', 'health', 'civil_document', 'legal_accompaniment', 'counselling'])
    assert.ok(codes.includes(c), c);
  const education = r.json.items.find((t) => t.code === 'education');
  assert.deepEqual(education.fields.find((f) => f.name === 'level').choices, ['SD', 'SMP', 'SMA']);
  assert.ok(education.fields.find((f) => f.name === 'school_name').required);
});

// Each type: details that pass, and details that fail naming their field.
const kinds = [
  ['basic_needs', { items: 'Makan tiga kali sehari' }, { colour: 'merah' }, 'details'],
  ['social_care', { setting: 'LKSA' }, { setting: 7 }, 'details.setting'],
  ['family_support', { parent_coaching: true, topic: 'Pengasuhan' }, { parent_coaching: 'ya' }, 'details.parent_coaching'],
  ['therapy', { subtype: 'psychosocial' }, { subtype: 'pijat' }, 'details.subtype'],
  ['vocational_training', { subtype: 'sewing', course: 'Menjahit dasar' }, { course: 'Tanpa jenis' }, 'details.subtype'],
  ['entrepreneurship', { business: 'Warung kopi' }, { business: ['x'] }, 'details.business'],
  ['social_assistance', { form: 'cash', amount: 300000 }, { form: 'cash' }, 'details.amount'],
  ['social_assistance', { form: 'goods', description: 'Sembako' }, { form: 'goods' }, 'details.description'],
  ['assistive_device', { device: 'wheelchair' }, { device: 'other' }, 'details.description'],
  ['education', { level: 'SD', school_name: 'SDN Mangkura 1', enrolled_on: today, enrolment_status: 'enrolled' },
    { level: 'TK', school_name: 'TK', enrolled_on: today, enrolment_status: 'enrolled' }, 'details.level'],
  ['health', { facility: 'Puskesmas Tamalate', bpjs_number: '0001234567890' }, { facility: 'Puskesmas', bpjs_number: '123' }, 'details.bpjs_number'],
  ['civil_document', { document: 'akta_kelahiran', requested_on: '2026-01-05', issued_on: '2026-02-01' },
    { document: 'akta_kelahiran', requested_on: '2026-01-05', issued_on: '2025-12-01' }, 'details.issued_on'],
  ['legal_accompaniment', { matter: 'Pendampingan di kepolisian' }, { matter: false }, 'details.matter'],
  ['counselling', { approach: 'Konseling individu', sessions: 4 }, { sessions: 'empat' }, 'details.sessions'],
];

test('every service type is validated: good details are stored, bad ones give 400 naming the field', async () => {
  for (const [type, good, bad, field] of kinds) {
    const ok = await worker.post(`/api/v1/cases/${caseId}/services`, { type, details: good, starts_on: '2026-01-05' });
    assert.equal(ok.status, 201, `${type}: ${JSON.stringify(ok.json)}`);
    assert.equal(ok.json.type, type);
    assert.deepEqual(ok.json.details, good);
    assert.equal(ok.json.status, 'planned');
    assert.equal(ok.json.provider.code, 'DINSOS-MKS', 'the case organisation by default');
    const ko = await worker.post(`/api/v1/cases/${caseId}/services`, { type, details: bad });
    assert.equal(ko.status, 400, `${type} ${JSON.stringify(bad)}`);
    assert.equal(ko.json.error.field, field, `${type} ${JSON.stringify(bad)}`);
    assert.match(ko.json.error.message, /\w/);
  }
  const list = await worker.get(`/api/v1/cases/${caseId}/services`);
  assert.equal(list.status, 200);
  assert.equal(list.json.items.length, kinds.length);
  assert.equal(list.json.next_cursor, null);
});

test('bad service input names its field', async () => {
  const cases = [
    [{ type: 'spa' }, 'type'],
    [{ type: 'therapy', details: 'psychosocial' }, 'details'],
    [{ type: 'therapy', details: { subtype: 'physical' }, status: 'done' }, 'status'],
    [{ type: 'therapy', details: { subtype: 'physical' }, starts_on: '2026-02-30' }, 'starts_on'],
    [{ type: 'therapy', details: { subtype: 'physical' }, starts_on: '2026-03-01', ends_on: '2026-02-01' }, 'ends_on'],
    [{ type: 'therapy', details: { subtype: 'physical' }, provider_organization_id: 'nowhere' }, 'provider_organization_id'],
    [{ details: { subtype: 'physical' } }, 'type'],
  ];
  for (const [body, field] of cases) {
    const r = await worker.post(`/api/v1/cases/${caseId}/services`, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
});

test('another provider, a Loka Bina Karya course of three months, and status moves', async () => {
  const school = await worker.post(`/api/v1/cases/${caseId}/services`, {
    type: 'vocational_training', provider_organization_id: orgs['LSM-FPS'].id, starts_on: '2026-02-10',
    details: { subtype: 'workshop', loka_bina_karya: true } });
  assert.equal(school.status, 201);
  assert.equal(school.json.provider.code, 'LSM-FPS');
  assert.equal(school.json.ends_on, '2026-05-10');
  const id = school.json.id;
  assert.equal((await worker.patch(`/api/v1/services/${id}`, { status: 'completed' })).status, 409, 'planned cannot jump to completed');
  const ongoing = await worker.patch(`/api/v1/services/${id}`, { status: 'ongoing' });
  assert.equal(ongoing.json.status, 'ongoing');
  const done = await worker.patch(`/api/v1/services/${id}`, { status: 'completed', outcome: 'Lulus kursus bengkel' });
  assert.equal(done.status, 200);
  assert.equal(done.json.status, 'completed');
  assert.equal(done.json.outcome, 'Lulus kursus bengkel');
  const back = await worker.patch(`/api/v1/services/${id}`, { status: 'ongoing' });
  assert.equal(back.status, 409);
  assert.equal(back.json.error.field, 'status');
  const badEnd = await worker.patch(`/api/v1/services/${id}`, { ends_on: '2026-01-01' });
  assert.equal(badEnd.status, 400);
  assert.equal(badEnd.json.error.field, 'ends_on');
  const badDetails = await worker.patch(`/api/v1/services/${id}`, { details: { subtype: 'cooking' } });
  assert.equal(badDetails.json.error.field, 'details.subtype');
  const stopped = await worker.post(`/api/v1/cases/${caseId}/services`, { type: 'counselling', status: 'ongoing', starts_on: '2026-01-01' });
  const s = await worker.patch(`/api/v1/services/${stopped.json.id}`, { status: 'stopped', outcome: 'Pindah kota' });
  assert.equal(s.json.status, 'stopped');
  assert.equal(s.json.ends_on, today, 'a stopped service ends today');
});

test('permissions: another organisation gets 404, analysts and partner managers 403', async () => {
  const svc = (await worker.get(`/api/v1/cases/${caseId}/services`)).json.items[0];
  assert.equal((await outsider.get(`/api/v1/cases/${caseId}/services`)).status, 404);
  assert.equal((await outsider.post(`/api/v1/cases/${caseId}/services`, { type: 'counselling' })).status, 404);
  assert.equal((await outsider.patch(`/api/v1/services/${svc.id}`, { outcome: 'x' })).status, 404);
  assert.equal((await outsider.get(`/api/v1/cases/${caseId}/follow-ups`)).status, 404);
  assert.equal((await outsider.post(`/api/v1/cases/${caseId}/follow-ups`, { months: 2 })).status, 404);
  for (const c of [analyst, partner]) {
    assert.equal((await c.get(`/api/v1/cases/${caseId}/services`)).status, 403);
    assert.equal((await c.post(`/api/v1/cases/${caseId}/services`, { type: 'counselling' })).status, 403);
    assert.equal((await c.patch(`/api/v1/services/${svc.id}`, { outcome: 'x' })).status, 403);
    assert.equal((await c.get('/api/v1/follow-ups')).status, 403);
    assert.equal((await c.get(`/api/v1/cases/${caseId}/follow-ups`)).status, 403);
  }
  assert.equal((await supervisor.get(`/api/v1/cases/${caseId}/services`)).status, 200, 'the region supervisor sees them');
  const audit = await auditor.get(`/api/v1/audit?action=service.list&entity_id=${caseId}`);
  assert.ok(audit.json.items.length >= 1, 'listing services is audited');
  assert.ok(!JSON.stringify(audit.json).includes('Budi'), 'audit details carry no names');
  const created = await auditor.get('/api/v1/audit?action=service.create&limit=100');
  assert.ok(created.json.items.length >= kinds.length);
});

test('a follow-up plan makes monthly visits; the calendar lists due and overdue ones', async () => {
  const start = fifteenth(-2);
  const r = await worker.post(`/api/v1/cases/${caseId}/follow-ups`, { starts_on: start, months: 4 });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  assert.deepEqual(r.json.items.map((v) => v.due_on), [0, 1, 2, 3].map((k) => addMonths(start, k)));
  assert.deepEqual(r.json.items.map((v) => v.overdue), r.json.items.map((v) => v.due_on < today));
  assert.ok(r.json.items.every((v) => v.recorded === false && v.visited_on === null));

  const due = await worker.get(`/api/v1/follow-ups?due_before=${fifteenth(1)}`);
  assert.equal(due.status, 200);
  const mine = due.json.items.filter((v) => v.case_id === caseId);
  assert.equal(mine.length, 3, 'visits due before the date');
  assert.equal(mine[0].person.full_name, 'Budi Santoso');
  assert.equal(mine[0].overdue, true);
  assert.ok(mine.every((v, i) => i === 0 || mine[i - 1].due_on <= v.due_on), 'earliest first');
  assert.equal((await outsider.get(`/api/v1/follow-ups?due_before=${fifteenth(6)}`)).json.items.length, 0, 'another organisation\'s calendar');
  const bad = await worker.get('/api/v1/follow-ups?due_before=besok');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'due_before');
  for (const [body, field] of [[{ months: 0 }, 'months'], [{ months: 'enam' }, 'months'], [{ interval_months: 13 }, 'interval_months'], [{ starts_on: '2026-13-01' }, 'starts_on']]) {
    const e = await worker.post(`/api/v1/cases/${caseId}/follow-ups`, body);
    assert.equal(e.status, 400, JSON.stringify(body));
    assert.equal(e.json.error.field, field);
  }
  const every2 = await worker.post(`/api/v1/cases/${await newCase('Dua Bulan')}/follow-ups`, { starts_on: '2026-01-10', months: 6, interval_months: 2 });
  assert.deepEqual(every2.json.items.map((v) => v.due_on), ['2026-01-10', '2026-03-10', '2026-05-10']);
});

test('recording a visit builds the family track record; bad input names its field', async () => {
  const visits = (await worker.get(`/api/v1/cases/${caseId}/follow-ups`)).json.items;
  const first = visits[0];
  for (const [body, field] of [
    [{ met_with: 'Ibu' }, 'place'],
    [{ place: 'Rumah', met_with: '' }, 'met_with'],
    [{ place: 'Rumah', met_with: 'Ibu', child_in_school: 'kadang' }, 'child_in_school'],
    [{ place: 'Rumah', met_with: 'Ibu', income_level: 'better' }, 'income_level'],
    [{ place: 'Rumah', met_with: 'Ibu', visited_on: addMonths(today, 1) }, 'visited_on'],
    [{ place: 'Rumah', met_with: 'Ibu', seen_on_street: 'no' }, 'seen_on_street'],
  ]) {
    const r = await worker.post(`/api/v1/follow-ups/${first.id}`, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field);
  }
  assert.equal((await outsider.post(`/api/v1/follow-ups/${first.id}`, { place: 'Rumah', met_with: 'Ibu' })).status, 404);
  assert.equal((await analyst.post(`/api/v1/follow-ups/${first.id}`, { place: 'Rumah', met_with: 'Ibu' })).status, 403);
  const ok = await worker.post(`/api/v1/follow-ups/${first.id}`, {
    visited_on: first.due_on, place: 'Rumah keluarga, Tallo', met_with: 'Ibu dan nenek', child_in_school: 'yes',
    seen_on_street: false, income_situation: 'Ibu berjualan kue', income_level: 'improved', parent_coaching_attended: true, notes: 'Anak rajin sekolah' });
  assert.equal(ok.status, 200, JSON.stringify(ok.json));
  assert.equal(ok.json.recorded, true);
  assert.equal(ok.json.case_effect.action, 'none');
  assert.equal((await worker.post(`/api/v1/follow-ups/${first.id}`, { place: 'Rumah', met_with: 'Ibu' })).status, 409, 'recorded once');
  const track = await worker.get(`/api/v1/cases/${caseId}/follow-ups`);
  const row = track.json.items.find((v) => v.id === first.id);
  assert.equal(row.month, first.due_on.slice(0, 7));
  assert.equal(row.child_in_school, 'yes');
  assert.equal(row.income_level, 'improved');
  assert.equal(row.parent_coaching_attended, true);
  assert.equal(row.seen_on_street, false);
  const due = await worker.get(`/api/v1/follow-ups?due_before=${fifteenth(1)}`);
  assert.ok(!due.json.items.some((v) => v.id === first.id), 'a recorded visit leaves the calendar');
});

test('seen back on the street reopens a closed case into assessment, in the same request', async () => {
  const id = await newCase('Candra Wijaya');
  assert.equal((await worker.post(`/api/v1/cases/${id}/transitions`, { to: 'termination', reason: 'Reintegrasi ke keluarga' })).status, 200);
  const closed = await supervisor.post(`/api/v1/cases/${id}/transitions`, { to: 'closed', reason: 'Selesai' });
  assert.equal(closed.json.stage, 'closed');
  const plan = await worker.post(`/api/v1/cases/${id}/follow-ups`, { starts_on: fifteenth(-1), months: 3 });
  assert.equal(plan.status, 201);
  const r = await worker.post(`/api/v1/follow-ups/${plan.json.items[0].id}`, {
    place: 'Perempatan Jl. Urip Sumoharjo', met_with: 'Anak', seen_on_street: true, child_in_school: 'no', income_level: 'worse' });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.case_effect.action, 'reopened');
  assert.equal(r.json.case_effect.from, 'closed');
  assert.equal(r.json.case_effect.to, 'assessment');
  const c = await worker.get(`/api/v1/cases/${id}`);
  assert.equal(c.json.stage, 'assessment');
  assert.equal(c.json.closed_at, null);
  const last = c.json.transitions.at(-1);
  assert.equal(last.from, 'closed');
  assert.equal(last.to, 'assessment');
  assert.match(last.reason, /^Kembali ke jalan \(kunjungan bimbingan lanjut \d{4}-\d{2}-\d{2}\)$/);
  const moves = await auditor.get(`/api/v1/audit?action=case.transition&entity_id=${id}&limit=100`);
  assert.equal(moves.json.items.length, 3, 'the reopening is audited like any move');
  const track = await worker.get(`/api/v1/cases/${id}/follow-ups`);
  assert.equal(track.json.items[0].case_effect, 'reopened');
  assert.equal(track.json.items[0].seen_on_street, true);
});

test('seen on the street during follow-up: the case goes back to assessment; in an open intervention, a warning', async () => {
  const id = await newCase('Dedi Kurniawan');
  await worker.post(`/api/v1/cases/${id}/transitions`, { to: 'termination', reason: 'Reintegrasi' });
  const fu = await worker.post(`/api/v1/cases/${id}/transitions`, { to: 'follow_up', reason: 'Bimbingan lanjut' });
  assert.equal(fu.json.stage, 'follow_up');
  const plan = await worker.post(`/api/v1/cases/${id}/follow-ups`, { months: 1 });
  assert.equal(plan.json.items[0].due_on, today, 'starts today by default');
  const r = await worker.post(`/api/v1/follow-ups/${plan.json.items[0].id}`, { place: 'Pasar', met_with: 'Anak', seen_on_street: true });
  assert.equal(r.status, 200);
  assert.equal(r.json.case_effect.action, 'moved_to_assessment');
  assert.equal(r.json.case_effect.to, 'assessment');
  assert.match(r.json.case_effect.message, /jalan/);
  const moved = (await worker.get(`/api/v1/cases/${id}`)).json;
  assert.equal(moved.stage, 'assessment');
  assert.match(moved.transitions.at(-1).reason, /Kembali ke jalan/);

  // A case still in its first stages only warns: the worker reviews the plan.
  const open = await newCase('Eko Prasetyo');
  const visit = (await worker.post(`/api/v1/cases/${open}/follow-ups`, { months: 1 })).json.items[0];
  const w = await worker.post(`/api/v1/follow-ups/${visit.id}`, { place: 'Pasar', met_with: 'Anak', seen_on_street: true });
  assert.equal(w.json.case_effect.action, 'warning');
  assert.equal(w.json.case_effect.to, null);
  assert.equal((await worker.get(`/api/v1/cases/${open}`)).json.stage, 'first_contact');
});
