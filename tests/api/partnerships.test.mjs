// Partnerships (kemitraan): who sees and edits them (parties, the region's Dinsos), the eight
// stages with evidence and history, agreements expiring within N days, work plans and activities
// with participants and attendance, budgets that refuse over-disbursement, and LPJ.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, admin, lampungSupervisor, lampungWorker, amanah, otherNgo, makassarSupervisor, analyst, orgs;
let partnership, allocation, activity, lpjId;

const day = (offset) => new Date(Date.now() + offset * 86400e3).toISOString().slice(0, 10);

async function login(username, password) {
  const c = new Client(server.url);
  const r = await c.login(username, password);
  assert.equal(r.status, 200, `login ${username}`);
  return c;
}

before(async () => {
  server = await startServer({ template: true });
  admin = await login('admin', server.credentials.admin.password);
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org, role] of [['rina.lpg', 'DINSOS-LAMPUNG', 'supervisor'], ['joko.lpg', 'DINSOS-LAMPUNG', 'social_worker'], ['wati.amanah', 'LKS-AMANAH-BUNDA', 'partner_manager']]) {
    const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: [role], password: `${username}-rahasia` });
    assert.equal(r.status, 201, JSON.stringify(r.json));
  }
  lampungSupervisor = await login('rina.lpg', 'rina.lpg-rahasia');
  lampungWorker = await login('joko.lpg', 'joko.lpg-rahasia');
  amanah = await login('wati.amanah', 'wati.amanah-rahasia');
  otherNgo = await login('partner_manager', server.credentials.partner_manager.password); // LSM FPS, Makassar
  makassarSupervisor = await login('supervisor', server.credentials.supervisor.password);
  analyst = await login('analyst', server.credentials.analyst.password);
});
after(async () => { await server?.stop(); });

const newPartnership = (extra = {}) => ({
  title: 'Pelatihan vokasional penyandang disabilitas (uji)',
  purpose: 'Kursus Loka Bina Karya 3 bulan',
  programme: 'Rehabilitasi sosial penyandang disabilitas',
  partnership_type: 'mou_collaboration',
  categories: ['penyandang_disabilitas'],
  region_code: '18.71',
  start_date: '2024-01-01',
  parties: [
    { organization_id: orgs['DINSOS-LAMPUNG'].id, roles: ['facilitator', 'funder', 'resource_person'] },
    { organization_id: orgs['LKS-AMANAH-BUNDA'].id, roles: ['implementer', 'venue', 'recruiter'] },
  ],
  ...extra,
});

test('the region Dinsos creates a partnership; bad input is refused naming the field', async () => {
  const one = await lampungSupervisor.post('/api/v1/partnerships', newPartnership({ parties: [newPartnership().parties[0]] }));
  assert.equal(one.status, 400);
  assert.equal(one.json.error.field, 'parties');
  const type = await lampungSupervisor.post('/api/v1/partnerships', newPartnership({ partnership_type: 'joint_venture' }));
  assert.equal(type.status, 400);
  assert.equal(type.json.error.field, 'partnership_type');
  const date = await lampungSupervisor.post('/api/v1/partnerships', newPartnership({ start_date: '2024-13-01' }));
  assert.equal(date.status, 400);
  assert.equal(date.json.error.field, 'start_date');
  const role = await lampungSupervisor.post('/api/v1/partnerships', newPartnership({ parties: [{ organization_id: orgs['DINSOS-LAMPUNG'].id, roles: ['boss'] }, newPartnership().parties[1]] }));
  assert.equal(role.status, 400);
  const outsider = await makassarSupervisor.post('/api/v1/partnerships', newPartnership());
  assert.equal(outsider.status, 403, 'another region\'s Dinsos may not create it');

  const r = await lampungSupervisor.post('/api/v1/partnerships', newPartnership());
  assert.equal(r.status, 201, JSON.stringify(r.json));
  partnership = r.json;
  assert.equal(partnership.stage.code, 'problem_recognition');
  assert.equal(partnership.stages.length, 8);
  assert.equal(partnership.history.length, 1);
  assert.deepEqual(partnership.parties.map((p) => p.organization.code), ['DINSOS-LAMPUNG', 'LKS-AMANAH-BUNDA']);
  assert.deepEqual(partnership.parties[1].roles, ['implementer', 'venue', 'recruiter']);
  assert.equal(partnership.categories[0].name, 'Penyandang Disabilitas');
});

test('parties and the region\'s Dinsos see it; a non-party NGO and another region\'s Dinsos get 404', async () => {
  const url = `/api/v1/partnerships/${partnership.id}`;
  assert.equal((await otherNgo.get(url)).status, 404);
  assert.equal((await makassarSupervisor.get(url)).status, 404);
  assert.equal((await analyst.get(url)).status, 403, 'analysts see aggregates only');
  const worker = await lampungWorker.get(url);
  assert.equal(worker.status, 200);
  assert.equal(worker.json.can_edit, false);
  const party = await amanah.get(url);
  assert.equal(party.status, 200);
  assert.equal(party.json.can_edit, true);
  const lists = await Promise.all([otherNgo, amanah, lampungWorker].map((c) => c.get('/api/v1/partnerships?limit=200')));
  assert.ok(!lists[0].json.items.some((p) => p.id === partnership.id));
  assert.ok(lists[1].json.items.some((p) => p.id === partnership.id));
  assert.ok(lists[2].json.items.some((p) => p.id === partnership.id));
  const filtered = await lampungWorker.get(`/api/v1/partnerships?party=${orgs['LKS-AMANAH-BUNDA'].id}&stage=problem_recognition`);
  assert.ok(filtered.json.items.some((p) => p.id === partnership.id));
  const otherStage = await lampungWorker.get('/api/v1/partnerships?stage=work_plan&limit=200');
  assert.ok(!otherStage.json.items.some((p) => p.id === partnership.id));
  const summary = await analyst.get('/api/v1/partnerships/summary');
  assert.equal(summary.status, 200);
  assert.equal(summary.json.stages.length, 8);
  assert.equal((await lampungWorker.patch(url, { purpose: 'x' })).status, 403, 'a worker reads only');
  const edited = await amanah.patch(url, { programme: 'Loka Bina Karya 2024' });
  assert.equal(edited.status, 200);
  assert.equal(edited.json.programme, 'Loka Bina Karya 2024');
});

test('stages move one step forward or back, with a reason, and keep their history and evidence', async () => {
  const url = `/api/v1/partnerships/${partnership.id}/stage`;
  const skip = await lampungSupervisor.post(url, { stage: 'candidate_partners', reason: 'Lompat' });
  assert.equal(skip.status, 409);
  const noReason = await lampungSupervisor.post(url, { stage: 'problem_selection' });
  assert.equal(noReason.status, 400);
  assert.equal(noReason.json.error.field, 'reason');
  assert.equal((await lampungWorker.post(url, { stage: 'problem_selection', reason: 'x' })).status, 403);
  assert.equal((await otherNgo.post(url, { stage: 'problem_selection', reason: 'x' })).status, 404);
  const forward = await lampungSupervisor.post(url, { stage: 'problem_selection', reason: 'Masalah disabilitas dipilih dalam rakor' });
  assert.equal(forward.status, 200, JSON.stringify(forward.json));
  const again = await amanah.post(url, { stage: 'candidate_partners', reason: 'LKS Amanah Bunda diusulkan Dinsos kota' });
  assert.equal(again.status, 200);
  const back = await lampungSupervisor.post(url, { stage: 'problem_selection', reason: 'Sasaran ditinjau ulang' });
  assert.equal(back.status, 200);
  assert.equal(back.json.stage.code, 'problem_selection');
  assert.deepEqual(back.json.history.map((h) => [h.from, h.to]),
    [[null, 'problem_recognition'], ['problem_recognition', 'problem_selection'], ['problem_selection', 'candidate_partners'], ['candidate_partners', 'problem_selection']]);
  assert.equal(back.json.history[3].reason, 'Sasaran ditinjau ulang');
  assert.equal(back.json.history[3].changed_by.name, 'rina.lpg');

  const empty = await amanah.post(`/api/v1/partnerships/${partnership.id}/evidence`, { stage: 'problem_recognition' });
  assert.equal(empty.status, 400);
  const ev = await amanah.post(`/api/v1/partnerships/${partnership.id}/evidence`, { stage: 'problem_recognition', on_date: '2024-01-05', note: 'Data 6.381 penyandang disabilitas', meeting_id: 'rakor-1' });
  assert.equal(ev.status, 201, JSON.stringify(ev.json));
  const stage1 = ev.json.stages.find((s) => s.code === 'problem_recognition');
  assert.equal(stage1.evidence.length, 1);
  assert.equal(stage1.evidence[0].meeting_id, 'rakor-1');
  const audit = await admin.get(`/api/v1/audit?entity_type=partnership&entity_id=${partnership.id}`);
  assert.equal(audit.status, 200);
  const actions = audit.json.items.map((e) => e.action);
  for (const a of ['partnership.create', 'partnership.update', 'partnership.stage', 'partnership.evidence']) assert.ok(actions.includes(a), a);
});

test('agreements: parties with signatories and obligations; expiring_within finds those ending soon', async () => {
  const base = {
    partnership_id: partnership.id, kind: 'mou', number: '800/1615.a.1/V.06/B.II/2019', title: 'MoU pelatihan menjahit',
    signed_on: day(-300), start_date: day(-300), end_date: day(45), budget: 25000000,
    parties: [
      { organization_id: orgs['DINSOS-LAMPUNG'].id, signatory_name: 'Kepala Dinas', signatory_position: 'Kepala Dinas Sosial Provinsi', obligations: ['Menyediakan narasumber', 'Membiayai pelatihan'] },
      { organization_id: orgs['LKS-AMANAH-BUNDA'].id, signatory_name: 'Ketua LKS', signatory_position: 'Ketua', obligations: ['Menyediakan tempat dan asrama', 'Merekrut peserta'] },
    ],
  };
  const stranger = await lampungSupervisor.post('/api/v1/agreements', { ...base, parties: [base.parties[0], { organization_id: orgs['LSM-FPS'].id }] });
  assert.equal(stranger.status, 400);
  assert.equal(stranger.json.error.field, 'parties');
  const badBudget = await lampungSupervisor.post('/api/v1/agreements', { ...base, budget: 1.5 });
  assert.equal(badBudget.status, 400);
  assert.equal(badBudget.json.error.field, 'budget');
  const soon = await lampungSupervisor.post('/api/v1/agreements', base);
  assert.equal(soon.status, 201, JSON.stringify(soon.json));
  assert.equal(soon.json.number, '800/1615.a.1/V.06/B.II/2019');
  assert.deepEqual(soon.json.parties[1].obligations, ['Menyediakan tempat dan asrama', 'Merekrut peserta']);
  assert.equal(soon.json.days_left, 45);
  assert.equal(soon.json.reminder_due, 60);
  const sooner = await amanah.post('/api/v1/agreements', { ...base, kind: 'pks', number: 'PKS/02/2024', end_date: day(20) });
  assert.equal(sooner.status, 201);
  assert.equal(sooner.json.reminder_due, 30);
  const later = await amanah.post('/api/v1/agreements', { ...base, kind: 'pks', number: 'PKS/03/2024', end_date: day(200) });
  assert.equal(later.status, 201);

  const within60 = await lampungWorker.get('/api/v1/agreements?expiring_within=60');
  assert.equal(within60.status, 200);
  const numbers60 = within60.json.items.filter((a) => a.partnership.id === partnership.id).map((a) => a.number);
  assert.deepEqual(numbers60, ['PKS/02/2024', '800/1615.a.1/V.06/B.II/2019'], 'soonest first, not the one ending in 200 days');
  const within30 = await amanah.get('/api/v1/agreements?expiring_within=30');
  assert.deepEqual(within30.json.items.filter((a) => a.partnership.id === partnership.id).map((a) => a.number), ['PKS/02/2024']);
  const outsider = await otherNgo.get('/api/v1/agreements?expiring_within=60');
  assert.ok(!outsider.json.items.some((a) => a.partnership.id === partnership.id));
  assert.equal((await otherNgo.get(`/api/v1/agreements/${soon.json.id}`)).status, 404);
  assert.equal((await amanah.get('/api/v1/agreements?expiring_within=abc')).status, 400);
  const all = await amanah.get(`/api/v1/agreements?partnership=${partnership.id}`);
  assert.equal(all.json.items.length, 3);
});

test('work plan and activity: contributions, participants named only to who may see them, attendance, reports', async () => {
  const plan = await amanah.post('/api/v1/work-plans', { partnership_id: partnership.id, title: 'Rencana kerja 2024', period_start: '2024-01-01', period_end: '2024-12-31' });
  assert.equal(plan.status, 201, JSON.stringify(plan.json));
  const notParty = await amanah.post('/api/v1/activities', { work_plan_id: plan.json.id, title: 'Kursus', start_date: '2024-03-01', responsible_org: orgs['LSM-FPS'].id });
  assert.equal(notParty.status, 400);
  assert.equal(notParty.json.error.field, 'responsible_org');
  const a = await amanah.post('/api/v1/activities', {
    work_plan_id: plan.json.id, title: 'Kursus Loka Bina Karya menjahit', place: 'Asrama LKS Amanah Bunda',
    start_date: '2024-03-01', end_date: '2024-05-31', responsible_org: orgs['LKS-AMANAH-BUNDA'].id, outputs: ['20 peserta lulus'],
  });
  assert.equal(a.status, 201, JSON.stringify(a.json));
  activity = a.json;
  const money = await lampungSupervisor.post(`/api/v1/activities/${activity.id}/contributions`, { organization_id: orgs['DINSOS-LAMPUNG'].id, kind: 'money', description: 'Honor narasumber', value: 12000000 });
  assert.equal(money.status, 201, JSON.stringify(money.json));
  const venue = await amanah.post(`/api/v1/activities/${activity.id}/contributions`, { organization_id: orgs['LKS-AMANAH-BUNDA'].id, kind: 'venue', description: 'Ruang kelas dan asrama 3 bulan', value: 9000000 });
  assert.equal(venue.json.contributions_total, 21000000);
  assert.equal((await amanah.post(`/api/v1/activities/${activity.id}/contributions`, { organization_id: orgs['LKS-AMANAH-BUNDA'].id, kind: 'love', value: 1 })).status, 400);

  const persons = (await amanah.get('/api/v1/persons?limit=3')).json.items;
  assert.equal(persons.length, 3, 'the demo persons of LKS Amanah Bunda');
  const ids = persons.map((p) => p.id);
  assert.equal((await otherNgo.post(`/api/v1/activities/${activity.id}/participants`, { person_ids: ids })).status, 404);
  const added = await amanah.post(`/api/v1/activities/${activity.id}/participants`, { person_ids: ids });
  assert.equal(added.status, 201, JSON.stringify(added.json));
  assert.equal(added.json.participant_count, 3);
  const twice = await amanah.post(`/api/v1/activities/${activity.id}/participants`, { person_ids: [ids[0]] });
  assert.equal(twice.json.participant_count, 3, 'a participant is added once');
  const stranger = await amanah.post(`/api/v1/activities/${activity.id}/sessions`, { on_date: '2024-03-01', present: ['no-such-person'] });
  assert.equal(stranger.status, 400);
  const session = await amanah.post(`/api/v1/activities/${activity.id}/sessions`, { on_date: '2024-03-01', topic: 'Pengenalan mesin jahit', present: ids.slice(0, 2) });
  assert.equal(session.status, 201);
  assert.equal(session.json.sessions[0].present_count, 2);
  const report = await amanah.post(`/api/v1/activities/${activity.id}/reports`, { period: 'Bulan 1', body: 'Peserta hadir 2 dari 3.' });
  assert.equal(report.json.reports.length, 1);

  const own = await amanah.get(`/api/v1/activities/${activity.id}`);
  assert.equal(own.json.participants.length, 3);
  assert.ok(own.json.participants.every((p) => p.full_name));
  assert.equal(own.json.participants.find((p) => p.person_id === ids[0]).sessions_attended, 1);
  // A Dinsos social worker does not see persons registered by the LKS: counts only, no names.
  const worker = await lampungWorker.get(`/api/v1/activities/${activity.id}`);
  assert.equal(worker.status, 200);
  assert.equal(worker.json.participant_count, 3);
  assert.equal(worker.json.participants.length, 0);
  assert.equal(worker.json.participants_hidden, 3);
  assert.equal(worker.json.sessions[0].present_count, 2);
  assert.deepEqual(worker.json.sessions[0].present, []);
  const list = await lampungWorker.get(`/api/v1/activities?partnership=${partnership.id}`);
  assert.equal(list.json.items.length, 1);
  assert.equal(list.json.items[0].participant_count, 3);
  const reads = await admin.get(`/api/v1/audit?action=activity.read&entity_id=${activity.id}`);
  assert.ok(reads.json.items.length >= 2, 'participant reads are audited');
});

test('budgets: allocations by source, disbursements never beyond the allocation, realisation percent', async () => {
  const bad = await lampungSupervisor.post('/api/v1/budgets/allocations', { partnership_id: partnership.id, source: 'lottery', amount: 1 });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'source');
  const r = await lampungSupervisor.post('/api/v1/budgets/allocations', { partnership_id: partnership.id, activity_id: activity.id, source: 'apbd', description: 'APBD 2024', amount: 10000000 });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  allocation = r.json.allocations[0];
  assert.equal((await otherNgo.post('/api/v1/budgets/disbursements', { allocation_id: allocation.id, amount: 1 })).status, 404);
  const first = await lampungSupervisor.post('/api/v1/budgets/disbursements', { allocation_id: allocation.id, on_date: '2024-03-01', amount: 4000000 });
  assert.equal(first.status, 201);
  assert.equal(first.json.realisation, 40);
  const over = await lampungSupervisor.post('/api/v1/budgets/disbursements', { allocation_id: allocation.id, on_date: '2024-04-01', amount: 6000001 });
  assert.equal(over.status, 409);
  assert.equal(over.json.error.field, 'amount');
  assert.match(over.json.error.message, /Rp 6\.000\.000/);
  const rest = await lampungSupervisor.post('/api/v1/budgets/disbursements', { allocation_id: allocation.id, on_date: '2024-04-01', amount: 6000000 });
  assert.equal(rest.status, 201);
  assert.equal(rest.json.allocations[0].remaining, 0);
  const csr = await amanah.post('/api/v1/budgets/allocations', { partnership_id: partnership.id, source: 'csr', amount: 5000000 });
  assert.equal(csr.status, 201);
  const budget = await lampungWorker.get(`/api/v1/budgets/${partnership.id}`);
  assert.equal(budget.status, 200);
  assert.equal(budget.json.allocated, 15000000);
  assert.equal(budget.json.disbursed, 10000000);
  assert.equal(budget.json.realisation, 66.7);
  assert.deepEqual(budget.json.by_source.map((s) => [s.source, s.allocated, s.realisation]), [['apbd', 10000000, 100], ['csr', 5000000, 0]]);
  assert.equal(budget.json.disbursements.length, 2);
  assert.equal((await makassarSupervisor.get(`/api/v1/budgets/${partnership.id}`)).status, 404);
});

test('LPJ: overdue when not submitted by its due date; the party submits, the Dinsos verifies', async () => {
  const r = await lampungSupervisor.post('/api/v1/budgets/lpj', { partnership_id: partnership.id, allocation_id: allocation.id, title: 'LPJ kursus menjahit', due_date: day(-3) });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  lpjId = r.json.lpj[0].id;
  assert.equal(r.json.lpj[0].status, 'overdue');
  const overdue = await amanah.get('/api/v1/budgets/lpj-overdue');
  assert.ok(overdue.json.items.some((l) => l.id === lpjId));
  assert.ok(!(await otherNgo.get('/api/v1/budgets/lpj-overdue')).json.items.some((l) => l.id === lpjId));
  assert.equal((await lampungSupervisor.post(`/api/v1/budgets/lpj/${lpjId}/verify`, {})).status, 409, 'not submitted yet');
  const submitted = await amanah.post(`/api/v1/budgets/lpj/${lpjId}/submit`, { document_id: 'doc-lpj-1' });
  assert.equal(submitted.status, 200);
  assert.equal(submitted.json.lpj[0].status, 'submitted');
  assert.equal((await amanah.post(`/api/v1/budgets/lpj/${lpjId}/verify`, {})).status, 403, 'an NGO does not verify its own LPJ');
  const verified = await lampungSupervisor.post(`/api/v1/budgets/lpj/${lpjId}/verify`, {});
  assert.equal(verified.status, 200);
  assert.equal(verified.json.lpj[0].status, 'verified');
  assert.ok(!(await amanah.get('/api/v1/budgets/lpj-overdue')).json.items.some((l) => l.id === lpjId));
});

test('the demo holds the five partnerships of the papers with their histories', async () => {
  const makassar = (await admin.get('/api/v1/partnerships?limit=200')).json.items;
  const rhrb = makassar.find((p) => p.title.includes('Rumah Hati Rumah Bakat'));
  assert.ok(rhrb, 'Makassar RHRB (000)');
  assert.ok(makassar.some((p) => p.title.includes('RPTC')), 'Makassar RPTC (001)');
  const detail = (await admin.get(`/api/v1/partnerships/${rhrb.id}`)).json;
  const notes = detail.stages.flatMap((s) => s.evidence.map((e) => e.note)).join('\n');
  for (const period of ['kontra-produktif', 'semi-produktif', 'produktif']) assert.match(notes, new RegExp(period));
  assert.equal(detail.history.length, 8);
  const lampung = (await lampungSupervisor.get('/api/v1/partnerships?q=amanah')).json.items;
  assert.equal(lampung.length, 1, 'Lampung with LKS Amanah Bunda (003)');
  const agreements = (await lampungSupervisor.get(`/api/v1/agreements?partnership=${lampung[0].id}`)).json.items;
  assert.ok(agreements.some((a) => a.number === '800/1615.a.1/V.06/B.II/2019'));
  assert.ok(agreements.some((a) => a.activity_id), 'an MoU per activity');
  const course = (await lampungSupervisor.get(`/api/v1/activities?partnership=${lampung[0].id}`)).json.items[0];
  assert.ok(course.participant_count >= 10, 'the Lampung persons with disabilities take the course');
  const budget = (await lampungSupervisor.get(`/api/v1/budgets/${lampung[0].id}`)).json;
  assert.ok(budget.realisation > 0 && budget.lpj.length > 0);
  const bangjo = await login('bangjo_worker', server.credentials.bangjo_worker.password);
  assert.equal((await bangjo.get('/api/v1/partnerships')).json.items.length, 1, 'Semarang (002)');
  const dki = await login('dki_worker', server.credentials.dki_worker.password);
  const dkiItems = (await dki.get('/api/v1/partnerships')).json.items;
  assert.equal(dkiItems.length, 1, 'DKI (004)');
  assert.ok(dkiItems[0].parties.length >= 10, 'many parties');
});
