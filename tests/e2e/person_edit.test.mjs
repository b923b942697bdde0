// Correcting a person's details in the browser on a phone: "Ubah data" on the person page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, openFromRegistry, screenshots, viewports } from './browser.mjs';

let server, browser, person;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  const r = await worker.post('/api/v1/persons', { full_name: 'Dewi Anggraeni Kartika', sex: 'P', mother_name: 'Ibu Salah Ketik', birth_date: '2013-02-03' });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  person = r.json;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: a worker corrects the mother\'s name and sees it on the person page', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(page, 'Dewi Anggraeni Kartika');
  await page.getByRole('heading', { name: /Dewi Anggraeni Kartika/ }).waitFor();
  assert.equal(await page.locator('[data-field=mother_name]').innerText(), 'Ibu Salah Ketik');
  await page.getByRole('button', { name: 'Ubah data', exact: true }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Ubah data penerima manfaat' }) });
  await form.waitFor();
  assert.equal(await form.locator('#full_name').inputValue(), 'Dewi Anggraeni Kartika', 'the form starts from the current values');
  assert.equal(await form.locator('#birth_date').inputValue(), '2013-02-03');
  assert.equal(await form.locator('#category').count(), 0, 'categories have their own section');
  await form.locator('#mother_name').fill('Sri Wahyuni');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the edit form fits a 360-pixel phone (${overflow}px over)`);
  await page.screenshot({ path: join(screenshots, 'phone-person-edit.png'), fullPage: true });
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByText('Perubahan data tersimpan.').waitFor();
  assert.equal(await page.locator('[data-field=mother_name]').innerText(), 'Sri Wahyuni');
  assert.equal(await form.count(), 0, 'the form closes after saving');
  const after = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(after <= 0, `the person page fits the phone (${after}px over)`);
  // Saved on the server, and only the changed field was sent.
  const auditor = new Client(server.url);
  await auditor.login('auditor', server.credentials.auditor.password);
  const audit = await auditor.get(`/api/v1/audit?action=person.update&entity_id=${person.id}`);
  assert.deepEqual(audit.json.items.map((e) => e.details.fields), [['mother_name']]);
  await page.close();
});
