// The night-patrol screen on a phone: record a raid, quick-register two persons netted, see their
// cases opened at the receiving shelter; and break the glass from the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, screenshots, viewports } from './browser.mjs';

let server, browser, rptc;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  rptc = (await admin.get('/api/v1/organizations?q=RPTC-MKS')).json.items[0];
  await admin.post('/api/v1/users', { username: 'rudi.rptc', display_name: 'Rudi RPTC', organization_id: rptc.id, roles: ['social_worker'], password: 'rudi-rahasia-123' });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('phone: a raid nets two persons; each is quick-registered and gets a case at RPTC', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Patroli & Razia');
  await page.click('text=+ Catat patroli');
  await page.selectOption('#kind', 'raid');
  await page.fill('#place', 'Perempatan Jl. Veteran – Jl. Gunung Bawakaraeng');
  await page.check('input[value=satpol_pp]');
  await page.fill('#team', 'TRC 2 + Satpol PP');
  await page.selectOption('#receiving', rptc.id);
  assert.ok((await overflow(page)) <= 0, 'the patrol form fits a 360-pixel phone');
  await page.click('button[type=submit]');
  await page.getByRole('heading', { name: /Razia: Perempatan Jl. Veteran/ }).waitFor();

  for (const [name, sex, age, note] of [['Ical', 'L', '12', 'Mengamen'], ['Nurul', 'P', '10', 'Menjual koran']]) {
    await page.fill('#q_name', name);
    await page.selectOption('#q_sex', sex);
    await page.fill('#q_age', age);
    await page.selectOption('#q_category', 'anak_jalanan');
    await page.fill('#q_note', note);
    await page.click('form.quick button[type=submit]');
    await page.getByText(`${name} terdaftar; kasus dibuka di`).waitFor();
    await page.locator('ul.netted li', { hasText: `${name} — ${note}` }).waitFor();
  }
  const netted = await page.locator('ul.netted').innerText();
  assert.match(netted, /Ical — Mengamen/);
  assert.match(netted, /Nurul — Menjual koran/);
  assert.match(await page.locator('.badge').first().innerText(), /2 orang/);
  assert.ok((await overflow(page)) <= 0, 'the patrol screen fits the phone');
  await page.screenshot({ path: join(screenshots, 'phone-patrol-quick-registration.png'), fullPage: true });
  await page.click('text=Tutup patroli');
  await page.getByText('Tambah orang terjaring').waitFor({ state: 'detached' });
  await page.close();

  // At the shelter, the same patrol shows both cases at first contact.
  const shelter = await browser.newPage({ viewport: viewports.desktop });
  await login(shelter, server.url, 'rudi.rptc', 'rudi-rahasia-123');
  await shelter.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await shelter.click('#main-nav >> text=Patroli & Razia');
  await shelter.click('text=Razia: Perempatan Jl. Veteran');
  await shelter.locator('ul.netted li').nth(1).waitFor();
  const seen = await shelter.locator('ul.netted').innerText();
  assert.equal((seen.match(/: Pendekatan awal/g) ?? []).length, 2, seen);
  await shelter.close();
});

test('a worker breaks the glass by NIK with a reason; the supervisor reviews it', async () => {
  const owner = new Client(server.url);
  await owner.login('rudi.rptc', 'rudi-rahasia-123');
  const person = await owner.post('/api/v1/persons', { full_name: 'Dimas Saputra', sex: 'L', age_years: 14, nik: '7371011204120007', confirm_warnings: true });
  assert.equal(person.status, 201, JSON.stringify(person.json));
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.goto(`${server.url}/akses-darurat`);
  await page.fill('#key', '7371011204120007');
  await page.fill('#reason', 'Anak dibawa polisi ke IGD, perlu data keluarga');
  await page.click('form button[type=submit]');
  await page.getByText('Akses dibuka sampai').waitFor();
  await page.getByRole('link', { name: 'Buka data penerima manfaat' }).click();
  await page.getByRole('heading', { name: /Dimas Saputra/ }).waitFor();
  await page.close();

  const sup = await browser.newPage({ viewport: viewports.desktop });
  await login(sup, server.url, 'supervisor', server.credentials.supervisor.password);
  await sup.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await sup.click('#main-nav >> text=Akses Darurat');
  await sup.locator('li.grant', { hasText: 'Anak dibawa polisi ke IGD' }).waitFor();
  await sup.click('li.grant >> text=Wajar');
  await sup.locator('li.grant').first().waitFor({ state: 'detached' });
  await sup.selectOption('select[aria-label=Status]', 'justified');
  await sup.locator('li.grant', { hasText: 'Wajar' }).waitFor();
  await sup.close();
});
