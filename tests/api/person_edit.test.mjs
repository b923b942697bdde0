// Correcting a person after registration: PATCH /api/v1/persons/{id} with registration's rules,
// the name index kept in step, who may do it, and an audit entry naming fields, never values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server, worker, supervisor, auditor;
const as = {};

async function login(name) {
  const c = new Client(server.url);
  const r = await c.login(name, server.credentials[name].password);
  assert.equal(r.status, 200, name);
  return c;
}

before(async () => {
  server = await startServer({ template: true });
  worker = await login('social_worker');
  supervisor = await login('supervisor');
  auditor = await login('auditor');
  as.dki = await login('dki_worker');
  as.analyst = await login('analyst');
  as.partner = await login('partner_manager');
});
after(async () => { await server?.stop(); });

const base = {
  full_name: 'Hendrawan Kusumobroto', other_names: 'Hendro', sex: 'L', birth_date: '2012-03-14', nik: '7371031403120011',
  mother_name: 'Sulastri', phone: '081234567890', religion: 'islam', documents: ['kk'], categories: ['anak_jalanan'],
};
let person, other;

test('set-up: two persons registered by a Makassar worker', async () => {
  const r = await worker.post('/api/v1/persons', base);
  assert.equal(r.status, 201, JSON.stringify(r.json));
  person = r.json;
  const o = await worker.post('/api/v1/persons', { full_name: 'Larasati Ningrum', sex: 'P', nik: '7371034505100002', birth_date: '2010-05-05' });
  assert.equal(o.status, 201, JSON.stringify(o.json));
  other = o.json;
});

test('a new name is found with a typo; the old name no longer finds the person', async () => {
  const before = (await worker.get(`/api/v1/persons/${person.id}`)).json;
  const r = await worker.patch(`/api/v1/persons/${person.id}`, { full_name: 'Wiratmoko Pangestu' });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.full_name, 'Wiratmoko Pangestu');
  assert.equal(r.json.other_names, 'Hendro', 'fields not sent are kept');
  assert.equal(r.json.nik, base.nik);
  assert.deepEqual(r.json.categories.map((c) => c.code), ['anak_jalanan'], 'categories untouched');
  assert.ok(r.json.updated_at > before.updated_at, 'updated_at moves');
  const got = await worker.get(`/api/v1/persons/${person.id}`);
  assert.deepEqual({ ...got.json, warnings: [] }, { ...r.json, warnings: [] }, 'the answer is the person as GET returns it');
  const ids = async (q) => (await worker.get(`/api/v1/persons?q=${encodeURIComponent(q)}`)).json.items.map((p) => p.id);
  assert.ok((await ids('Wiratmko Pangetsu')).includes(person.id), 'the new name with typos finds the person');
  assert.ok((await ids('Pangestu')).includes(person.id));
  assert.ok(!(await ids('Hendrawan Kusumobroto')).includes(person.id), 'the old name does not');
  assert.ok(!(await ids('Kusumobroto')).includes(person.id));
  assert.ok((await ids('Hendro')).includes(person.id), 'other names still indexed');
  // The list without a name (ordered by name_folded) shows the new name too.
  const page = (await worker.get(`/api/v1/persons?nik=${base.nik}`)).json.items;
  assert.deepEqual(page.map((p) => p.full_name), ['Wiratmoko Pangestu']);
});

test('the NIK changes to another valid one', async () => {
  const r = await worker.patch(`/api/v1/persons/${person.id}`, { nik: '7371031403120012' });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.nik, '7371031403120012');
  const byNik = await worker.get('/api/v1/persons?nik=7371031403120012');
  assert.deepEqual(byNik.json.items.map((p) => p.id), [person.id]);
  // The old NIK is free again: another person may take it.
  const free = await worker.post('/api/v1/persons/matches', { nik: base.nik });
  assert.equal(free.json.items.length, 0);
});

test('a NIK failing the structural rules is refused naming the wrong part', async () => {
  for (const [nik, part] of [['737103140312001', /16/], ['7371033403120012', /01-31/], ['7371031413120012', /01-12/], ['7371031403120000', /0000/]]) {
    const r = await worker.patch(`/api/v1/persons/${person.id}`, { nik });
    assert.equal(r.status, 400, nik);
    assert.equal(r.json.error.field, 'nik');
    assert.match(r.json.error.message, part);
  }
  assert.equal((await worker.get(`/api/v1/persons/${person.id}`)).json.nik, '7371031403120012', 'nothing changed');
});

test('another person\'s NIK is refused with 409 naming the organisation that holds it', async () => {
  const r = await worker.patch(`/api/v1/persons/${person.id}`, { nik: other.nik, confirm_warnings: true });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.field, 'nik');
  assert.match(r.json.error.message, /Dinas Sosial Kota Makassar \(DINSOS-MKS\)/);
  assert.match(r.json.error.message, /rujukan/);
  // Sending the person's own NIK again is no conflict.
  const same = await worker.patch(`/api/v1/persons/${person.id}`, { nik: '7371031403120012' });
  assert.equal(same.status, 200);
});

test('a NIK disagreeing with sex or birth date is a warning until confirmed', async () => {
  const body = { nik: '7371035403120013' }; // a woman's NIK (day + 40) for a man
  const warned = await worker.patch(`/api/v1/persons/${person.id}`, body);
  assert.equal(warned.status, 409);
  assert.equal(warned.json.error.field, 'warnings');
  assert.match(warned.json.error.message, /Jenis kelamin/);
  assert.equal((await worker.get(`/api/v1/persons/${person.id}`)).json.nik, '7371031403120012', 'not saved unconfirmed');
  const confirmed = await worker.patch(`/api/v1/persons/${person.id}`, { ...body, confirm_warnings: true });
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.json));
  assert.equal(confirmed.json.nik, '7371035403120013');
  assert.match(confirmed.json.warnings.join(' '), /Jenis kelamin/);
  // A confirmed mismatch is not asked about again when an unrelated field changes.
  const phone = await worker.patch(`/api/v1/persons/${person.id}`, { phone: '081298765432' });
  assert.equal(phone.status, 200, JSON.stringify(phone.json));
  // Correcting the sex to agree with the NIK clears the warning.
  const sex = await worker.patch(`/api/v1/persons/${person.id}`, { sex: 'P' });
  assert.equal(sex.status, 200, JSON.stringify(sex.json));
  assert.deepEqual(sex.json.warnings, []);
});

test('null clears an optional field; required ones and unknown values are refused', async () => {
  const r = await worker.patch(`/api/v1/persons/${person.id}`, {
    nik: null, other_names: null, mother_name: 'Sulastri Wijaya', phone: null, religion: null, documents: null, birth_date: null,
  });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.nik, null);
  assert.equal(r.json.other_names, '');
  assert.equal(r.json.phone, '');
  assert.equal(r.json.religion, '');
  assert.deepEqual(r.json.documents, []);
  assert.equal(r.json.birth_date, null);
  assert.equal(r.json.mother_name, 'Sulastri Wijaya');
  const ids = (await worker.get('/api/v1/persons?q=Hendro')).json.items.map((p) => p.id);
  assert.ok(!ids.includes(person.id), 'a cleared other name leaves the index');
  const age = await worker.patch(`/api/v1/persons/${person.id}`, { age_years: 14 });
  assert.equal(age.status, 200);
  assert.equal(age.json.birth_date_estimated, true);
  assert.match(age.json.birth_date, /-07-01$/);
  for (const [body, field] of [
    [{ full_name: null }, 'full_name'], [{ full_name: '' }, 'full_name'], [{ sex: null }, 'sex'], [{ sex: 'X' }, 'sex'],
    [{ religion: 'jedi' }, 'religion'], [{ disabilities: ['fisik', 'fisik'] }, 'disabilities'], [{ kk_number: '12' }, 'kk_number'],
    [{ birth_date: '2099-01-01' }, 'birth_date'], [{ domicile_region: '99.99.99' }, 'domicile_region'],
    [{ categories: ['anak_jalanan'] }, 'categories'], [{ consent: null }, 'consent'], [{ nama: 'x' }, 'nama'],
    [{ mother_name: 5 }, 'mother_name'],
  ]) {
    const bad = await worker.patch(`/api/v1/persons/${person.id}`, body);
    assert.equal(bad.status, 400, JSON.stringify(body));
    assert.equal(bad.json.error.field, field, JSON.stringify(body));
  }
});

test('the region\'s supervisor may correct; another organisation\'s worker gets 404; other roles 403', async () => {
  const sup = await supervisor.patch(`/api/v1/persons/${person.id}`, { father_name: 'Slamet' });
  assert.equal(sup.status, 200, JSON.stringify(sup.json));
  assert.equal(sup.json.father_name, 'Slamet');
  const dki = await as.dki.patch(`/api/v1/persons/${person.id}`, { father_name: 'X' });
  assert.equal(dki.status, 404);
  assert.equal((await as.dki.patch('/api/v1/persons/0190f0f0-0000-7000-8000-000000000000', { phone: '1' })).status, 404);
  assert.equal((await as.analyst.patch(`/api/v1/persons/${person.id}`, { father_name: 'X' })).status, 403);
  assert.equal((await as.partner.patch(`/api/v1/persons/${person.id}`, { father_name: 'X' })).status, 403);
  assert.equal((await auditor.patch(`/api/v1/persons/${person.id}`, { father_name: 'X' })).status, 403);
  assert.equal((await worker.get(`/api/v1/persons/${person.id}`)).json.father_name, 'Slamet');
});

test('each correction is audited as person.update with the changed field names, never values', async () => {
  const r = await auditor.get(`/api/v1/audit?action=person.update&entity_id=${person.id}&limit=200`);
  assert.equal(r.status, 200);
  const lists = r.json.items.map((e) => e.details.fields);
  assert.ok(lists.some((f) => JSON.stringify(f) === JSON.stringify(['full_name'])), JSON.stringify(lists));
  assert.ok(lists.some((f) => JSON.stringify(f) === JSON.stringify(['nik'])));
  assert.ok(lists.some((f) => JSON.stringify(f) === JSON.stringify(['sex'])));
  assert.ok(lists.some((f) => JSON.stringify(f) === JSON.stringify(['father_name'])));
  const cleared = lists.find((f) => f.includes('mother_name'));
  assert.deepEqual([...cleared].sort(), ['birth_date', 'documents', 'mother_name', 'nik', 'other_names', 'phone', 'religion'].sort());
  assert.ok(r.json.items.some((e) => e.details.warnings_confirmed === true));
  const text = JSON.stringify(r.json.items.map((e) => e.details));
  for (const value of ['Wiratmoko', 'Pangestu', 'Hendrawan', 'Sulastri', 'Slamet', '7371', '0812'])
    assert.ok(!text.includes(value), `no ${value} in the audit entries`);
});
