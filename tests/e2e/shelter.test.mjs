// Shelter placement in the browser: an RPTC worker admits a child from the case card on a phone,
// the occupancy board shows the stay (overdue ones highlighted), and the child is discharged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, screenshots, viewports, noOverflow } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const rptc = (await admin.get('/api/v1/organizations?q=RPTC-MKS')).json.items[0];
  await admin.post('/api/v1/users', { username: 'dewi.rptc', display_name: 'Dewi RPTC', organization_id: rptc.id, roles: ['social_worker'], password: 'dewi-rahasia-123' });
  const capacity = await admin.put(`/api/v1/facilities/${rptc.id}/capacity`, { male_child: 4, female_child: 4, male_adult: 2, female_adult: 2 });
  assert.equal(capacity.status, 200);
  const worker = new Client(server.url);
  await worker.login('dewi.rptc', 'dewi-rahasia-123');
  for (const [full_name, sex, age_years] of [['Rudi Hartono', 'L', 11], ['Wati Susanti', 'P', 13]]) {
    const p = await worker.post('/api/v1/persons', { full_name, sex, age_years, categories: ['anak_jalanan'] });
    const c = await worker.post('/api/v1/cases', { person_id: p.json.id, reason: 'Patroli malam TRC' });
    if (full_name === 'Wati Susanti') {
      // Admitted six days ago for three days: overdue on the board.
      const s = await worker.post('/api/v1/stays', { case_id: c.json.id, facility_id: rptc.id, health_checked: true,
        admitted_at: new Date(Date.now() - 6 * 86400e3).toISOString(), planned_days: 3, belongings: ['Tas'] });
      assert.equal(s.status, 201, JSON.stringify(s.json));
    }
  }
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: admit from the case card, see the stay on the board, discharge with the checklist', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'dewi.rptc', 'dewi-rahasia-123');
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Penerima Manfaat');
  // Searched by name, so the demo's other clients do not push him off the first page.
  await page.fill('input[type=search]', 'Rudi Hartono');
  await page.click('table.list >> text=Rudi Hartono');
  await page.click('.case >> text=Tempatkan di shelter');
  const form = page.locator('.admit-form');
  // RPTC is the only facility, so it is chosen already.
  await page.waitForFunction(() => document.querySelector('.admit-form select')?.value);
  await form.locator('input[type=number]').fill('5');
  await form.locator('textarea').fill('Tas ransel\nSandal jepit');
  await noOverflow(page, 'the admission form');
  const inside = await page.evaluate(() => [...document.querySelectorAll('.admit-form input, .admit-form select, .admit-form textarea')]
    .every((el) => el.getBoundingClientRect().right <= el.closest('form').getBoundingClientRect().right + 1));
  assert.ok(inside, 'every field of the admission form stays inside the form');
  await page.screenshot({ path: join(screenshots, 'phone-shelter-admit.png'), fullPage: true });
  await form.locator('button[type=submit]').click();
  const card = page.locator('.case-stay li.stay');
  await card.waitFor();
  assert.match(await card.innerText(), /Anak laki-laki/);
  assert.match(await card.innerText(), /Hari ke-1 dari rencana 5 hari/);

  await page.click('.menu-button');
  await page.click('#main-nav >> text=Shelter');
  await page.getByRole('heading', { name: 'Papan Hunian Shelter' }).waitFor();
  await page.locator('li.stay', { hasText: 'Rudi Hartono' }).waitFor();
  const boys = page.locator('.bed-group[data-group=male_child]');
  assert.match(await boys.innerText(), /1 \/ 4/);
  const overdue = page.locator('li.stay.overdue', { hasText: 'Wati Susanti' });
  await overdue.waitFor();
  assert.match(await overdue.innerText(), /Melewati rencana/);
  await page.getByText('1 penghuni melewati rencana lama tinggal').waitFor();
  await noOverflow(page, 'the occupancy board');
  await page.screenshot({ path: join(screenshots, 'phone-shelter-board.png'), fullPage: true });

  const rudi = page.locator('li.stay', { hasText: 'Rudi Hartono' });
  await rudi.locator('button', { hasText: 'Catat keluar' }).click();
  const discharge = rudi.locator('.discharge-form');
  await discharge.locator('label.check', { hasText: 'Sandal jepit' }).locator('input').uncheck();
  await discharge.locator('button[type=submit]').click();
  await discharge.locator('.field-error', { hasText: 'Serah terima wajib ditandatangani' }).waitFor();
  await discharge.locator('input[id^=handover-name]').fill('Sri Hartono');
  await discharge.locator('input[id^=handover-relation]').fill('ibu');
  await discharge.locator('button[type=submit]').click();
  await discharge.locator('.field-error', { hasText: 'belum dikembalikan' }).waitFor();
  await discharge.locator('input[id^=note]').fill('Sandal rusak, dibuang dengan izin anak');
  await noOverflow(page, 'the discharge form');
  await discharge.locator('button[type=submit]').click();
  await page.locator('li.stay', { hasText: 'Rudi Hartono' }).waitFor({ state: 'detached' });
  assert.match(await boys.innerText(), /0 \/ 4/);
  await page.screenshot({ path: join(screenshots, 'phone-shelter-discharged.png'), fullPage: true });
  await page.close();
});

test('desktop: the board of an earlier day, before anyone was admitted', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'dewi.rptc', 'dewi-rahasia-123');
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Shelter');
  await page.locator('li.stay', { hasText: 'Wati Susanti' }).waitFor();
  await page.fill('#board-date', new Date(Date.now() - 10 * 86400e3).toISOString().slice(0, 10));
  await page.getByText('Tidak ada penghuni pada tanggal ini.').waitFor();
  await page.close();
});
