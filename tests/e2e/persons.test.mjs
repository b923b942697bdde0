// Registering a person in the browser on a phone, and the likely-match warning elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, screenshots, viewports } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const orgs = (await admin.get('/api/v1/organizations?q=LSM-FPS')).json.items;
  await admin.post('/api/v1/users', { username: 'sari.fps', display_name: 'Sari FPS', organization_id: orgs[0].id, roles: ['social_worker'], password: 'sari-rahasia-123' });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: a worker registers a street child with an estimated age and a category', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Penerima Manfaat');
  await page.click('text=+ Daftarkan penerima manfaat');
  await page.fill('#full_name', 'Bayu Pratama');
  await page.fill('#other_names', 'Bayu Pengamen');
  await page.selectOption('#sex', 'L');
  await page.fill('#age_years', '11');
  await page.selectOption('#category', 'anak_jalanan');
  await page.selectOption('#religion', 'islam');
  await page.check('input[name=disability][value=sensorik_rungu]');
  await page.fill('#consent_by', 'Ibu Bayu');
  await page.fill('#consent_purpose', 'Pendampingan');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the form fits a 360-pixel phone (${overflow}px over)`);
  await page.screenshot({ path: join(screenshots, 'phone-person-register.png'), fullPage: true });
  await page.click('button[type=submit]');
  await page.getByRole('heading', { name: /Bayu Pratama/ }).waitFor();
  const detail = await page.locator('.detail').innerText();
  assert.match(detail, /Anak Jalanan/);
  assert.match(detail, /perkiraan/);
  assert.match(detail, /Ibu Bayu/);
  assert.equal(await page.locator('[data-field=religion]').innerText(), 'Islam');
  assert.match(await page.locator('[data-field=disabilities]').innerText(), /Sensorik rungu/);
  // A category added later, then ended: its period shows both dates.
  const today = new Date().toISOString().slice(0, 10);
  await page.selectOption('#new_category', 'anak_telantar');
  await page.getByRole('button', { name: 'Tambah kategori', exact: true }).click();
  const telantar = page.locator('li[data-category=anak_telantar]');
  await telantar.getByText('berlaku').waitFor();
  await telantar.getByRole('button', { name: 'Akhiri Anak Telantar' }).click();
  await telantar.getByRole('button', { name: 'Akhiri kategori' }).click();
  // The period closes once the end is saved (the form's own "Tanggal berakhir" label is no proof).
  await telantar.getByText(`${today} s.d. ${today}`).waitFor();
  assert.match(await telantar.innerText(), /berakhir/);
  assert.match(await page.locator('li[data-category=anak_jalanan]').innerText(), /berlaku/);
  await page.locator('.person-categories').screenshot({ path: join(screenshots, 'phone-person-categories.png') });
  // Open a case from the person's page and take it to assessment.
  await page.click('text=+ Buka kasus');
  await page.selectOption('#risk_level', 'high');
  await page.fill('#open_reason', 'Ditemukan saat patroli malam');
  await page.click('.cases form button[type=submit]');
  await page.locator('.stage-bar li.current', { hasText: 'Pendekatan awal' }).waitFor();
  const reason = page.locator('.move input');
  await reason.fill('Asesmen dimulai di RPTC');
  await page.click('.move button[type=submit]');
  await page.locator('.stage-bar li.current', { hasText: 'Asesmen' }).waitFor();
  // Approving the assessment is the supervisor's: the worker is told so.
  await reason.fill('Asesmen selesai');
  await page.click('.move button[type=submit]');
  await page.getByText('memerlukan persetujuan supervisor').waitFor();
  const caseOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(caseOverflow <= 0, `the case panel fits the phone (${caseOverflow}px over)`);
  await page.screenshot({ path: join(screenshots, 'phone-person-detail.png'), fullPage: true });
  await page.close();
});

test('another organisation is warned of the likely existing record while typing', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'sari.fps', 'sari-rahasia-123');
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Penerima Manfaat');
  assert.equal(await page.locator('table.list tbody tr').count(), 0, 'nothing of another organisation is listed');
  await page.click('text=+ Daftarkan penerima manfaat');
  await page.fill('#full_name', 'bayu pratama');
  await page.getByText('Mungkin sudah terdaftar').waitFor();
  const box = await page.locator('.matches').innerText();
  assert.match(box, /B\*\*\* P\*\*\*/, 'only initials of a record the viewer may not open');
  assert.match(box, /Dinas Sosial Kota Makassar/);
  assert.ok(!box.includes('Bayu Pratama'));
  await page.screenshot({ path: join(screenshots, 'desktop-person-match.png') });
  await page.close();
});
