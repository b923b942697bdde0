// On "Akun Saya" a supervisor asks for notifications by e-mail on a phone: a wrong address is
// refused beside the field, a right one is kept after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoAndBrowser, login, noOverflow, viewports } from './browser.mjs';

const env = demoAndBrowser();

test('a supervisor turns on e-mailed notifications from the account page', async () => {
  const { server, browser } = env;
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'smg_supervisor', server.credentials.smg_supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.goto(`${server.url}/akun`);
  await page.getByRole('heading', { name: 'Notifikasi lewat surel' }).waitFor();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Notifikasi lewat surel' }) });
  await form.locator('button:has-text("Simpan"):enabled').waitFor(); // the saved choice has loaded
  await page.getByLabel('Alamat surel').fill('kabid rehsos');
  await page.getByLabel('Kirimi saya notifikasi lewat surel').check();
  await form.locator('button:has-text("Simpan")').click();
  await form.getByText('Alamat surel tidak sah').waitFor();
  await page.getByLabel('Alamat surel').fill('kabid.rehsos@semarangkota.go.id');
  await form.locator('button:has-text("Simpan")').click();
  await form.getByText('Pilihan surel disimpan.').waitFor();
  await noOverflow(page, 'the account page');

  await page.reload();
  await page.getByRole('heading', { name: 'Notifikasi lewat surel' }).waitFor();
  await page.waitForFunction(() => document.querySelector('#email_address')?.value !== '');
  assert.equal(await page.getByLabel('Alamat surel').inputValue(), 'kabid.rehsos@semarangkota.go.id');
  assert.equal(await page.getByLabel('Kirimi saya notifikasi lewat surel').isChecked(), true);
});
