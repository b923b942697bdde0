// The PMKS report page: a supervisor groups beggars and the homeless into one row, as seed 001's
// tables do, and the year's table follows; an analyst reads it on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, login, screenshots, viewports } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a supervisor sets the report rows and reads 2023 as seed 001 prints it', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'supervisor', server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Laporan PMKS');
  await page.selectOption('select[name=year]', '2023');
  const table = page.locator('table.report');
  await table.locator('caption', { hasText: '2023' }).waitFor();
  await table.locator('tfoot', { hasText: '761' }).waitFor();
  await page.click('text=Atur baris laporan');
  await page.getByLabel('Baris laporan: Gelandangan').fill('Gelandangan dan Pengemis');
  await page.getByLabel('Baris laporan: Pengemis').fill('Gelandangan dan Pengemis');
  // The editor starts from one row per category: 28 rows, two of them now merged.
  await page.click('text=Simpan baris laporan');
  await page.getByText('27 baris laporan tersimpan.').waitFor();
  const row = table.locator('tbody tr', { hasText: 'Gelandangan dan Pengemis' });
  await row.waitFor();
  assert.deepEqual((await row.locator('td.num').allInnerTexts()).map(Number), [57, 57, 114]);
  assert.equal(await page.locator('a.button', { hasText: 'Unduh CSV' }).getAttribute('href'), '/api/v1/reports/pmks?year=2023&lang=id&format=csv');
  // The dashboard's filters work here too, and the downloads follow them: one organisation.
  await page.selectOption('select[name=organization]', 'RPTC-MKS');
  await table.locator('caption', { hasText: 'Lembaga UPT Rumah Perlindungan' }).waitFor();
  assert.match(await page.locator('a.button', { hasText: 'Unduh PDF' }).getAttribute('href'), /organization=RPTC-MKS.*format=pdf/);
  await page.screenshot({ path: join(screenshots, 'desktop-pmks-report.png'), fullPage: true });
});

test('phone: an analyst reads the report without the row editor', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'analyst', server.credentials.analyst.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Laporan PMKS');
  await page.selectOption('select[name=year]', '2022');
  await page.locator('table.report tfoot', { hasText: '467' }).waitFor();
  assert.equal(await page.locator('text=Atur baris laporan').count(), 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
  await page.screenshot({ path: join(screenshots, 'phone-pmks-report.png'), fullPage: true });
});
