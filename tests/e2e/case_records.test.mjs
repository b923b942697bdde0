// A worker writes an assessment, adds a plan goal and a confidential note under a case, and links
// a relative on the person page: on a desktop, then checked on a phone without overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, openFromRegistry, screenshots, viewports } from './browser.mjs';

let server, browser, api, personId;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  api = new Client(server.url);
  await api.login('social_worker', server.credentials.social_worker.password);
  const p = await api.post('/api/v1/persons', { full_name: 'Lina Marlina', sex: 'P', age_years: 11, categories: ['anak_jalanan'] });
  personId = p.json.id;
  await api.post('/api/v1/persons', { full_name: 'Marlina Ibu', sex: 'P', age_years: 38, categories: ['fakir_miskin'] });
  await api.post('/api/v1/cases', { person_id: personId, reason: 'Patroli malam' });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPerson(page) {
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(page, 'Lina Marlina');
}

test('assessment, plan goal and confidential note written in the browser', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await openPerson(page);
  const card = page.locator('.case').first();

  await card.locator('.records-assessment > summary').click();
  const assessment = card.locator('.assessment-form');
  await assessment.locator('select').first().selectOption('health');
  await assessment.locator('select').nth(1).selectOption('high');
  await assessment.locator('textarea').fill('Batuk lama, belum pernah periksa');
  await assessment.locator('button[type=submit]').click();
  await card.getByText('Asesmen tersimpan sebagai versi baru.').waitFor();
  const latest = card.locator('.assessment-latest li', { hasText: 'Kesehatan' });
  await latest.waitFor();
  assert.match(await latest.innerText(), /Tinggi/);
  assert.match(await latest.innerText(), /Versi 1/);

  await card.locator('.records-plan > summary').click();
  const goalForm = card.locator('.goal-form');
  await goalForm.locator('select[id^=goal-domain]').selectOption('education');
  await goalForm.locator('select[id^=goal-resp]').selectOption({ label: 'UPT Rumah Perlindungan dan Trauma Center (RPTC) Kota Makassar (RPTC-MKS)' });
  await goalForm.locator('input[type=date]').fill('2027-01-15');
  await goalForm.locator('input:not([type=date])').fill('Daftar kembali ke SD');
  await goalForm.locator('button[type=submit]').click();
  const goal = card.locator('li.goal', { hasText: 'Daftar kembali ke SD' });
  await goal.waitFor();
  assert.match(await goal.innerText(), /2027-01-15/);
  assert.match(await goal.innerText(), /Penanggung jawab: UPT Rumah Perlindungan/);
  await goal.locator('select').selectOption('in_progress');
  await card.locator('li.goal.goal-in_progress').waitFor();

  await card.locator('.records-notes > summary').click();
  const noteForm = card.locator('.note-form');
  await noteForm.locator('textarea').fill('Anak bercerita tentang ancaman di jalan');
  await noteForm.locator('input[type=checkbox]').check();
  await noteForm.locator('button[type=submit]').click();
  const note = card.locator('li.note', { hasText: 'Anak bercerita tentang ancaman di jalan' });
  await note.waitFor();
  assert.match(await note.innerText(), /Rahasia/);
  await page.screenshot({ path: join(screenshots, 'desktop-case-records.png'), fullPage: true });
  await page.close();

  // What the browser wrote is on the server.
  const caseId = (await api.get(`/api/v1/cases?person_id=${personId}`)).json.items[0].id;
  const saved = await api.get(`/api/v1/cases/${caseId}/assessment`);
  assert.deepEqual(saved.json.latest.map((a) => [a.domain, a.need_level]), [['health', 'high']]);
  const plan = await api.get(`/api/v1/cases/${caseId}/plan`);
  assert.deepEqual(plan.json.goals.map((g) => [g.description, g.status]), [['Daftar kembali ke SD', 'in_progress']]);
  const notes = await api.get(`/api/v1/cases/${caseId}/notes`);
  assert.equal(notes.json.items[0].sensitive, true);
});

test('a relative linked on the person page, and the page fits a phone', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await openPerson(page);
  const family = page.locator('section.family');
  await family.locator('summary', { hasText: 'Tambah hubungan' }).click();
  const form = family.locator('.family-link-form');
  await form.locator('input[type=search]').fill('Marlina Ibu');
  const option = form.locator('select').first().locator('option', { hasText: 'Marlina Ibu' });
  await option.waitFor({ state: 'attached' });
  await form.locator('select').first().selectOption(await option.getAttribute('value'));
  await form.locator('select').nth(1).selectOption('parent');
  await form.locator('button[type=submit]').click();
  await family.locator('.relatives li', { hasText: 'Marlina Ibu' }).waitFor();
  assert.match(await family.locator('.relatives li').first().innerText(), /Orang tua/);
  await family.locator('summary', { hasText: 'Buat KK' }).click();
  await family.locator('.household-form input').nth(2).fill('Jl. Veteran Selatan No. 5');
  await family.locator('.household-form button[type=submit]').click();
  await family.locator('.members li', { hasText: 'Lina Marlina' }).waitFor();
  assert.match(await family.locator('.members li').first().innerText(), /Kepala keluarga/);
  await page.locator('.case .records-notes > summary').first().click();
  await page.locator('li.note').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: join(screenshots, 'phone-family.png'), fullPage: true });
  assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
  await page.close();
});
