// The person page's timeline on a phone: an RPTC worker opens a Makassar demo person and reads
// the journey from the Dinsos raid through the shelter stay, newest first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, openFromRegistry, screenshots, viewports } from './browser.mjs';

let server, browser, stay;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const rptc = new Client(server.url);
  await rptc.login('rptc_worker', server.credentials.rptc_worker.password);
  const facility = (await rptc.get('/api/v1/facilities')).json.items.find((f) => f.organization.code === 'RPTC-MKS');
  stay = (await rptc.get(`/api/v1/stays?facility=${facility.organization.id}&status=discharged&limit=1`)).json.items[0];
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: the timeline shows the raid, the shelter stay and the services of a demo person', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'rptc_worker', server.credentials.rptc_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await openFromRegistry(page, stay.person.full_name);
  const timeline = page.locator('section.timeline');
  await timeline.locator('li.timeline-netted', { hasText: /Terjaring (razia|patroli)/ }).waitFor();
  await timeline.locator('li.timeline-stay_discharged', { hasText: 'Keluar dari shelter' }).waitFor();
  assert.ok(await timeline.locator('li.timeline-service').count() >= 1, 'a service');
  assert.match(await timeline.locator('li.timeline-netted').innerText(), /Dinas Sosial Kota Makassar/);
  // Newest first: the discharge comes before the admission, which comes before the raid.
  const kinds = await timeline.locator('li').evaluateAll((lis) => lis.map((li) => li.className));
  assert.ok(kinds.indexOf('timeline-stay_discharged') < kinds.indexOf('timeline-stay_admitted'));
  assert.ok(kinds.indexOf('timeline-stay_admitted') < kinds.indexOf('timeline-netted'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
  await timeline.screenshot({ path: join(screenshots, 'phone-person-timeline.png') });
});

test('the registry filters by PMKS category and by organisation', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'dki_worker', server.credentials.dki_worker.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Penerima Manfaat');
  const rows = page.locator('table.list tbody tr');
  // The demo's 28 DKI clients and the DKI record of the planted duplicate pair.
  await page.waitForFunction(() => document.querySelectorAll('table.list tbody tr').length === 29);
  await page.selectOption('select[aria-label="Kategori PMKS"]', 'anak_jalanan');
  await page.waitForFunction(() => document.querySelectorAll('table.list tbody tr').length === 4);
  await page.selectOption('select[aria-label="Kategori PMKS"]', '');
  await page.selectOption('select[aria-label="Lembaga"]', { label: 'UPT Rumah Perlindungan dan Trauma Center (RPTC) Kota Makassar' });
  await page.waitForFunction(() => document.querySelectorAll('table.list tbody tr').length === 0);
  assert.equal(await rows.count(), 0, 'the DKI worker sees no one held by RPTC Makassar');
  await page.close();
});
