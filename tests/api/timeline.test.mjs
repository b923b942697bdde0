// The person timeline: one list of a person's journey across organisations, holding exactly what
// the viewer may see. Uses the demo journeys: a Makassar person netted by a Dinsos patrol whose
// case is at RPTC, and a DKI child referred to a partner home.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';

let server, rptc, dinsos, outsider, analyst, auditor, dki, orgs;
const as = (username) => signedIn(server, username);

before(async () => {
  server = await startServer({ template: true });
  [rptc, dinsos, outsider, analyst, auditor, dki] = await Promise.all(
    ['rptc_worker', 'social_worker', 'bangjo_worker', 'analyst', 'auditor', 'dki_worker'].map(as));
  orgs = Object.fromEntries((await analyst.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
});
after(async () => server?.stop());

async function makassarStay() {
  const r = await rptc.get(`/api/v1/stays?facility=${orgs['RPTC-MKS'].id}&status=discharged&limit=1`);
  assert.equal(r.status, 200);
  return r.json.items[0];
}

test('the shelter sees the whole journey of its case: patrol, stages, stay, services', async () => {
  const stay = await makassarStay();
  const r = await rptc.get(`/api/v1/persons/${stay.person.id}/timeline`);
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const kinds = new Set(r.json.items.map((i) => i.kind));
  for (const k of ['registered', 'category', 'netted', 'stage', 'stay_admitted', 'stay_discharged', 'service'])
    assert.ok(kinds.has(k), `timeline has ${k}`);
  const times = r.json.items.map((i) => i.at);
  assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
  const netted = r.json.items.find((i) => i.kind === 'netted');
  assert.equal(netted.organization.code, 'DINSOS-MKS', 'the patrol was run by the Dinsos');
  assert.equal(netted.case_id, stay.case_id);
  const discharged = r.json.items.find((i) => i.kind === 'stay_discharged');
  assert.equal(discharged.facts.destination, stay.destination);
  assert.equal(discharged.organization.code, 'RPTC-MKS');
});

test('the registering Dinsos sees the person but not the case it does not hold', async () => {
  const stay = await makassarStay();
  const r = await dinsos.get(`/api/v1/persons/${stay.person.id}/timeline`);
  assert.equal(r.status, 200);
  assert.ok(r.json.items.some((i) => i.kind === 'registered'));
  assert.deepEqual(r.json.items.filter((i) => i.case_id !== null), [], 'nothing of the RPTC case');
});

test('other organisations get 404, roles without client data 403, and each read is audited', async () => {
  const stay = await makassarStay();
  assert.equal((await outsider.get(`/api/v1/persons/${stay.person.id}/timeline`)).status, 404);
  assert.equal((await analyst.get(`/api/v1/persons/${stay.person.id}/timeline`)).status, 403);
  assert.equal((await rptc.get('/api/v1/persons/no-such-person/timeline')).status, 404);
  const audit = await auditor.get(`/api/v1/audit?action=person.timeline&entity_id=${stay.person.id}`);
  assert.equal(audit.status, 200);
  assert.ok(audit.json.items.length >= 2, 'the reads by RPTC and the Dinsos are audited');
  assert.ok(audit.json.items.every((e) => !JSON.stringify(e).includes(stay.person.full_name)), 'no name in the audit log');
});

test('a referral shows where the child was referred and its status', async () => {
  const persons = (await dki.get('/api/v1/persons?limit=5')).json.items;
  const r = await dki.get(`/api/v1/persons/${persons[0].id}/timeline`);
  assert.equal(r.status, 200);
  const referral = r.json.items.find((i) => i.kind === 'referral');
  assert.ok(referral, 'a referral item');
  assert.ok(['pending', 'accepted'].includes(referral.facts.status));
  assert.ok(referral.facts.to.length > 0);
  assert.equal(referral.organization.code, 'DINSOS-DKI');
});
