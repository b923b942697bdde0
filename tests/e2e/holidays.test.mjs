// The holiday calendar page: an administrator enters a moving holiday of next year from the SKB and
// it shows in that year's list; a supervisor reads the list without the editing controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { demoAndBrowser, login, noOverflow, screenshots, viewports } from './browser.mjs';

const env = demoAndBrowser();

test('an administrator adds Idul Fitri to the calendar; a supervisor only reads it', async () => {
  const { server, browser } = env;
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'admin', server.credentials.admin.password);
  await page.click('#main-nav >> text=Hari libur');
  await page.getByRole('heading', { name: 'Hari libur nasional dan cuti bersama' }).waitFor();
  await page.fill('input[type=date]', '2027-03-10');
  await page.getByLabel('Keterangan').fill('Hari Raya Idul Fitri 1448 H');
  await page.click('button:has-text("Simpan")');
  // Saving a day of another year shows that year.
  const row = page.locator('table.list tbody tr', { hasText: 'Idul Fitri' });
  await row.waitFor();
  assert.equal(await row.locator('td').first().innerText(), '2027-03-10');
  assert.equal(await page.locator('table.list tbody tr').count(), 6, 'five fixed holidays and the new one');
  await page.screenshot({ path: join(screenshots, 'desktop-holidays.png'), fullPage: true });

  const phone = await browser.newPage({ viewport: viewports.phone });
  await login(phone, server.url, 'supervisor', server.credentials.supervisor.password);
  await phone.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await phone.goto(`${server.url}/hari-libur`);
  await phone.locator('table.list tbody tr').first().waitFor();
  assert.equal(await phone.locator('button:has-text("Hapus")').count(), 0);
  assert.equal(await phone.locator('input[type=date]').count(), 0);
  await noOverflow(phone, 'the holiday list');
});
