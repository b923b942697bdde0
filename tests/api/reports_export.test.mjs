// Statistics and exports: the yearly PMKS table equals seed 001's tables 1.1-1.3 on the demo data
// (read from the seed's own text), as JSON, CSV, xlsx and PDF; the other statistics; filters and
// scope; small-count suppression; formula-injection protection; the audited, permissioned person
// list with a password-protected PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, signedIn } from '../lib/server.mjs';
import { readSheet } from './xlsx.mjs';
import { seedRows } from './seed001.mjs';

let server, supervisor, analyst, worker, partner, auditor, rptc, dki;
const as = (username) => signedIn(server, username);

// Seed 001 tables 1.1-1.3 as printed (OCR'd text copied verbatim into the fixture).
function seedTables() {
  const text = readFileSync(new URL('./fixtures/seed001_tables_1_1-1_3.txt', import.meta.url), 'utf8');
  const tables = {};
  for (const block of text.split(/(?=^Tabel )/m)) {
    const title = /^Tabel \S+ ([\s\S]*?Tahun\s+(\d{4}))/.exec(block);
    const year = Number(title[2]);
    const rows = [...block.matchAll(/^(\d+)\s*\|?\s*(.+?)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/gm)]
      .map((m) => ({ no: m[1], label: m[2], male: Number(m[3]), female: Number(m[4]), total: Number(m[5]) }));
    const total = /^JUMLAH\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(block);
    const source = /^(Sumber: .*)$/m.exec(text)[1];
    tables[year] = { title: title[1].replace(/\s+/g, ' '), rows, total: total.slice(1).map(Number), source };
  }
  return tables;
}
const seed = seedTables();
const same = (a, b) => a.toLowerCase() === b.toLowerCase();  // the OCR wrote "oDGJ" once


async function download(client, path, init = {}) {
  const res = await fetch(server.url + path, {
    ...init, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

before(async () => {
  server = await startServer({ template: true });
  [supervisor, analyst, worker, partner, auditor, rptc, dki] = await Promise.all(
    ['supervisor', 'analyst', 'social_worker', 'partner_manager', 'auditor', 'rptc_worker', 'dki_supervisor'].map(as));
  const saved = await supervisor.put('/api/v1/reports/pmks-rows', { rows: seedRows });
  assert.equal(saved.status, 200, JSON.stringify(saved.json));
});
after(async () => server?.stop());

test('the seed fixture holds three tables whose rows add up to their JUMLAH line', () => {
  assert.deepEqual(Object.keys(seed), ['2022', '2023', '2024']);
  assert.deepEqual(seed[2022].total, [217, 250, 467]);
  for (const t of Object.values(seed)) {
    assert.equal(t.rows.reduce((n, r) => n + r.male, 0), t.total[0]);
    assert.equal(t.rows.reduce((n, r) => n + r.female, 0), t.total[1]);
  }
});

for (const year of [2022, 2023, 2024]) {
  test(`golden: the ${year} table equals seed 001's table, counted from person-level data`, async () => {
    const r = await supervisor.get(`/api/v1/reports/pmks?year=${year}`);
    assert.equal(r.status, 200, JSON.stringify(r.json));
    const t = r.json.table, expected = seed[year];
    assert.equal(t.title, expected.title);
    assert.equal(t.source, expected.source);
    assert.deepEqual(t.columns.map((c) => c.label), ['No', 'Jenis PMKS', 'L', 'P', 'Jumlah']);
    assert.equal(t.rows.length, expected.rows.length, JSON.stringify(t.rows));
    expected.rows.forEach((e, i) => {
      const got = t.rows[i];
      assert.equal(got.no, e.no);
      assert.ok(same(got.label, e.label), `${got.label} / ${e.label}`);
      assert.deepEqual([got.male, got.female, got.total], [e.male, e.female, e.total], `${year} ${e.label}`);
    });
    assert.deepEqual([t.total.label, t.total.male, t.total.female, t.total.total], ['JUMLAH', ...expected.total]);
  });
}

test('golden: the xlsx is the same table, formatted as Dinsos prints it', async () => {
  for (const year of [2022, 2023, 2024]) {
    const r = await download(supervisor, `/api/v1/reports/pmks?year=${year}&format=xlsx`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(r.headers.get('content-disposition'), new RegExp(`laporan-pmks-DINSOS-MKS-${year}\\.xlsx`));
    assert.equal(r.body.subarray(0, 2).toString(), 'PK');
    const sheet = readSheet(r.body);
    const expected = seed[year];
    assert.equal(sheet.rows[0][0], expected.title);
    assert.ok(sheet.merges.includes('A1:E1'), 'title merged over the table');
    assert.ok(sheet.merges.includes('C3:D3'), '"Jenis Kelamin" over L and P');
    assert.ok(sheet.bold, 'bold headings');
    assert.equal(sheet.widths.length, 5);
    assert.deepEqual(sheet.rows[2].filter((x) => x !== undefined), ['No', 'Jenis PMKS', 'Jenis Kelamin', 'Jumlah']);
    assert.deepEqual(sheet.rows[3].filter((x) => x !== undefined), ['L', 'P']);
    expected.rows.forEach((e, i) => {
      const row = sheet.rows[4 + i];
      assert.equal(row[0], e.no);
      assert.ok(same(row[1], e.label));
      assert.deepEqual(row.slice(2, 5), [e.male, e.female, e.total], `${year} ${e.label}`);
      assert.deepEqual(sheet.types[4 + i].slice(2, 5), ['n', 'n', 'n'], 'figures are numbers');
    });
    const totalRow = sheet.rows[4 + expected.rows.length];
    assert.deepEqual(totalRow.slice(1, 5), ['JUMLAH', ...expected.total]);
    assert.ok(sheet.rows.some((row) => row?.[0] === expected.source), 'the Sumber line');
  }
});

test('golden: the PDF has the letterhead and the figures', async () => {
  for (const year of [2022, 2023, 2024]) {
    const r = await download(supervisor, `/api/v1/reports/pmks?year=${year}&format=pdf`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/pdf');
    const text = r.body.toString('latin1');
    assert.ok(text.startsWith('%PDF-'));
    const shown = [...text.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1]);
    assert.ok(shown.includes('PEMERINTAH DAERAH') && shown.includes('Dinas Sosial Kota Makassar'), 'kop surat');
    assert.ok(shown.includes(seed[year].title), 'title');
    for (const e of seed[year].rows) {
      const at = shown.findIndex((s) => same(s, e.label));
      assert.ok(at >= 0, e.label);
      assert.deepEqual(shown.slice(at + 1, at + 4), [String(e.male), String(e.female), String(e.total)], `${year} ${e.label}`);
    }
    const at = shown.indexOf('JUMLAH');
    assert.deepEqual(shown.slice(at + 1, at + 4), seed[year].total.map(String));
    assert.ok(shown.includes(seed[year].source));
  }
});

test('the CSV is the printed table: title, headings, rows, JUMLAH and the source line', async () => {
  const r = await analyst.get('/api/v1/reports/pmks?year=2023&format=csv');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/csv/);
  const lines = r.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], seed[2023].title);
  assert.equal(lines[1], ',,Jenis Kelamin,,');
  assert.equal(lines[2], 'No,Jenis PMKS,L,P,Jumlah');
  assert.equal(lines[4], '2,Gelandangan dan Pengemis,57,57,114');
  assert.equal(lines.at(-2), ',JUMLAH,413,348,761');
  assert.equal(lines.at(-1), 'Sumber: Dinas Sosial Kota Makassar');
});

test('small counts are shown as "<5" when suppress=1, in JSON, CSV and xlsx', async () => {
  const r = await analyst.get('/api/v1/reports/pmks?year=2024&suppress=1');
  assert.equal(r.status, 200);
  const t = r.json.table;
  assert.equal(t.suppressed, true);
  const napza = t.rows.find((x) => x.label === 'NAPZA');
  assert.deepEqual([napza.male, napza.female, napza.total], [8, 8, 16]);
  const abh = t.rows.find((x) => x.label === 'Anak Berhadapan dengan Hukum');
  assert.deepEqual([abh.male, abh.female, abh.total], ['<5', '<5', '<5']);
  const csv = await analyst.get('/api/v1/reports/pmks?year=2024&suppress=1&format=csv');
  assert.ok(csv.text.includes('\r\n9,Anak Berhadapan dengan Hukum,<5,<5,<5\r\n'), csv.text);
  assert.match(csv.text, /<5 = jumlah 1 sampai 4 disamarkan/);
  const x = readSheet((await download(analyst, '/api/v1/reports/pmks?year=2024&suppress=1&format=xlsx')).body);
  assert.ok(x.rows.some((row) => row?.[1] === 'Anak Berhadapan dengan Hukum' && row[2] === '<5'));
  // Without suppress the figures are exact.
  const plain = await analyst.get('/api/v1/reports/pmks?year=2024');
  assert.equal(plain.json.table.rows.find((x) => x.label === 'Anak Berhadapan dengan Hukum').male, 2);
});

test('formula-like text is exported as text: an apostrophe in CSV, a string cell in xlsx', async () => {
  const rows = [{ label: '=HYPERLINK("http://x","klik")', categories: ['anak_jalanan'] }, { label: '@SUM(1)', categories: ['tuna_susila'] }];
  assert.equal((await supervisor.put('/api/v1/reports/pmks-rows', { rows })).status, 200);
  try {
    const csv = await analyst.get('/api/v1/reports/pmks?year=2024&format=csv');
    assert.ok(csv.text.includes('\r\n1,"\'=HYPERLINK(""http://x"",""klik"")",84,55,139\r\n'), csv.text);
    assert.ok(csv.text.includes("\r\n2,'@SUM(1),113,147,260\r\n"), csv.text);
    const sheet = readSheet((await download(analyst, '/api/v1/reports/pmks?year=2024&format=xlsx')).body);
    const at = sheet.rows.findIndex((row) => row?.[1] === '=HYPERLINK("http://x","klik")');
    assert.ok(at > 0, 'the label is kept as written');
    assert.equal(sheet.types[at][1], 's', 'a string cell');
    assert.ok(!sheet.types.flat().includes('f'), 'no formula anywhere');
  } finally {
    assert.equal((await supervisor.put('/api/v1/reports/pmks-rows', { rows: seedRows })).status, 200);
  }
});

test('filters: period, region, organisation, intake source', async () => {
  const q1 = await analyst.get('/api/v1/reports/pmks?from=2024-01-01&to=2024-03-31');
  assert.equal(q1.status, 200, JSON.stringify(q1.json));
  assert.equal(q1.json.year, null);
  assert.match(q1.json.table.title, /Periode 1 Januari 2024 s\.d\. 31 Maret 2024$/);
  assert.ok(q1.json.total.total > 0 && q1.json.total.total < 583, String(q1.json.total.total));
  const region = await analyst.get('/api/v1/reports/pmks?year=2024&region=73.71');
  assert.equal(region.json.total.total, 583);
  assert.match(region.json.table.subtitle, /Wilayah 73\.71/);
  const org = await analyst.get('/api/v1/reports/pmks?year=2024&organization=DINSOS-MKS');
  assert.equal(org.json.total.total, 583);
  const patrol = await analyst.get('/api/v1/reports/pmks?year=2024&source=patrol');
  assert.equal(patrol.json.total.total, 583, 'everyone in the Makassar tables was netted by a patrol');
  const direct = await analyst.get('/api/v1/reports/pmks?year=2024&source=direct');
  assert.equal(direct.json.total.total, 0);
  // Another province is outside a Makassar office's region; another region's organisation too.
  assert.equal((await analyst.get('/api/v1/reports/pmks?year=2024&region=31')).status, 403);
  assert.equal((await analyst.get('/api/v1/reports/pmks?year=2024&organization=DINSOS-DKI')).status, 403);
  // An organisation sees only its own: the RPTC holds the cases, so its table has the same people.
  const own = await rptc.get('/api/v1/reports/pmks?year=2024');
  assert.equal(own.status, 200);
  assert.equal(own.json.total.total, 583);
  assert.equal((await rptc.get('/api/v1/reports/pmks?year=2024&organization=DINSOS-MKS')).status, 403);
  // A Dinsos of another province cannot look into Makassar.
  assert.equal((await dki.get('/api/v1/reports/pmks?year=2022&region=73.71')).status, 403);
  assert.equal((await dki.get('/api/v1/reports/pmks?year=2022&organization=DINSOS-MKS')).status, 403);
});

test('bad input is refused naming the field, in Bahasa Indonesia', async () => {
  for (const [q, field] of [
    ['year=abc', 'year'], ['', 'year'], ['year=1999', 'year'], ['year=2024&format=xls', 'format'],
    ['from=2024-01-01', 'to'], ['from=2024-02-30&to=2024-03-01', 'from'], ['from=2024-03-01&to=2024-01-01', 'to'],
    ['year=2024&region=73-71', 'region'], ['year=2024&organization=TIDAK-ADA', 'organization'],
    ['year=2024&source=telepon', 'source'], ['year=2024&suppress=ya', 'suppress'],
  ]) {
    const r = await analyst.get(`/api/v1/reports/pmks?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(r.json.error.field, field, q);
    assert.ok(r.json.error.message.length > 10, q);
  }
  const abc = await analyst.get('/api/v1/reports/pmks?year=abc');
  assert.match(abc.json.error.message, /Tahun laporan harus berupa angka/);
  assert.equal((await analyst.get('/api/v1/statistics/intakes?year=abc')).status, 400);
  assert.equal((await analyst.get('/api/v1/statistics/intakes?year=2024&format=doc')).status, 400);
  assert.equal((await analyst.get('/api/v1/statistics/tidak-ada?year=2024')).status, 404);
});

test('partner managers and auditors do not read statistics', async () => {
  for (const path of ['/api/v1/reports/pmks?year=2024', '/api/v1/statistics/intakes?year=2024', '/api/v1/reports/pmks?year=2024&format=xlsx']) {
    assert.equal((await partner.get(path)).status, 403, path);
    assert.equal((await auditor.get(path)).status, 403, path);
  }
});

test('every statistic answers as JSON, CSV and xlsx within the viewer scope', async () => {
  const names = await analyst.get('/api/v1/statistics');
  assert.deepEqual(names.json.items, ['intakes', 'shelter', 'services', 'outcomes', 'referrals', 'assistance', 'agreements', 'budget']);
  for (const name of names.json.items) {
    const r = await analyst.get(`/api/v1/statistics/${name}?year=2024`);
    assert.equal(r.status, 200, `${name} ${JSON.stringify(r.json)}`);
    assert.ok(r.json.columns.length >= 2, name);
    assert.match(r.json.source, /^Sumber: Dinas Sosial Kota Makassar$/);
    const csv = await analyst.get(`/api/v1/statistics/${name}?year=2024&format=csv`);
    assert.equal(csv.status, 200, name);
    assert.ok(csv.text.includes(r.json.columns.map((c) => c.label).join(',')) || csv.text.includes(r.json.columns[0].label), name);
    const x = await download(analyst, `/api/v1/statistics/${name}?year=2024&format=xlsx`);
    assert.equal(x.status, 200, name);
    assert.equal(readSheet(x.body).rows[0][0], r.json.title, name);
  }
  // Monthly intakes: the Makassar cases opened in 2024 are the 583 persons of table 1.3.
  const intakes = await analyst.get('/api/v1/statistics/intakes?year=2024&organization=RPTC-MKS');
  assert.equal(intakes.status, 200);
  assert.equal(intakes.json.total.total, 583);
  assert.ok(intakes.json.rows.length >= 10);
  // The shelter: the RPTC had stays in 2024.
  const shelter = await analyst.get('/api/v1/statistics/shelter?year=2024');
  assert.ok(shelter.json.rows.some((r) => /RPTC/.test(r.facility) && r.admitted >= 583), JSON.stringify(shelter.json.rows));
  // Services by type: the RPTC's psychosocial therapy.
  const services = await analyst.get('/api/v1/statistics/services?year=2024');
  assert.ok(services.json.rows.some((r) => r.type === 'Terapi' && r.services > 0), JSON.stringify(services.json.rows));
  // Agreements in force at the end of 2024 and the budget realised, from the demo partnerships.
  const agreements = await analyst.get('/api/v1/statistics/agreements?year=2024');
  assert.ok(agreements.json.rows.some((r) => r.number === 'PKS/073/DINSOS-MKS/FPS/2021' && r.parties === 'DINSOS-MKS, LSM-FPS'),
    JSON.stringify(agreements.json.rows));
  const budget = await analyst.get('/api/v1/statistics/budget?year=2024');
  assert.ok(budget.json.rows.some((r) => /RHRB/.test(r.partnership) && r.source === 'APBD' && r.allocated > 0 && r.percent >= 0 && r.percent <= 100),
    JSON.stringify(budget.json.rows));
  assert.ok(budget.json.rows.some((r) => /RHRB/.test(r.partnership) && r.source === 'Dana lembaga sendiri' && r.percent === 100),
    'a funding source is named as the budget form names it, not by its code');
  // Semarang's reply times to Rumah Pintar Bangjo's letters (the figures of the assistance requests).
  const smg = await as('smg_supervisor');
  const assistance = await smg.get('/api/v1/statistics/assistance?year=2024');
  const own = assistance.json.rows.find((r) => r.responder === 'Dinas Sosial Kota Semarang');
  assert.ok(own && own.received > 0 && own.decided <= own.received, JSON.stringify(assistance.json.rows));
  assert.equal((await analyst.get('/api/v1/statistics/assistance?year=2024')).json.rows.some((r) => /Semarang/.test(r.responder)), false,
    'Makassar does not see Semarang');
  // An organisation sees only its own figures: the RPTC worker's intakes are its own cases.
  const rptcIntakes = await rptc.get('/api/v1/statistics/intakes?year=2024');
  assert.equal(rptcIntakes.json.total.total, 583);
  assert.equal((await rptc.get('/api/v1/statistics/intakes?year=2024&organization=DINSOS-MKS')).status, 403);
});

test('the person list: supervisors only, audited, and a password-protected PDF', async () => {
  assert.equal((await download(analyst, '/api/v1/reports/persons/export', { method: 'POST', body: JSON.stringify({ year: 2024, format: 'csv' }) })).status, 403);
  assert.equal((await download(worker, '/api/v1/reports/persons/export', { method: 'POST', body: JSON.stringify({ year: 2024, format: 'csv' }) })).status, 403);
  const bad = await supervisor.post('/api/v1/reports/persons/export', { year: 2024, format: 'xlsx', password: 'rahasia-sekali' });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'password');
  assert.equal((await supervisor.post('/api/v1/reports/persons/export', { year: 2024, format: 'pdf', password: 'pendek' })).json.error.field, 'password');
  assert.equal((await supervisor.post('/api/v1/reports/persons/export', { year: 2024, format: 'doc' })).json.error.field, 'format');
  const csv = await download(supervisor, '/api/v1/reports/persons/export', { method: 'POST', body: JSON.stringify({ year: 2024, format: 'csv' }) });
  assert.equal(csv.status, 200);
  const lines = csv.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[1], 'No,Nama,L/P,Tanggal lahir,Jenis PMKS,Tanggal asesmen');
  assert.ok(lines.length >= 583 + 3, String(lines.length));
  const pdf = await download(supervisor, '/api/v1/reports/persons/export', { method: 'POST', body: JSON.stringify({ year: 2024, format: 'pdf', password: 'rahasia-dinsos' }) });
  assert.equal(pdf.status, 200);
  const text = pdf.body.toString('latin1');
  assert.ok(text.startsWith('%PDF-'));
  assert.match(text, /\/Encrypt \d+ 0 R/, 'encrypted');
  assert.ok(!text.includes('Daftar PMKS dibina'), 'no readable text without the password');
  const audit = await auditor.get('/api/v1/audit?action=report.persons_export');
  assert.equal(audit.json.items.length, 2);
  const details = JSON.stringify(audit.json.items);
  assert.match(details, /"format\\?":\\?"pdf/);
});

test('the intake source filters every table about persons, and is refused where it cannot apply', async () => {
  // Everyone in the Makassar demo was netted by a patrol: "direct" leaves nobody, "patrol" everybody.
  const shelterAll = await analyst.get('/api/v1/statistics/shelter?year=2024');
  const shelterPatrol = await analyst.get('/api/v1/statistics/shelter?year=2024&source=patrol');
  const shelterDirect = await analyst.get('/api/v1/statistics/shelter?year=2024&source=direct');
  const admitted = (t) => t.json.rows.reduce((n, r) => n + (r.admitted ?? 0), 0);
  assert.ok(admitted(shelterAll) >= 583);
  assert.equal(admitted(shelterPatrol), admitted(shelterAll));
  assert.equal(admitted(shelterDirect), 0, JSON.stringify(shelterDirect.json.rows));
  const servicesAll = await analyst.get('/api/v1/statistics/services?year=2024');
  const servicesDirect = await analyst.get('/api/v1/statistics/services?year=2024&source=direct');
  const count = (t) => t.json.rows.reduce((n, r) => n + (r.services ?? 0), 0);
  assert.ok(count(servicesAll) > 0);
  assert.equal(count(servicesDirect), 0, JSON.stringify(servicesDirect.json.rows));
  assert.match(servicesDirect.json.subtitle, /Sumber penjangkauan/);
  for (const name of ['outcomes', 'referrals'])
    assert.equal((await analyst.get(`/api/v1/statistics/${name}?year=2024&source=complaint`)).status, 200, name);
  for (const name of ['assistance', 'agreements', 'budget']) {
    const r = await analyst.get(`/api/v1/statistics/${name}?year=2024&source=patrol`);
    assert.equal(r.status, 400, name);
    assert.equal(r.json.error.field, 'source');
  }
});

test('monthly intakes count each case by its person\'s sex, and follow a correction of it', async () => {
  // This year's table for the RPTC's worker, whose own cases only it counts.
  const year = new Date().getUTCFullYear();
  const intakes = async () => {
    const r = await rptc.get(`/api/v1/statistics/intakes?year=${year}`);
    assert.equal(r.status, 200, JSON.stringify(r.json));
    return r.json.total;
  };
  const before = await intakes();
  const p = await rptc.post('/api/v1/persons', { full_name: 'Yoga Pratama Intake', sex: 'L', age_years: 12, categories: ['anak_jalanan'] });
  assert.equal(p.status, 201, JSON.stringify(p.json));
  const c = await rptc.post('/api/v1/cases', { person_id: p.json.id, risk_level: 'medium', reason: 'Datang langsung' });
  assert.equal(c.status, 201, JSON.stringify(c.json));
  const opened = await intakes();
  assert.equal(opened.male, before.male + 1, 'a boy\'s case counts as L');
  assert.equal(opened.female, before.female);
  // The registration had the sex wrong: corrected, the case counts as P.
  const fixed = await rptc.patch(`/api/v1/persons/${p.json.id}`, { sex: 'P' });
  assert.equal(fixed.status, 200, JSON.stringify(fixed.json));
  const corrected = await intakes();
  assert.equal(corrected.male, before.male);
  assert.equal(corrected.female, before.female + 1);
  assert.equal(corrected.total, opened.total);
  // By intake source: the Makassar demo's 2024 cases all came from patrols.
  const all = await analyst.get('/api/v1/statistics/intakes?year=2024&organization=RPTC-MKS');
  const patrol = await analyst.get('/api/v1/statistics/intakes?year=2024&organization=RPTC-MKS&source=patrol');
  const direct = await analyst.get('/api/v1/statistics/intakes?year=2024&organization=RPTC-MKS&source=direct');
  assert.equal(patrol.json.total.total, all.json.total.total);
  assert.equal(direct.json.total.total, 0);
  // And the sexes add up to the yearly table's L and P for the same cases (one case per person).
  const pmks = await analyst.get('/api/v1/reports/pmks?year=2024&organization=RPTC-MKS');
  assert.equal(all.json.total.male, pmks.json.total.male);
  assert.equal(all.json.total.female, pmks.json.total.female);
});

test('lang=en words every table in English, in JSON and in the files; lang is checked', async () => {
  const en = await analyst.get('/api/v1/statistics/outcomes?year=2024&lang=en');
  assert.equal(en.status, 200, JSON.stringify(en.json));
  assert.equal(en.json.title, 'Outcomes, Dinas Sosial Kota Makassar, Year 2024');
  assert.deepEqual(en.json.columns.map((c) => c.label), ['Indicator', 'Count']);
  const id = await analyst.get('/api/v1/statistics/outcomes?year=2024');
  assert.equal(en.json.rows.length, id.json.rows.length);
  // The same figures, row for row, under English labels.
  assert.deepEqual(en.json.rows.map((r) => r.count), id.json.rows.map((r) => r.count));
  assert.ok(en.json.rows.some((r) => r.indicator === 'Returned to a family (reintegration)'), JSON.stringify(en.json.rows));
  assert.equal(en.json.source, 'Source: Dinas Sosial Kota Makassar');
  const intakes = await analyst.get('/api/v1/statistics/intakes?year=2024&lang=en&organization=RPTC-MKS');
  assert.equal(intakes.json.rows[0].month, 'January 2024');
  assert.equal(intakes.json.total.month, 'TOTAL');
  assert.deepEqual(intakes.json.columns.map((c) => [c.group, c.label]),
    [['', 'Month'], ['Sex', 'M'], ['Sex', 'F'], ['', 'Total']]);
  assert.equal(intakes.json.subtitle, 'Organisation UPT Rumah Perlindungan dan Trauma Center (RPTC) Kota Makassar');
  const agreements = await analyst.get('/api/v1/statistics/agreements?year=2024&lang=en');
  assert.match(agreements.json.subtitle, /^In force on 31 December 2024$/);
  // The yearly table: English headings; the PMKS categories keep their official names.
  const pmks = await analyst.get('/api/v1/reports/pmks?year=2024&lang=en');
  const pmksId = await analyst.get('/api/v1/reports/pmks?year=2024');
  assert.equal(pmks.json.table.title, 'PMKS Served, Dinas Sosial Kota Makassar, Year 2024');
  assert.deepEqual(pmks.json.table.rows.map((r) => r.label), pmksId.json.table.rows.map((r) => r.label));
  assert.deepEqual(pmks.json.table.total, { ...pmksId.json.table.total, label: 'TOTAL' });
  // Files too: the CSV's first line is the English title; a suppressed table's note is English.
  const csv = await analyst.get('/api/v1/statistics/outcomes?year=2024&lang=en&format=csv&suppress=1');
  assert.equal(csv.status, 200);
  assert.equal(csv.text.split('\r\n')[0].replace(/^\uFEFF/, ''), '"Outcomes, Dinas Sosial Kota Makassar, Year 2024"');
  assert.match(csv.text, /Note: <5 = counts of 1 to 4 are masked/);
  const bad = await analyst.get('/api/v1/statistics/outcomes?year=2024&lang=fr');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'lang');
});
