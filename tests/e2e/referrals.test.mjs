// A referral sent by one organisation's worker and accepted by another's, in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, openFromRegistry, screenshots, viewports } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const rptc = (await admin.get('/api/v1/organizations?q=RPTC-MKS')).json.items[0];
  await admin.post('/api/v1/users', { username: 'rina.rptc', display_name: 'Rina RPTC', organization_id: rptc.id, roles: ['social_worker'], password: 'rina-rahasia-123' });
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  const p = await worker.post('/api/v1/persons', { full_name: 'Kiki Amelia', sex: 'P', age_years: 12, categories: ['anak_jalanan'],
    consent: { given_by: 'Bapak Kiki', relation: 'parent', purpose: 'Rujukan layanan', given_on: '2026-11-20' } });
  await worker.post('/api/v1/cases', { person_id: p.json.id, reason: 'Patroli malam' });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a worker refers a case to RPTC, and RPTC accepts it from its inbox on a phone', async () => {
  const sender = await browser.newPage({ viewport: viewports.desktop });
  await login(sender, server.url, 'social_worker', server.credentials.social_worker.password);
  await sender.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(sender, 'Kiki Amelia');
  await sender.click('.case >> text=Rujuk');
  const form = sender.locator('.referral-form');
  await form.locator('select').first().selectOption({ label: 'UPT Rumah Perlindungan dan Trauma Center (RPTC) Kota Makassar (RPTC-MKS)' });
  await form.locator('input').nth(0).fill('Penempatan 7 hari');
  await form.locator('input').nth(1).fill('Butuh tempat aman malam ini');
  await form.locator('button[type=submit]').click();
  await sender.getByText('Rujukan terkirim ke UPT Rumah Perlindungan').waitFor();
  await sender.screenshot({ path: join(screenshots, 'desktop-referral-sent.png'), fullPage: true });
  await sender.close();

  const receiver = await browser.newPage({ viewport: viewports.phone });
  await login(receiver, server.url, 'rina.rptc', 'rina-rahasia-123');
  await receiver.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await receiver.click('.menu-button');
  await receiver.click('#main-nav >> text=Rujukan');
  await receiver.getByText('1 menunggu jawaban').waitFor();
  const item = receiver.locator('li.referral', { hasText: 'Kiki Amelia' });
  await item.waitFor();
  assert.match(await item.innerText(), /Dari Dinas Sosial Kota Makassar/);
  await item.locator('input').fill('Ada tempat tidur');
  await item.locator('text=Terima').click();
  await receiver.getByText('0 menunggu jawaban').waitFor();
  await receiver.locator('li.referral .badge', { hasText: 'Disetujui' }).waitFor();
  await receiver.screenshot({ path: join(screenshots, 'phone-referral-accepted.png'), fullPage: true });
  // While the referral is open, RPTC sees the child in its own list.
  await receiver.click('.menu-button');
  await receiver.click('#main-nav >> text=Penerima Manfaat');
  await receiver.fill('input[type=search]', 'Kiki Amelia');
  await receiver.locator('table.list tbody tr', { hasText: 'Kiki Amelia' }).waitFor();
  const overflow = await receiver.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
  await receiver.close();
});
