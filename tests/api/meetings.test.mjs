// Coordination meetings (rapat koordinasi) and the notification centre: who sees and edits a
// meeting, attendance and its rates, action items done by their owner organisation only, and
// the reminders (action item due, referral waiting) that drop from the unread count once read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn, newUserSignedIn } from '../lib/server.mjs';

let server, admin, supervisor, dinsosWorker, analyst, fps, ownerWorker, ownerManager, outsider, otherDinsos, orgs;
let meetingId, dueSoonId, overdueId;

const day = (offsetDays) => new Date(Date.now() + offsetDays * 86400e3 + 8 * 3600e3).toISOString().slice(0, 10);
const hoursAgo = (n) => new Date(Date.now() - n * 3600e3).toISOString();

const addUser = (username, orgId, role) => newUserSignedIn(server, admin, username, orgId, role);

before(async () => {
  server = await startServer({ template: true });
  admin = await signedIn(server, 'admin');
  supervisor = await signedIn(server, 'supervisor');
  dinsosWorker = await signedIn(server, 'social_worker');
  analyst = await signedIn(server, 'analyst');
  fps = await signedIn(server, 'partner_manager');
  otherDinsos = await signedIn(server, 'dki_worker');
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  // A partner of its own, so that the demo's reminders do not mix with the test's.
  const org = await admin.post('/api/v1/organizations', { code: 'LKS-UJI-RAKOR', name: 'LKS Uji Rakor', type: 'lks', region_code: '73.71' });
  assert.equal(org.status, 201, JSON.stringify(org.json));
  orgs['LKS-UJI-RAKOR'] = org.json;
  ownerWorker = await addUser('wati.uji', org.json.id, 'social_worker');
  ownerManager = await addUser('joko.uji', org.json.id, 'partner_manager');
  outsider = await addUser('yudi.ysy', orgs['YSY-MKS'].id, 'social_worker');
});
after(async () => { await server?.stop(); });

const plan = (extra = {}) => ({
  title: 'Rakor penanganan anak jalanan',
  starts_at: hoursAgo(3),
  mode: 'in_person',
  place: 'Aula Dinas Sosial Kota Makassar',
  agenda: ['Data anak jalanan terbaru', 'Pembagian peran patroli'],
  invited: [orgs['LSM-FPS'].id, orgs['LKS-UJI-RAKOR'].id],
  ...extra,
});

test('a Dinsos supervisor plans a meeting; bad plans get a clear 400 naming the field', async () => {
  assert.equal((await dinsosWorker.post('/api/v1/meetings', plan())).status, 403, 'a social worker does not organise');
  assert.equal((await analyst.post('/api/v1/meetings', plan())).status, 403);
  const online = await supervisor.post('/api/v1/meetings', plan({ mode: 'online', place: '' }));
  assert.equal(online.status, 400);
  assert.equal(online.json.error.field, 'link');
  const noPlace = await supervisor.post('/api/v1/meetings', plan({ place: '' }));
  assert.equal(noPlace.json.error.field, 'place');
  const badTime = await supervisor.post('/api/v1/meetings', plan({ starts_at: 'besok pagi' }));
  assert.equal(badTime.status, 400);
  assert.equal(badTime.json.error.field, 'starts_at');
  const unknown = await supervisor.post('/api/v1/meetings', plan({ invited: ['no-such-org'] }));
  assert.equal(unknown.status, 400);
  assert.equal(unknown.json.error.field, 'invited');
  const rhrb = (await supervisor.get('/api/v1/partnerships?limit=100')).json.items.find((p) => p.title.includes('RHRB')).id;
  const r = await supervisor.post('/api/v1/meetings', plan({ partnership_id: rhrb }));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  meetingId = r.json.id;
  assert.equal(r.json.status, 'planned');
  assert.equal(r.json.organizer.code, 'DINSOS-MKS');
  assert.equal(r.json.partnership_id, rhrb);
  assert.deepEqual(r.json.agenda, plan().agenda);
  assert.deepEqual(r.json.participants.map((p) => p.organization.code).sort(), ['DINSOS-MKS', 'LKS-UJI-RAKOR', 'LSM-FPS']);
  assert.equal(r.json.may_edit, true);
});

test('the organiser, invited organisations and the region Dinsos see it; others get 404', async () => {
  for (const [who, c] of [['invited NGO', fps], ['invited LKS', ownerWorker], ['Dinsos analyst', analyst], ['Dinsos worker', dinsosWorker]]) {
    const r = await c.get(`/api/v1/meetings/${meetingId}`);
    assert.equal(r.status, 200, who);
    assert.equal(r.json.may_edit, false, who);
  }
  assert.equal((await outsider.get(`/api/v1/meetings/${meetingId}`)).status, 404, 'an uninvited organisation');
  assert.equal((await otherDinsos.get(`/api/v1/meetings/${meetingId}`)).status, 404, 'another region\'s Dinsos');
  const listed = await fps.get('/api/v1/meetings?q=anak%20jalanan');
  assert.ok(listed.json.items.some((m) => m.id === meetingId));
  const hidden = await outsider.get('/api/v1/meetings?limit=200');
  assert.equal(hidden.status, 200);
  assert.ok(!hidden.json.items.some((m) => m.id === meetingId));
});

test('only the organiser\'s managers edit; the minutes, decisions and status change is audited', async () => {
  assert.equal((await fps.patch(`/api/v1/meetings/${meetingId}`, { minutes: 'x' })).status, 403);
  assert.equal((await dinsosWorker.patch(`/api/v1/meetings/${meetingId}`, { minutes: 'x' })).status, 403);
  assert.equal((await outsider.patch(`/api/v1/meetings/${meetingId}`, { minutes: 'x' })).status, 404);
  const r = await supervisor.patch(`/api/v1/meetings/${meetingId}`, {
    minutes: 'Peserta sepakat berbagi data anak jalanan setiap bulan.',
    decisions: ['Data dibagikan setiap tanggal 5', 'Patroli bersama dua kali sebulan'],
  });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.decisions.length, 2);
  const bad = await supervisor.patch(`/api/v1/meetings/${meetingId}`, { status: 'held' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'status');
  const audit = await admin.get(`/api/v1/audit?entity_id=${meetingId}`);
  const actions = audit.json.items.map((e) => e.action);
  assert.ok(actions.includes('meeting.create') && actions.includes('meeting.update'), actions.join());
});

test('attendance is recorded by the organiser once the meeting started; it is then held', async () => {
  const future = await supervisor.post('/api/v1/meetings', plan({ starts_at: new Date(Date.now() + 5 * 86400e3).toISOString() }));
  const early = await supervisor.put(`/api/v1/meetings/${future.json.id}/attendance`, { attendance: [] });
  assert.equal(early.status, 409);
  const rows = [
    { organization_id: orgs['DINSOS-MKS'].id, attended: true, attendees: 3 },
    { organization_id: orgs['LSM-FPS'].id, attended: false },
    { organization_id: orgs['LKS-UJI-RAKOR'].id, attended: true, attendees: 2 },
  ];
  assert.equal((await fps.put(`/api/v1/meetings/${meetingId}/attendance`, { attendance: rows })).status, 403);
  const wrong = await supervisor.put(`/api/v1/meetings/${meetingId}/attendance`, { attendance: [{ organization_id: orgs['LSM-FPS'].id, attended: false, attendees: 4 }] });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.json.error.field, 'attendance');
  const r = await supervisor.put(`/api/v1/meetings/${meetingId}/attendance`, { attendance: rows });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.status, 'held');
  assert.equal(r.json.attended_count, 2);
  assert.equal(r.json.attendees_total, 5);
  const cancel = await supervisor.patch(`/api/v1/meetings/${meetingId}`, { status: 'cancelled' });
  assert.equal(cancel.status, 409, 'a held meeting is not cancelled');
});

test('action items: the owner must take part; due soon and overdue states', async () => {
  const notInvited = await supervisor.post(`/api/v1/meetings/${meetingId}/action-items`, { description: 'x', owner_organization_id: orgs['YSY-MKS'].id, due_date: day(3) });
  assert.equal(notInvited.status, 400);
  assert.equal(notInvited.json.error.field, 'owner_organization_id');
  const badDate = await supervisor.post(`/api/v1/meetings/${meetingId}/action-items`, { description: 'x', owner_organization_id: orgs['LSM-FPS'].id, due_date: '31-02-2026' });
  assert.equal(badDate.json.error.field, 'due_date');
  assert.equal((await fps.post(`/api/v1/meetings/${meetingId}/action-items`, { description: 'x', owner_organization_id: orgs['LSM-FPS'].id, due_date: day(3) })).status, 403);
  const soon = await supervisor.post(`/api/v1/meetings/${meetingId}/action-items`, { description: 'Kirim data anak binaan', owner_organization_id: orgs['LKS-UJI-RAKOR'].id, due_date: day(3) });
  assert.equal(soon.status, 201, JSON.stringify(soon.json));
  dueSoonId = soon.json.action_items.find((a) => a.description === 'Kirim data anak binaan').id;
  const late = await supervisor.post(`/api/v1/meetings/${meetingId}/action-items`, { description: 'Susun jadwal patroli bersama', owner_organization_id: orgs['LKS-UJI-RAKOR'].id, due_date: day(-4) });
  overdueId = late.json.action_items.find((a) => a.id !== dueSoonId && a.description.startsWith('Susun')).id;
  const later = await supervisor.post(`/api/v1/meetings/${meetingId}/action-items`, { description: 'Evaluasi triwulan', owner_organization_id: orgs['LKS-UJI-RAKOR'].id, due_date: day(30) });
  const states = Object.fromEntries(later.json.action_items.map((a) => [a.description, a.due_state]));
  assert.deepEqual(states, { 'Kirim data anak binaan': 'due_soon', 'Susun jadwal patroli bersama': 'overdue', 'Evaluasi triwulan': 'upcoming' });
  const seen = await ownerWorker.get(`/api/v1/meetings/${meetingId}`);
  assert.equal(seen.json.action_items.find((a) => a.id === dueSoonId).may_complete, true);
  assert.equal((await fps.get(`/api/v1/meetings/${meetingId}`)).json.action_items.find((a) => a.id === dueSoonId).may_complete, false);
});

test('notifications: the owner organisation sees the action items due and the referral waiting; others do not', async () => {
  // A referral from Dinsos to the test LKS waits in its inbox.
  const p = await supervisor.post('/api/v1/persons', { full_name: 'Rudi Hartono', sex: 'L', age_years: 13, categories: ['anak_jalanan'] });
  const c = await supervisor.post('/api/v1/cases', { person_id: p.json.id, reason: 'Hasil patroli' });
  const ref = await supervisor.post('/api/v1/referrals', { case_id: c.json.id, to_organization_id: orgs['LKS-UJI-RAKOR'].id, service: 'Pendampingan', reason: 'Butuh pendamping', override_reason: 'Anak tanpa pendamping' });
  assert.equal(ref.status, 201, JSON.stringify(ref.json));

  const list = await ownerWorker.get('/api/v1/notifications');
  assert.equal(list.status, 200, JSON.stringify(list.json));
  const kinds = list.json.items.map((i) => i.kind).sort();
  assert.deepEqual(kinds, ['action_item_due', 'action_item_overdue', 'referral_waiting']);
  assert.equal(list.json.items[0].kind, 'action_item_overdue', 'the most urgent first');
  const due = list.json.items.find((i) => i.kind === 'action_item_due');
  assert.equal(due.link, `/rapat/${meetingId}`);
  assert.equal(due.due, day(3));
  assert.equal(due.severity, 'warning');
  const waiting = list.json.items.find((i) => i.kind === 'referral_waiting');
  assert.ok(waiting.detail.includes('Dinas Sosial Kota Makassar'));
  assert.ok(!JSON.stringify(list.json).includes('Rudi'), 'no personal data in notifications');
  assert.equal(list.json.unread, 3);
  assert.deepEqual((await ownerWorker.get('/api/v1/notifications/summary')).json, { unread: 3, total: 3 });

  // The partner manager of the same organisation sees the action items but answers no referrals.
  const manager = (await ownerManager.get('/api/v1/notifications')).json.items.map((i) => i.kind).sort();
  assert.deepEqual(manager, ['action_item_due', 'action_item_overdue']);
  // Another organisation's users see none of them.
  for (const other of [outsider, fps]) {
    const items = (await other.get('/api/v1/notifications?limit=200')).json.items;
    assert.ok(!items.some((i) => i.link === `/rapat/${meetingId}` || i.key === waiting.key), JSON.stringify(items));
  }

  // Read: the count drops, the item stays listed as read.
  const read = await ownerWorker.post('/api/v1/notifications/read', { keys: [due.key] });
  assert.equal(read.status, 200, JSON.stringify(read.json));
  assert.deepEqual(read.json, { unread: 2, total: 3 });
  const after = await ownerWorker.get('/api/v1/notifications');
  assert.equal(after.json.items.find((i) => i.key === due.key).read, true);
  assert.equal((await ownerManager.get('/api/v1/notifications/summary')).json.unread, 2, 'read marks are per user');
  // Dismissed: gone from the list unless asked for.
  await ownerWorker.post('/api/v1/notifications/dismiss', { keys: [waiting.key] });
  const rest = await ownerWorker.get('/api/v1/notifications');
  assert.ok(!rest.json.items.some((i) => i.key === waiting.key));
  assert.ok((await ownerWorker.get('/api/v1/notifications?include=dismissed')).json.items.some((i) => i.key === waiting.key));
  assert.equal((await ownerWorker.post('/api/v1/notifications/read', {})).status, 400);
  const all = await ownerWorker.post('/api/v1/notifications/read', { all: true });
  assert.equal(all.json.unread, 0);
});

test('an action item is marked done by its owner organisation only; it then leaves the reminders', async () => {
  const url = `/api/v1/meetings/${meetingId}/action-items/${dueSoonId}`;
  assert.equal((await fps.patch(url, { status: 'done' })).status, 403, 'an invited organisation that does not own it');
  assert.equal((await outsider.patch(url, { status: 'done' })).status, 404);
  assert.equal((await ownerWorker.patch(url, { status: 'cancelled' })).status, 403, 'the owner does not cancel');
  assert.equal((await ownerWorker.patch(url, { due_date: day(20) })).status, 403, 'the owner does not move the due date');
  const done = await ownerWorker.patch(url, { status: 'done' });
  assert.equal(done.status, 200, JSON.stringify(done.json));
  const item = done.json.action_items.find((a) => a.id === dueSoonId);
  assert.equal(item.status, 'done');
  assert.equal(item.due_state, 'closed');
  assert.ok(item.done_at);
  const again = await ownerWorker.patch(url, { status: 'done' });
  assert.equal(again.status, 409);
  const kinds = (await ownerManager.get('/api/v1/notifications')).json.items.map((i) => i.kind);
  assert.deepEqual(kinds, ['action_item_overdue']);
  // The organiser may cancel what is left.
  const cancelled = await supervisor.patch(`/api/v1/meetings/${meetingId}/action-items/${overdueId}`, { status: 'cancelled' });
  assert.equal(cancelled.status, 200);
  assert.equal((await ownerManager.get('/api/v1/notifications/summary')).json.total, 0);
  const audit = await admin.get(`/api/v1/audit?entity_id=${dueSoonId}`);
  assert.deepEqual(audit.json.items.map((e) => e.action).sort(), ['meeting.action.create', 'meeting.action.update']);
});

test('attendance rates per organisation over a period', async () => {
  // Three held meetings in March 2019 (no demo meeting is there): the NGO comes to one of three.
  const march = ['2019-03-04T01:00:00Z', '2019-03-11T01:00:00Z', '2019-03-18T01:00:00Z'];
  for (const [i, starts_at] of march.entries()) {
    const m = await supervisor.post('/api/v1/meetings', plan({ starts_at, invited: [orgs['LSM-FPS'].id, orgs['RHRB-MKS'].id] }));
    assert.equal(m.status, 201);
    const r = await supervisor.put(`/api/v1/meetings/${m.json.id}/attendance`, { attendance: [
      { organization_id: orgs['DINSOS-MKS'].id, attended: true, attendees: 2 },
      { organization_id: orgs['LSM-FPS'].id, attended: i === 0, attendees: i === 0 ? 1 : 0 },
      { organization_id: orgs['RHRB-MKS'].id, attended: i < 2, attendees: i < 2 ? 1 : 0 },
    ] });
    assert.equal(r.status, 200);
  }
  // A planned (not held) meeting in the period does not count.
  await supervisor.post('/api/v1/meetings', plan({ starts_at: '2019-03-25T01:00:00Z' }));
  const r = await supervisor.get('/api/v1/meetings/attendance?from=2019-03-01&to=2019-03-31');
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.meetings, 3);
  assert.equal(r.json.region, '73.71');
  const byCode = Object.fromEntries(r.json.items.map((i) => [i.organization.code, i]));
  assert.deepEqual([byCode['LSM-FPS'].invited, byCode['LSM-FPS'].attended], [3, 1]);
  assert.ok(Math.abs(byCode['LSM-FPS'].rate - 1 / 3) < 1e-9);
  assert.deepEqual([byCode['RHRB-MKS'].invited, byCode['RHRB-MKS'].attended], [3, 2]);
  assert.equal(byCode['DINSOS-MKS'].rate, 1);
  assert.equal(r.json.items[0].organization.code, 'LSM-FPS', 'the lowest rate first');
  const onlyLast = await supervisor.get('/api/v1/meetings/attendance?from=2019-03-18&to=2019-03-18');
  assert.equal(onlyLast.json.meetings, 1);
  assert.equal((await fps.get('/api/v1/meetings/attendance?from=2019-03-01&to=2019-03-31')).status, 403, 'a partner NGO');
  const outside = await supervisor.get('/api/v1/meetings/attendance?region=31');
  assert.equal(outside.status, 400);
  assert.equal(outside.json.error.field, 'region');
  const badDate = await supervisor.get('/api/v1/meetings/attendance?from=2019-13-01');
  assert.equal(badDate.json.error.field, 'from');
  const dki = await otherDinsos.get('/api/v1/meetings/attendance?from=2019-03-01&to=2019-03-31');
  assert.equal(dki.status, 200);
  assert.equal(dki.json.meetings, 0, 'another region\'s meetings are not counted');
});
