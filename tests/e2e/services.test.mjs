// A school enrolment added in the case panel, and a follow-up visit recorded from the calendar
// on a phone, where the monthly track record shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, openFromRegistry, screenshots, viewports, noOverflow } from './browser.mjs';

let server, browser, caseId;
const today = new Date().toISOString().slice(0, 10);

before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  const p = await worker.post('/api/v1/persons', { full_name: 'Lala Permata', sex: 'P', age_years: 9, categories: ['anak_jalanan'] });
  caseId = (await worker.post('/api/v1/cases', { person_id: p.json.id, reason: 'Patroli malam' })).json.id;
  const plan = await worker.post(`/api/v1/cases/${caseId}/follow-ups`, { starts_on: today, months: 3 });
  assert.equal(plan.status, 201);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a worker enrols the child in school from the case panel', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(page, 'Lala Permata');
  const section = page.locator('.case-services');
  await section.locator('summary', { hasText: 'Layanan ATENSI' }).click();
  await section.locator('button', { hasText: 'Tambah layanan' }).click();
  const form = section.locator('.service-form');
  await form.locator(`#svc-type-${caseId}`).selectOption('education');
  await form.locator(`#detail-school_name-${caseId}`).fill('SDN Mangkura 2');
  await form.locator(`#detail-enrolled_on-${caseId}`).fill('2026-07-13');
  // Submitting without the level shows the server's message under that field.
  await form.locator(`#detail-enrolment_status-${caseId}`).selectOption('enrolled');
  await form.locator('button[type=submit]').click();
  await form.locator('.field-error', { hasText: 'level' }).waitFor();
  await form.locator(`#detail-level-${caseId}`).selectOption('SD');
  await form.locator('button[type=submit]').click();
  const item = section.locator('li.service', { hasText: 'Pendidikan (pendaftaran sekolah)' });
  await item.waitFor();
  assert.match(await item.innerText(), /SDN Mangkura 2/);
  assert.match(await item.innerText(), /Direncanakan/);
  await item.locator('button', { hasText: 'Mulai' }).click();
  await item.locator('.badge', { hasText: 'Berjalan' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'desktop-service-education.png'), fullPage: true });
  await page.close();
  const api = new Client(server.url);
  await api.login('social_worker', server.credentials.social_worker.password);
  const services = (await api.get(`/api/v1/cases/${caseId}/services`)).json.items;
  assert.equal(services.length, 1);
  assert.deepEqual(services[0].details, { level: 'SD', school_name: 'SDN Mangkura 2', enrolled_on: '2026-07-13', enrolment_status: 'enrolled' });
  assert.equal(services[0].status, 'ongoing');
});

test('a worker records a follow-up visit from the calendar on a phone; the track record shows it', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Bimbingan Lanjut');
  await page.getByRole('heading', { name: 'Jadwal Bimbingan Lanjut' }).waitFor();
  const item = page.locator('li.visit', { hasText: 'Lala Permata' }).first();
  await item.waitFor();
  await noOverflow(page);
  await item.locator('button', { hasText: 'Catat kunjungan' }).click();
  const form = item.locator('.visit-form');
  await form.locator('input[id^=place-]').fill('Rumah keluarga, Tallo');
  await form.locator('input[id^=met_with-]').fill('Ibu dan nenek');
  await form.locator('select[id^=child_in_school-]').selectOption('yes');
  await form.locator('select[id^=income_level-]').selectOption('improved');
  await form.locator('input[id^=parent_coaching-]').check();
  await form.locator('button[type=submit]').click();
  await page.getByText('Kunjungan tersimpan.').waitFor();
  await noOverflow(page);
  await page.screenshot({ path: join(screenshots, 'phone-follow-up-recorded.png'), fullPage: true });

  await openFromRegistry(page, 'Lala Permata');
  const track = page.locator('table.track-record');
  await track.waitFor();
  const first = track.locator('tbody tr').first();
  await first.getByText(today).waitFor();
  assert.match(await first.innerText(), /Membaik/);
  assert.match(await first.innerText(), /Rumah keluarga, Tallo/);
  assert.equal(await track.locator('tbody tr').count(), 3, 'three monthly visits');
  await noOverflow(page);
  await page.screenshot({ path: join(screenshots, 'phone-track-record.png'), fullPage: true });
  await page.close();
});

test('a visit that finds the child back on the street reopens the closed case in the panel', async () => {
  const worker = new Client(server.url);
  await worker.login('social_worker', server.credentials.social_worker.password);
  const supervisor = new Client(server.url);
  await supervisor.login('supervisor', server.credentials.supervisor.password);
  const p = await worker.post('/api/v1/persons', { full_name: 'Miko Saputra', sex: 'L', age_years: 12, categories: ['anak_jalanan'] });
  const id = (await worker.post('/api/v1/cases', { person_id: p.json.id, reason: 'Patroli' })).json.id;
  await worker.post(`/api/v1/cases/${id}/transitions`, { to: 'termination', reason: 'Kembali ke keluarga' });
  assert.equal((await supervisor.post(`/api/v1/cases/${id}/transitions`, { to: 'closed', reason: 'Selesai' })).json.stage, 'closed');
  await worker.post(`/api/v1/cases/${id}/follow-ups`, { starts_on: today, months: 2 });

  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(page, 'Miko Saputra');
  await page.locator('.stage-bar [aria-current=step]', { hasText: 'Selesai' }).waitFor();
  const track = page.locator('table.track-record');
  await track.locator('tbody tr').first().locator('button', { hasText: 'Catat kunjungan' }).click();
  const form = page.locator('.visit-form');
  await form.locator('input[id^=place-]').fill('Lampu merah Jl. Veteran');
  await form.locator('input[id^=met_with-]').fill('Anak');
  await form.locator('input[id^=seen_on_street-]').check();
  await form.locator('button[type=submit]').click();
  await page.getByText('Kasus dibuka kembali ke tahap asesmen').waitFor();
  await page.locator('.stage-bar [aria-current=step]', { hasText: 'Asesmen' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'desktop-follow-up-reopened.png'), fullPage: true });
  await page.close();
  assert.equal((await worker.get(`/api/v1/cases/${id}`)).json.stage, 'assessment');
});
