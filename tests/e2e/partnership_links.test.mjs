// A partnership's page shows what belongs to it: Dinsos Semarang opens the demo's partnership with
// Rumah Pintar Bangjo and sees its coordination meetings and its request letters (some answered
// late, one escalated), plans a meeting for it with the NGO already invited; the DKI partnership
// shows its wheelchair need, fulfilled. On a phone and on a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { demoAndBrowser, noOverflow, openPartnership as open, viewports } from './browser.mjs';

const env = demoAndBrowser();

const openPartnership = (page, username, title) => open(page, env.server, username, title);

test('phone: Dinsos Semarang sees the Bangjo partnership\'s meetings and request letters and plans a meeting for it', async () => {
  const page = await env.browser.newPage({ viewport: viewports.phone });
  await openPartnership(page, 'smg_supervisor', 'Pendampingan anak jalanan Rumah Pintar Bangjo');

  const meetings = page.locator('#bagian-meetings');
  assert.equal(await meetings.locator('h3').innerText(), 'Rapat koordinasi');
  await meetings.locator('tbody tr').first().waitFor();
  assert.equal(await meetings.locator('tbody tr').count(), 2);
  const rows = await meetings.locator('tbody').innerText();
  assert.match(rows, /Rakor permohonan bantuan Rumah Pintar Bangjo/);
  assert.match(rows, /Daring/i, 'the mode of the online meeting');
  assert.match(rows, /Dinas Sosial Kota Semarang/, 'the organiser');
  assert.match(rows, /2 dari 2 lembaga hadir/);

  const requests = page.locator('#bagian-requests');
  assert.equal(await requests.locator('h3').innerText(), 'Permohonan bantuan');
  await requests.locator('tbody tr').first().waitFor();
  assert.equal(await requests.locator('tbody tr').count(), 14, 'the demo\'s 14 letters');
  const letters = await requests.locator('tbody').innerText();
  assert.match(letters, /Rumah Pintar Bangjo → Dinas Sosial Kota Semarang/);
  assert.match(letters, /Dieskalasi ke supervisor/, 'the letter waiting past its day');
  assert.match(letters, /Dibalas terlambat \d+ hari kerja/, 'letters answered late');
  assert.match(letters, /Diterima|Disetujui|Ditolak/);
  await page.locator('#bagian-needs >> text=Belum ada kebutuhan').waitFor();
  await noOverflow(page, 'the partnership page with its meetings and letters');

  await meetings.getByRole('button', { name: 'Rencanakan rapat untuk kemitraan ini' }).click();
  const bangjoBox = page.locator('.invite-list label', { hasText: 'Rumah Pintar Bangjo' }).locator('input');
  assert.equal(await bangjoBox.isChecked(), true, 'the other party is invited already');
  await page.fill('#meeting-title', 'Rakor jadwal surat permohonan semester depan');
  const starts = new Date(Date.now() + 10 * 86400e3).toISOString().slice(0, 10);
  await page.fill('#meeting-starts', `${starts}T09:00`);
  await page.fill('#meeting-place', 'Dinas Sosial Kota Semarang');
  await page.click('.meeting-form button[type=submit]');
  await page.waitForURL(/\/rapat\/[0-9a-f-]+$/);
  await page.getByRole('heading', { name: 'Rakor jadwal surat permohonan semester depan' }).waitFor();

  const api = new Client(env.server.url);
  await api.login('smg_supervisor', env.server.credentials.smg_supervisor.password);
  const id = page.url().split('/').pop();
  const m = (await api.get(`/api/v1/meetings/${id}`)).json;
  const partnerships = (await api.get('/api/v1/partnerships?limit=100')).json.items;
  assert.equal(m.partnership_id, partnerships.find((p) => p.title.includes('Bangjo')).id);
  await page.close();
});

test('desktop: the DKI partnership shows its online meetings and the fulfilled wheelchair need; a meeting row opens the meeting', async () => {
  const page = await env.browser.newPage({ viewport: viewports.desktop });
  await openPartnership(page, 'dki_supervisor', 'Kolaborasi pelayanan kesejahteraan sosial anak DKI Jakarta');
  const needs = page.locator('#bagian-needs');
  assert.equal(await needs.locator('h3').innerText(), 'Kebutuhan');
  await needs.locator('[data-testid=need-card]').first().waitFor();
  assert.match(await needs.innerText(), /30 kursi roda anak untuk Kecamatan Cakung/);
  assert.match(await needs.locator('[data-testid=fulfilment]').innerText(), /30/);
  assert.equal(await page.locator('#bagian-requests tbody tr').count(), 0);
  await page.locator('#bagian-requests >> text=Belum ada surat permohonan').waitFor();

  const meetings = page.locator('#bagian-meetings');
  await meetings.locator('tbody tr').first().waitFor();
  assert.match(await meetings.locator('tbody').innerText(), /Rakor daring penanganan anak telantar DKI Jakarta/);
  const first = meetings.locator('tbody tr a').first();
  const title = await first.innerText();
  await first.click();
  await page.waitForURL(/\/rapat\/[0-9a-f-]+$/);
  await page.getByRole('heading', { name: title }).waitFor();
  await page.close();
});
