// Correcting or amending an agreement (PUT /api/v1/agreements/{id}): the partnership's editors
// replace its fields and parties under the rules of creation; readers who may not edit get 403,
// other regions 404; the change is audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';

let server, mks, worker, dki, auditor, agreement;

const bodyOf = (a, changes = {}) => ({
  kind: a.kind, number: a.number, title: a.title, signed_on: a.signed_on ?? '', start_date: a.start_date,
  end_date: a.end_date ?? '', budget: a.budget ?? 0,
  parties: a.parties.map((p) => ({ organization_id: p.organization.id, signatory_name: p.signatory_name, signatory_position: p.signatory_position, obligations: p.obligations })),
  ...changes,
});

before(async () => {
  server = await startServer({ template: true });
  [mks, worker, dki, auditor] = await Promise.all(['supervisor', 'social_worker', 'dki_supervisor', 'auditor'].map((u) => signedIn(server, u)));
  const rhrb = (await mks.get('/api/v1/partnerships?limit=100')).json.items.find((p) => p.title.includes('RHRB'));
  const list = (await mks.get(`/api/v1/agreements?partnership=${rhrb.id}`)).json.items;
  assert.ok(list.length > 0, 'the demo RHRB agreements');
  agreement = (await mks.get(`/api/v1/agreements/${list[0].id}`)).json;
});
after(async () => { await server?.stop(); });

test('an editor amends the number and the end date; the reminder follows the new date', async () => {
  const r = await mks.put(`/api/v1/agreements/${agreement.id}`, bodyOf(agreement, { number: '460/123/DINSOS/2026 (adendum)', end_date: '2099-12-31' }));
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.number, '460/123/DINSOS/2026 (adendum)');
  assert.equal(r.json.end_date, '2099-12-31');
  assert.equal(r.json.reminder_due, null);
  assert.equal(r.json.parties.length, agreement.parties.length);
  const again = await mks.get(`/api/v1/agreements/${agreement.id}`);
  assert.equal(again.json.number, '460/123/DINSOS/2026 (adendum)');
  const audit = await auditor.get('/api/v1/audit?action=agreement.update');
  assert.ok(audit.json.items.some((e) => e.entity_id === agreement.id));
});

test('readers who may not edit get 403, another region 404, bad fields 400', async () => {
  assert.equal((await worker.put(`/api/v1/agreements/${agreement.id}`, bodyOf(agreement))).status, 403);
  assert.equal((await dki.put(`/api/v1/agreements/${agreement.id}`, bodyOf(agreement))).status, 404);
  assert.equal((await mks.put('/api/v1/agreements/01900000-0000-7000-8000-000000000000', bodyOf(agreement))).status, 404);
  const dkiOrg = (await dki.get('/api/v1/session')).json.user.organization.id;
  const stranger = await mks.put(`/api/v1/agreements/${agreement.id}`, bodyOf(agreement, { parties: [{ organization_id: dkiOrg }] }));
  assert.equal(stranger.status, 400);
  assert.equal(stranger.json.error.field, 'parties');
  const badDate = await mks.put(`/api/v1/agreements/${agreement.id}`, bodyOf(agreement, { end_date: '2026-02-30' }));
  assert.equal(badDate.status, 400);
  assert.equal(badDate.json.error.field, 'end_date');
  const noNumber = await mks.put(`/api/v1/agreements/${agreement.id}`, bodyOf(agreement, { number: '' }));
  assert.equal(noNumber.status, 400);
  assert.equal(noNumber.json.error.field, 'number');
});
