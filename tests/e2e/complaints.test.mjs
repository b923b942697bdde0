// The public complaint page on a 360-pixel phone without login: send, keep the ticket, check the
// status; then a Dinsos worker finds it on the triage board and triages it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, screenshots, viewports, noOverflow } from './browser.mjs';

let server, browser, ticket;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('on a phone, without login, the public reaches the form from the login page, sends a complaint and checks its status', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await page.goto(server.url);
  await page.getByRole('link', { name: /Laporkan di sini/ }).click();
  await page.getByRole('heading', { name: 'Pengaduan Sosial' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/pengaduan');
  await noOverflow(page, 'the empty form');

  await page.locator('button[type=submit]', { hasText: 'Kirim pengaduan' }).click();
  await page.locator('.field-error', { hasText: /Pilih apa yang dilihat/ }).waitFor();

  await page.getByLabel('Anak jalanan').check();
  await page.fill('#description', 'Tiga anak mengamen di perempatan sampai larut malam, satu masih balita');
  await page.locator('#region_code').selectOption('73.71');
  await page.fill('#place', 'Perempatan Jl. AP Pettarani - Jl. Boulevard');
  await page.fill('#seen_time', '21:30');
  await page.fill('#reporter_name', 'Ibu Nurhayati');
  await page.fill('#reporter_phone', '0813 5555 0101');
  await noOverflow(page, 'the filled form');
  await page.locator('button[type=submit]', { hasText: 'Kirim pengaduan' }).click();
  const shown = page.getByTestId('ticket');
  await shown.waitFor();
  ticket = (await shown.innerText()).trim();
  assert.match(ticket, /^PGD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.getByText('Pengaduan Anda sudah kami terima').waitFor();
  await page.screenshot({ path: join(screenshots, 'phone-complaint-sent.png'), fullPage: true });

  // The status check is prefilled with the new ticket and shows only the status and dates.
  assert.equal(await page.inputValue('#ticket-check'), ticket);
  await page.locator('button', { hasText: 'Cek status' }).click();
  const status = page.getByTestId('public-status');
  await status.waitFor();
  const text = await status.innerText();
  assert.match(text, /Baru/);
  assert.match(text, new RegExp(ticket));
  assert.ok(!text.includes('Nurhayati') && !text.includes('Pettarani'), 'no personal data or details on the public page');
  await noOverflow(page, 'the ticket and status');

  // A mistyped ticket gets a clear message.
  await page.fill('#ticket-check', 'PGD-0000-0000');
  await page.locator('button', { hasText: 'Cek status' }).click();
  await page.getByText('Nomor tiket tidak ditemukan').waitFor();
  await page.close();
});

test('the public page also works in English and on the desktop', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await page.goto(`${server.url}/pengaduan`);
  await page.getByRole('heading', { name: 'Pengaduan Sosial' }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Social Complaint' }).waitFor();
  await page.fill('#ticket-check', ticket);
  await page.locator('button', { hasText: 'Check status' }).click();
  await page.getByTestId('public-status').getByText('New').waitFor();
  await page.close();
});

test('a Dinsos worker finds the complaint on the triage board, reads the reporter contact and triages it', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Pengaduan');
  await page.getByRole('heading', { name: 'Pengaduan Masuk' }).waitFor();
  await page.getByRole('tab', { name: 'Baru' }).click();
  const card = page.locator(`li.complaint-card[data-ticket="${ticket}"]`);
  await card.waitFor();
  assert.match(await card.innerText(), /Anak jalanan/);
  await card.locator('button', { hasText: 'Rincian' }).click();
  await card.getByText('Ibu Nurhayati · 0813 5555 0101').waitFor();
  await card.locator('select').first().selectOption('urgent');
  await card.locator('button', { hasText: /^Pilah$/ }).click();
  await card.locator('.badge', { hasText: 'Darurat' }).waitFor();
  await noOverflow(page, 'the triage board');
  await page.screenshot({ path: join(screenshots, 'phone-complaint-triaged.png'), fullPage: true });
  await page.getByRole('tab', { name: 'Sudah dipilah' }).click();
  await page.locator(`li.complaint-card[data-ticket="${ticket}"] .badge`, { hasText: 'Sudah dipilah' }).waitFor();
  await page.close();
});

test('on the desktop a worker records a WhatsApp complaint, dispatches the TRC and resolves it with the child found', async () => {
  const api = new Client(server.url);
  await api.login('social_worker', server.credentials.social_worker.password);
  const child = await api.post('/api/v1/persons', { full_name: 'Rina Marlina', sex: 'P', age_years: 9, categories: ['anak_jalanan'] });
  assert.equal(child.status, 201);

  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Pengaduan');
  await page.locator('button', { hasText: 'Catat pengaduan' }).click();
  await page.locator('#channel').selectOption('whatsapp');
  await page.locator('#category').selectOption('anak_jalanan');
  await page.fill('#description', 'Warga mengirim foto anak perempuan berjualan tisu di lampu merah');
  await page.fill('#place', 'Lampu merah Jl. Veteran');
  await page.fill('#seen_at', '2026-11-25T19:45');
  await page.fill('#reporter_name', 'Pak Hasan');
  await page.locator('form.complaint-form button[type=submit]').click();
  const saved = page.locator('.alert--success', { hasText: 'Pengaduan dicatat dengan tiket' });
  await saved.waitFor();
  const newTicket = /PGD-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await saved.innerText())[0];

  const card = page.locator(`li.complaint-card[data-ticket="${newTicket}"]`);
  await card.waitFor();
  assert.match(await card.innerText(), /WhatsApp/);
  await card.locator('button', { hasText: 'Rincian' }).click();
  await card.locator('button', { hasText: /^Pilah$/ }).click();
  await card.locator('.badge', { hasText: 'Sudah dipilah' }).waitFor();
  await card.getByLabel('Tim yang ditugaskan').fill('TRC malam');
  await card.getByLabel('Lembaga tim (tidak wajib)').selectOption({ label: 'Tim Reaksi Cepat (TRC) Dinas Sosial Kota Makassar' });
  await card.locator('button', { hasText: 'Tugaskan tim' }).click();
  await card.locator('.badge', { hasText: 'Tim ditugaskan' }).waitFor();
  assert.match(await card.innerText(), /TRC malam \(Tim Reaksi Cepat/);

  await card.getByLabel('Hasil penanganan').fill('Anak ditemukan bersama ibunya, dicatat dan didampingi');
  await card.getByLabel('Penerima manfaat yang ditemukan').fill('Rina');
  await card.locator('button.chip', { hasText: '+ Rina Marlina' }).click();
  await card.locator('button', { hasText: 'Catat hasil dan selesaikan' }).click();
  await card.locator('.badge', { hasText: 'Selesai' }).waitFor();
  await card.locator('.facts', { hasText: 'Rina Marlina' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'desktop-complaint-resolved.png'), fullPage: true });
  await page.close();

  const pub = await new Client(server.url).get(`/api/v1/public/complaints/${newTicket}`);
  assert.equal(pub.json.status, 'resolved');
});
