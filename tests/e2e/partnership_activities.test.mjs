// A partnership's activity and budget kept in the browser: the Lampung Dinsos supervisor records a party's
// in-kind contribution, takes a client from the registry as a participant, records a session
// with who was present, and adds an LPJ the partner must submit; an agreement is corrected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from '../lib/server.mjs';
import { demoAndBrowser, login, viewports } from './browser.mjs';

const env = demoAndBrowser();

test('desktop: contribution, participant, session with attendance, and an LPJ on the Lampung partnership', async () => {
  const { server, browser } = env;
  const api = await signedIn(server, 'lampung_supervisor');
  const created = await api.post('/api/v1/persons', { full_name: 'Sumarni Peserta Uji', sex: 'P', age_years: 31 });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const person = created.json;

  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'lampung_supervisor', server.credentials.lampung_supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Kemitraan');
  await page.click('text=Rehabilitasi sosial penyandang disabilitas bersama LKS Amanah Bunda');
  await page.locator('ul.activities li button.link').first().click();
  const detail = page.locator('.activity-detail');
  await detail.waitFor();

  await detail.getByLabel('Jenis kontribusi').selectOption('venue');
  await detail.getByLabel('Keterangan').fill('Aula LKS uji');
  await detail.getByLabel('Nilai (Rp)').fill('750000');
  await detail.locator('button:has-text("Tambah kontribusi")').click();
  await detail.locator('li', { hasText: 'Aula LKS uji' }).waitFor();
  assert.match(await detail.locator('li', { hasText: 'Aula LKS uji' }).innerText(), /750\.000/);

  await detail.getByLabel('Cari penerima manfaat untuk peserta').fill(person.full_name);
  await detail.locator('button:has-text("Cari")').click();
  await detail.locator('ul.found li', { hasText: person.full_name }).first().locator('button').click();
  await detail.getByLabel(person.full_name).waitFor();

  await detail.getByLabel('Tanggal pertemuan').fill('2026-11-20');
  await detail.getByLabel('Materi').fill('Sesi uji keterampilan');
  await detail.getByLabel(person.full_name).check();
  await detail.locator('button:has-text("Catat pertemuan dan kehadiran")').click();
  await detail.locator('li', { hasText: 'Sesi uji keterampilan' }).waitFor();
  assert.match(await detail.locator('li', { hasText: 'Sesi uji keterampilan' }).innerText(), /1 hadir/);

  await page.fill('#lpj-title', 'LPJ uji triwulan IV');
  await page.fill('#lpj-due', '2027-01-15');
  await page.click('button:has-text("Tambah kewajiban LPJ")');
  const lpj = page.locator('ul.lpj li', { hasText: 'LPJ uji triwulan IV' });
  await lpj.waitFor();
  assert.match(await lpj.innerText(), /2027-01-15/);
});

test('desktop: a Dinsos supervisor corrects an agreement number (an addendum) on the RHRB page', async () => {
  const { server, browser } = env;
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'supervisor', server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Kemitraan');
  await page.click('text=Pengelolaan Rumah Hati Rumah Bakat');
  const first = page.locator('ul.agreements > li').first();
  await first.locator('button:has-text("Ubah")').click();
  await first.locator('#ag-number').fill('460/77/DINSOS-MKS/2026 (adendum I)');
  await first.locator('button[type=submit]').click();
  await page.locator('ul.agreements > li', { hasText: '460/77/DINSOS-MKS/2026 (adendum I)' }).waitFor();
  assert.equal(await page.locator('#ag-number').count(), 0, 'the form closes after saving');
  // The signed copy of the addendum is attached to the agreement.
  const amended = page.locator('ul.agreements > li', { hasText: '460/77/DINSOS-MKS/2026 (adendum I)' });
  await amended.locator('.documents select').selectOption('addendum');
  await amended.locator('.documents input[type=file]').setInputFiles({
    name: 'adendum-i.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% adendum I\n%%EOF\n'),
  });
  const link = amended.locator('.document-list a', { hasText: 'adendum-i.pdf' });
  await link.waitFor();
  assert.match(await amended.locator('.document-list li').first().innerText(), /Adendum/);
});
