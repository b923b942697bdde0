// Partnerships in the browser: a Dinsos officer creates a partnership with an NGO, moves it to the
// next stage with a reason, adds an agreement and a budget allocation; on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, viewports, noOverflow } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const dinsos = (await admin.get('/api/v1/organizations?q=DINSOS-LAMPUNG')).json.items[0];
  const r = await admin.post('/api/v1/users', { username: 'rina.lpg', display_name: 'Rina Dinsos Lampung', organization_id: dinsos.id, roles: ['supervisor'], password: 'rina-rahasia-123' });
  assert.equal(r.status, 201, JSON.stringify(r.json));
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: a Dinsos officer creates a partnership, moves it a stage, adds an agreement and an allocation', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'rina.lpg', 'rina-rahasia-123');
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Kemitraan');
  await page.getByRole('heading', { name: 'Kemitraan', exact: true }).waitFor();
  await page.click('text=Kemitraan baru');
  await page.fill('#pf-title', 'Pelatihan menjahit penyandang disabilitas');
  await page.fill('#pf-purpose', 'Kursus Loka Bina Karya 3 bulan');
  await page.fill('#pf-region', '18.71');
  await page.waitForFunction(() => document.querySelectorAll('#pf-party-0 option').length > 5);
  await page.selectOption('#pf-party-0', { label: 'Dinas Sosial Provinsi Lampung' });
  await page.selectOption('#pf-party-1', { label: 'LKS Amanah Bunda' });
  await page.locator('.party-row').nth(1).getByLabel('Penyedia tempat').check();
  await noOverflow(page, 'the create form');
  await page.click('.partnership-form button[type=submit]');
  await page.getByRole('heading', { name: 'Pelatihan menjahit penyandang disabilitas' }).waitFor();
  assert.match(await page.locator('.stage--current').innerText(), /Pengenalan masalah/);

  await page.fill('#move-reason', 'Masalah dipilih dalam rapat koordinasi');
  await page.click('text=Maju ke tahap berikutnya');
  await page.locator('.stage--current >> text=Seleksi masalah').waitFor();
  assert.match(await page.locator('.history').innerText(), /Masalah dipilih dalam rapat koordinasi/);

  await page.click('text=Tambah perjanjian');
  await page.selectOption('#ag-kind', 'pks');
  await page.fill('#ag-number', '800/1615.a.1/V.06/B.II/2019');
  await page.fill('#ag-title', 'PKS kursus menjahit');
  const start = new Date().toISOString().slice(0, 10);
  const end = new Date(Date.now() + 20 * 86400e3).toISOString().slice(0, 10);
  await page.fill('#ag-start', start);
  await page.fill('#ag-end', end);
  await page.fill('#ag-budget', '25000000');
  await page.locator('textarea[id^=ag-ob-]').nth(1).fill('Menyediakan tempat\nMerekrut peserta');
  await page.click('#bagian-agreements button[type=submit]');
  await page.locator('.agreements >> text=800/1615.a.1/V.06/B.II/2019').waitFor();
  assert.match(await page.locator('.agreements .badge').first().innerText(), /20 hari/);

  await page.selectOption('#al-source', 'apbd');
  await page.fill('#al-amount', '10000000');
  await page.click('text=Tambah alokasi');
  await page.locator('#bagian-budget td >> text=APBD').waitFor();
  await page.fill('#di-amount', '20000000');
  await page.click('text=Catat pencairan');
  await page.locator('#bagian-budget [role=alert]').waitFor();
  assert.match(await page.locator('#bagian-budget [role=alert]').first().innerText(), /melebihi alokasi/);
  await page.fill('#di-amount', '2500000');
  await page.click('text=Catat pencairan');
  await page.locator('.budget-total >> text=25%').waitFor();
  await noOverflow(page, 'the partnership page');
  await page.close();
});
