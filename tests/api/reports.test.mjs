// The yearly PMKS report in an office's own rows: the Makassar demo data counted into seed 001's
// groupings gives the seed's own figures; rows are validated; aggregates only, so analysts read
// it; CSV for the spreadsheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';
import { makassarCounts, seedRows as allSeedRows } from './seed001.mjs';

let server, worker, supervisor, analyst, partner, auditor;
const as = (username) => signedIn(server, username);

// Seed 001's first seven rows (tables 1.1-1.3 group beggars and homeless together); the rest go to Lainnya.
const seedRows = allSeedRows.slice(0, 7);

before(async () => {
  server = await startServer({ template: true });
  [worker, supervisor, analyst, partner, auditor] = await Promise.all(
    ['social_worker', 'supervisor', 'analyst', 'partner_manager', 'auditor'].map(as));
});
after(async () => server?.stop());

test('without rows of its own the report has one row per category, with the seed figures', async () => {
  const rows = await analyst.get('/api/v1/reports/pmks-rows');
  assert.equal(rows.status, 200);
  assert.equal(rows.json.custom, false);
  assert.equal(rows.json.rows.length, 28);
  const r = await analyst.get('/api/v1/reports/pmks?year=2022');
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.deepEqual(r.json.total, { male: 217, female: 250, total: 467 });
  const street = r.json.rows.find((l) => l.categories.length === 1 && l.categories[0] === 'anak_jalanan');
  assert.deepEqual([street.male, street.female], [187, 165]);
});

test("a supervisor sets the office's rows; the report then follows them", async () => {
  const saved = await supervisor.put('/api/v1/reports/pmks-rows', { rows: seedRows });
  assert.equal(saved.status, 200, JSON.stringify(saved.json));
  assert.equal(saved.json.custom, true);
  assert.deepEqual(saved.json.rows.map((r) => r.label), seedRows.map((r) => r.label));
  for (const year of [2022, 2023, 2024]) {
    const r = await worker.get(`/api/v1/reports/pmks?year=${year}`);
    assert.equal(r.status, 200);
    const expected = makassarCounts.filter((c) => c.year === year);
    const sum = (codes, key) => expected.filter((c) => codes.includes(c.category)).reduce((n, c) => n + c[key], 0);
    for (const row of seedRows) {
      const line = r.json.rows.find((l) => l.label === row.label);
      assert.deepEqual([line.male, line.female], [sum(row.categories, 'male'), sum(row.categories, 'female')], `${year} ${row.label}`);
    }
    const other = r.json.rows.find((l) => l.label === 'Lainnya');
    const rest = expected.filter((c) => !seedRows.some((row) => row.categories.includes(c.category)));
    if (rest.length === 0) assert.equal(other, undefined, `${year}: no Lainnya row`);
    else assert.equal(other.male + other.female, rest.reduce((n, c) => n + c.male + c.female, 0), `${year}: the rest`);
  }
  const audit = await auditor.get('/api/v1/audit?action=pmks_report_rows.save');
  assert.equal(audit.json.items.length, 1);
});

test('the report as CSV for a spreadsheet', async () => {
  const r = await analyst.get('/api/v1/reports/pmks?year=2023&format=csv');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/csv/);
  assert.match(r.headers.get('content-disposition'), /laporan-pmks-DINSOS-MKS-2023\.csv/);
  const lines = r.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], 'Data Jumlah PMKS dibina Dinas Sosial Kota Makassar Tahun 2023');
  assert.equal(lines[2], 'No,Jenis PMKS,L,P,Jumlah');
  assert.ok(lines.includes('2,Gelandangan dan Pengemis,57,57,114'), lines.join('\n'));
  assert.equal(lines.at(-2), ',JUMLAH,413,348,761');
  assert.equal(lines.at(-1), 'Sumber: Dinas Sosial Kota Makassar');
});

test('bad rows and years are refused naming the field; only supervisors and admins set rows', async () => {
  for (const [body, field] of [
    [{}, 'rows'],
    [{ rows: [] }, 'rows'],
    [{ rows: [{ label: '', categories: ['odgj'] }] }, 'rows[0].label'],
    [{ rows: [{ label: 'A', categories: ['odgj'] }, { label: 'B', categories: ['odgj'] }] }, 'rows[1].categories'],
    [{ rows: [{ label: 'A', categories: ['bukan'] }] }, 'rows[0].categories'],
    [{ rows: [{ label: 'A', categories: 'odgj' }] }, 'rows[0].categories'],
    [{ rows: ['A'] }, 'rows[0]'],
  ]) {
    const r = await supervisor.put('/api/v1/reports/pmks-rows', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  assert.equal((await worker.put('/api/v1/reports/pmks-rows', { rows: seedRows })).status, 403);
  assert.equal((await analyst.put('/api/v1/reports/pmks-rows', { rows: seedRows })).status, 403);
  for (const q of ['', 'year=abc', 'year=1999', 'year=2024&format=xls'])
    assert.equal((await analyst.get(`/api/v1/reports/pmks?${q}`)).status, 400, q);
  assert.equal((await partner.get('/api/v1/reports/pmks?year=2024')).status, 403);
  assert.equal((await auditor.get('/api/v1/reports/pmks?year=2024')).status, 403);
});
