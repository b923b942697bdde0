// The holiday calendar behind working-day deadlines: fixed national holidays come with the schema,
// a Dinsos administrator adds the year's moving holidays, others may only read, bad dates are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';

let server, admin, supervisor, partner;
const as = (username) => signedIn(server, username);

before(async () => {
  server = await startServer({ template: true });
  [admin, supervisor, partner] = await Promise.all(['admin', 'supervisor', 'partner_manager'].map(as));
});
after(async () => server?.stop());

test('the fixed national holidays of a year are on record', async () => {
  const r = await partner.get('/api/v1/holidays?year=2027');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.items.map((h) => h.day), ['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
  assert.equal(r.json.items[3].name, 'Hari Kemerdekaan Republik Indonesia');
});

test('a Dinsos administrator adds, renames and removes a holiday; it is audited', async () => {
  const put = await admin.put('/api/v1/holidays/2027-03-10', { name: 'Hari Raya Idul Fitri 1448 H' });
  assert.equal(put.status, 200, JSON.stringify(put.json));
  assert.equal(put.json.day, '2027-03-10');
  const renamed = await admin.put('/api/v1/holidays/2027-03-10', { name: 'Idul Fitri 1448 H' });
  assert.equal(renamed.json.name, 'Idul Fitri 1448 H');
  const list = await supervisor.get('/api/v1/holidays?year=2027');
  assert.deepEqual(list.json.items.filter((h) => h.day === '2027-03-10').map((h) => h.name), ['Idul Fitri 1448 H']);
  assert.equal(list.json.items.length, 6);
  assert.equal((await admin.delete('/api/v1/holidays/2027-03-10')).status, 204);
  assert.equal((await admin.delete('/api/v1/holidays/2027-03-10')).status, 404);
  assert.equal((await supervisor.get('/api/v1/holidays?year=2027')).json.items.length, 5);
  const audit = await (await as('auditor')).get('/api/v1/audit?action=holiday.set');
  assert.ok(audit.json.items.some((e) => e.entity_id === '2027-03-10'));
});

test('only administrators of a Dinsos keep the calendar', async () => {
  const r = await supervisor.put('/api/v1/holidays/2027-03-11', { name: 'Cuti bersama' });
  assert.equal(r.status, 403);
  assert.equal((await partner.delete('/api/v1/holidays/2027-01-01')).status, 403);
});

test('bad dates, names and years get a clear 400 naming the field', async () => {
  for (const day of ['2027-02-30', '2027-13-01', 'besok', '27-03-2027']) {
    const r = await admin.put(`/api/v1/holidays/${day}`, { name: 'Libur' });
    assert.equal(r.status, 400, day);
    assert.equal(r.json.error.field, 'day');
  }
  const noName = await admin.put('/api/v1/holidays/2027-03-11', {});
  assert.equal(noName.status, 400);
  assert.equal(noName.json.error.field, 'name');
  for (const year of ['', 'dua ribu', '1999', '2101']) {
    const r = await admin.get(`/api/v1/holidays?year=${encodeURIComponent(year)}`);
    assert.equal(r.status, 400, year);
    assert.equal(r.json.error.field, 'year');
  }
});
