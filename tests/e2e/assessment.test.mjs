// Penilaian kemitraan on a partnership's page: the Makassar Dinsos supervisor opens RHRB and reads,
// per lens, the result, the evidence behind each point, the trend over the periods (counter- to
// productive, seed 000), the weakest dimension with a suggestion; LSM FPS's manager fills in this
// year's survey. On a phone and in English on a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { demoAndBrowser, noOverflow, openPartnership as open, viewports } from './browser.mjs';

const env = demoAndBrowser();
const RHRB = 'Pengelolaan Rumah Hati Rumah Bakat (RHRB)';

const openPartnership = (page, username, title) => open(page, env.server, username, title);

test('phone: the Dinsos supervisor reads RHRB\'s assessment point by point, with its trend', async () => {
  const page = await env.browser.newPage({ viewport: viewports.phone });
  await openPartnership(page, 'supervisor', RHRB);
  const section = page.locator('#bagian-assessment');
  assert.equal(await section.locator('h3').innerText(), 'Penilaian kemitraan');
  await page.selectOption('[data-testid=assessment-period]', '2024');
  const productivity = section.locator('[data-lens=productivity]');
  await productivity.waitFor();
  assert.equal(await productivity.locator('[data-testid=lens-classification]').innerText(), 'Produktif');
  const trend = await productivity.locator('[data-testid=lens-trend]').innerText();
  assert.match(trend, /2022: Semi-produktif/);
  assert.match(trend, /2024: Produktif/);
  assert.match(trend, /membaik/);
  // Every point shows its evidence: figures and record counts.
  const communication = await productivity.locator('[data-dimension=communication]').innerText();
  assert.match(communication, /Komunikasi/);
  assert.match(communication, /\d+ rapat koordinasi dalam periode/);
  assert.match(communication, /Survei peserta: rata-rata 4,5 dari 5 \(2 lembaga\)/);
  assert.equal(await section.locator('.lens').count(), 7, 'the seven lenses');
  assert.match(await section.locator('[data-lens=psp]').innerText(), /dari 7 prinsip didukung bukti/);
  assert.match(await section.locator('[data-lens=brinkerhoff] .lens-suggestion').innerText(), /Dimensi terlemah:/);
  await noOverflow(page, 'the assessment on a phone');

  // Five years of trend: 2020 was counter-productive.
  await section.locator('.assessment-controls select').nth(1).selectOption('5');
  await productivity.locator('[data-testid=lens-trend]', { hasText: '2020: Kontra-produktif' }).waitFor();
  await page.close();
});

test('phone: LSM FPS\'s manager fills in this year\'s survey; its answers show up in the assessment', async () => {
  const page = await env.browser.newPage({ viewport: viewports.phone });
  await openPartnership(page, 'partner_manager', RHRB);
  const year = new Date().toISOString().slice(0, 4);
  await page.selectOption('[data-testid=assessment-period]', year);
  const survey = page.locator('[data-testid=assessment-survey]');
  await survey.locator('h4', { hasText: year }).waitFor();
  await survey.locator('#st-productivity\\.trust').selectOption('5');
  await survey.locator('#st-productivity\\.communication').selectOption('4');
  await survey.getByRole('button', { name: 'Simpan jawaban' }).click();
  await survey.locator('text=Jawaban survei tersimpan.').waitFor();
  await noOverflow(page, 'the survey on a phone');
  const trust = page.locator('[data-lens=productivity] [data-dimension=trust]');
  await trust.locator('text=/Survei peserta: rata-rata 5 dari 5 \\(1 lembaga\\)/').waitFor();

  const api = new Client(env.server.url);
  await api.login('partner_manager', env.server.credentials.partner_manager.password);
  const id = page.url().split('/').pop();
  const s = (await api.get(`/api/v1/partnerships/${id}/assessment/survey?period=${year}`)).json;
  assert.deepEqual(s.answers.map((a) => [a.statement, a.score]).sort(),
    [['productivity.communication', 4], ['productivity.trust', 5]]);
  await page.close();
});

test('desktop, English: lens names, statuses and the survey are translated; a social worker only reads', async () => {
  const page = await env.browser.newPage({ viewport: viewports.desktop });
  await openPartnership(page, 'social_worker', RHRB);
  await page.click('.lang-switch >> text=EN');
  const section = page.locator('#bagian-assessment');
  await section.locator('h3', { hasText: 'Partnership assessment' }).waitFor();
  await page.selectOption('[data-testid=assessment-period]', '2024');
  const ag = section.locator('[data-lens=ansell_gash]');
  await ag.waitFor();
  assert.match(await ag.locator('h4').innerText(), /Collaborative governance \(Ansell & Gash\)/);
  assert.match(await ag.innerText(), /Institutional design \(ground rules\)/);
  const productive = section.locator('[data-lens=productivity] [data-testid=lens-classification]');
  assert.match(await productive.innerText(), /^Productive$/);
  assert.match(await productive.getAttribute('class'), /status-met/, 'a productive partnership is shown in green');
  // The evidence sentences and the suggestion come in English too, none left in Indonesian.
  const productivity = await section.locator('[data-lens=productivity]').innerText();
  assert.match(productivity, /coordination meetings in the period \([\d.]+ per quarter\)/);
  assert.doesNotMatch(productivity, /rapat koordinasi|Perlu perhatian|Survei peserta/);
  assert.match(await section.locator('[data-indicator=people_served]').textContent(), /people served by the parties/);
  const survey = page.locator('[data-testid=assessment-survey]');
  await survey.waitFor();
  assert.equal(await survey.locator('button[type=submit]').count(), 0, 'no submit for a social worker');
  assert.equal(await survey.locator('select').first().isDisabled(), true);
  await noOverflow(page, 'the assessment on a desktop');
  await page.close();
});
