// Data ganda in the browser: the supervisor opens the queue (planted by the demo and by this
// test), compares two records side by side on a phone, merges them and lands on the survivor's
// page; the absorbed record offers "Pisahkan".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, signedIn } from '../lib/server.mjs';
import { launch, login, screenshots, viewports, noOverflow } from './browser.mjs';

let server, browser, supervisor;
const ids = {};
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const worker = await signedIn(server, 'social_worker');
  supervisor = await signedIn(server, 'supervisor');
  const a = await worker.post('/api/v1/persons', { full_name: 'Bambang Sutrisno', sex: 'L', birth_date: '2011-10-05', mother_name: 'Suharti' });
  assert.equal(a.status, 201, JSON.stringify(a.json));
  // A second spelling, as a colleague registers it months later.
  const second = await worker.post('/api/v1/persons', { full_name: 'Bambang Soetrisno', sex: 'L', birth_date: '2011-10-05', mother_name: 'Suharti' });
  assert.equal(second.status, 201, JSON.stringify(second.json));
  ids.a = a.json.id;
  ids.b = second.json.id;
  const c = await worker.post('/api/v1/cases', { person_id: ids.b, reason: 'Penjangkauan' });
  assert.equal(c.status, 201, JSON.stringify(c.json));
  assert.equal((await supervisor.post('/api/v1/duplicates/run', {})).status, 200);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('phone: the supervisor opens the queue, compares, merges and sees the survivor\'s page', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'supervisor', server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Data ganda');
  await page.getByRole('heading', { name: 'Data ganda' }).waitFor();
  // The demo's planted pairs are there too.
  await page.fill("input[type=search]", "nurhal");
  await page.locator('.duplicate-item >> text=St. Nurhalisa').first().waitFor();
  await noOverflow(page, 'the duplicate queue');
  await page.fill('input[type=search]', 'bambang');
  const item = page.locator('.duplicate-item', { hasText: 'Bambang Soetrisno' });
  await item.locator('text=Bandingkan').click();
  await page.getByRole('heading', { name: 'Bandingkan dua data' }).waitFor();
  const table = page.locator('table.side-by-side');
  assert.match(await table.innerText(), /Bambang Sutrisno/);
  assert.match(await table.innerText(), /Bambang Soetrisno/);
  assert.match(await table.locator('tr', { hasText: 'Tanggal lahir' }).innerText(), /Sama/);
  await noOverflow(page, 'the side-by-side comparison');
  await page.screenshot({ path: join(screenshots, 'phone-duplicates-compare.png'), fullPage: true });
  await page.locator('.survivor label', { hasText: 'Bambang Sutrisno' }).locator('input').check();
  await page.click('button:has-text("Gabungkan")');
  await page.waitForURL(new RegExp(`/penerima-manfaat\\?open=${ids.a}`));
  await page.locator('text=Bambang Sutrisno').first().waitFor();
  const cases = await supervisor.get(`/api/v1/cases?person_id=${ids.a}`);
  assert.equal(cases.json.items.length, 1, 'the case of the absorbed record is on the survivor');
  const absorbed = await supervisor.get(`/api/v1/persons/${ids.b}`);
  assert.equal(absorbed.json.merged_into, ids.a);
  await page.close();
});

test('desktop: the absorbed record says where it went and can be split again', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'supervisor', server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.goto(`${server.url}/penerima-manfaat?open=${ids.b}`);
  const notice = page.locator('.merged-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /sudah digabungkan/);
  await notice.locator('button:has-text("Pisahkan")').click();
  await page.locator('text=Data sudah dipisahkan kembali').waitFor();
  assert.equal((await supervisor.get(`/api/v1/persons/${ids.b}`)).json.merged_into, null);
  assert.equal((await supervisor.get(`/api/v1/cases?person_id=${ids.b}`)).json.items.length, 1, 'its case went back');
  await page.close();
});
