// A person's photo from a phone: chosen, shrunk and uploaded from the person page, shown, then
// removed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, openFromRegistry, screenshots, viewports } from './browser.mjs';

// A 2x2 red PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
let server, browser;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  assert.equal((await worker.post('/api/v1/persons', { full_name: 'Gita Fotografi', sex: 'P', age_years: 14 })).status, 201);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: a worker adds a photo to a person, sees it, and removes it', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(page, 'Gita Fotografi');
  const photo = page.locator('.person-photo');
  await photo.getByText('Belum ada foto.').waitFor();
  await photo.locator('input[type=file]').setInputFiles({ name: 'gita.png', mimeType: 'image/png', buffer: png });
  const img = photo.locator('img');
  await img.waitFor();
  await page.waitForFunction(() => document.querySelector('.person-photo img')?.naturalWidth > 0);
  assert.equal(await photo.locator('label.button').innerText(), 'Ganti foto');
  await page.screenshot({ path: join(screenshots, 'phone-person-photo.png') });
  await photo.getByText('Hapus foto').click();
  await photo.getByText('Belum ada foto.').waitFor();
});
