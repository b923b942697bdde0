// A responder sets its reply deadline in the browser: the Semarang Dinsos supervisor gives itself
// seven working days and names the signatory of its reply letters; a deadline of 0 is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from '../lib/server.mjs';
import { demoAndBrowser, login, noOverflow, viewports } from './browser.mjs';

const env = demoAndBrowser();

test('phone: the Semarang Dinsos supervisor sets a 7-working-day reply deadline and the signatory', async () => {
  const { server, browser } = env;
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'smg_supervisor', server.credentials.smg_supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.goto(`${server.url}/permohonan-bantuan`);
  await page.click('a:has-text("Batas waktu balasan")');
  await page.getByRole('heading', { name: 'Batas waktu balasan' }).waitFor();
  await page.fill('#sl-days', '0');
  await page.click('button:has-text("Simpan")');
  await page.locator('.field-error, .alert--error').first().waitFor();
  await page.fill('#sl-days', '7');
  await page.fill('#sl-name', 'Dra. Contoh Kepala Dinas');
  await page.fill('#sl-title', 'Kepala Dinas Sosial Kota Semarang');
  await page.click('button:has-text("Simpan")');
  await page.getByText('Tersimpan.').waitFor();

  const api = await signedIn(server, 'smg_supervisor');
  const me = (await api.get('/api/v1/session')).json;
  const level = await api.get(`/api/v1/assistance-requests/service-levels/${me.user.organization.id}`);
  assert.equal(level.json.working_days, 7);
  assert.equal(level.json.signatory_name, 'Dra. Contoh Kepala Dinas');
  await noOverflow(page, 'the reply-deadline page');
});
