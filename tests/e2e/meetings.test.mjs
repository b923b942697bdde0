// Coordination meetings in the browser: a Dinsos supervisor plans a meeting, records who came
// and an action item for a partner; the partner's user sees it in the bell on a phone, opens the
// notification and marks the item done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, noOverflow, screenshots, viewports } from './browser.mjs';

let server, browser, partnerOrg;
before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  // A partner of its own, so that the demo's reminders do not change the bell's count.
  const org = await admin.post('/api/v1/organizations', { code: 'LKS-MITRA-UJI', name: 'LKS Mitra Sejahtera', type: 'lks', region_code: '73.71' });
  assert.equal(org.status, 201, JSON.stringify(org.json));
  partnerOrg = org.json;
  const u = await admin.post('/api/v1/users', { username: 'nurul.lks', display_name: 'Nurul LKS', organization_id: org.json.id, roles: ['partner_manager'], password: 'nurul-rahasia-123' });
  assert.equal(u.status, 201, JSON.stringify(u.json));
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// "YYYY-MM-DDTHH:MM" for a datetime-local input, `hours` from now in the browser's zone.
function localInput(hours) {
  const d = new Date(Date.now() + hours * 3600e3);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
const inDays = (n) => new Date(Date.now() + n * 86400e3 + 8 * 3600e3).toISOString().slice(0, 10);

test('a Dinsos officer plans a meeting, records attendance and an action item; the partner marks it done', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'supervisor', server.credentials.supervisor.password);
  await page.click('#main-nav >> text=Rapat Koordinasi');
  await page.getByRole('heading', { name: 'Rapat Koordinasi (Rakor)' }).waitFor();
  await page.click('text=Rencanakan rapat');
  const form = page.locator('.meeting-form');
  await form.locator('#meeting-title').fill('Rakor pendampingan anak jalanan');
  // Started two hours ago, so that attendance can be recorded right away.
  await form.locator('#meeting-starts').fill(localInput(-2));
  // A mistake first: no place for an in-person meeting.
  await form.locator('button[type=submit]').click();
  await form.locator('.field-error', { hasText: 'tempat rapat' }).waitFor();
  await form.locator('#meeting-place').fill('Aula Dinas Sosial Kota Makassar');
  await form.locator('#meeting-agenda').fill('Data anak dampingan\nPembagian peran');
  await form.locator('input[type=search]').fill('Mitra Sejahtera');
  await form.locator('label', { hasText: 'LKS Mitra Sejahtera' }).locator('input').check();
  await form.locator('input[type=search]').fill('Forum Peduli');
  await form.locator('label', { hasText: 'LSM Forum Peduli Sosial' }).locator('input').check();
  await form.locator('button[type=submit]').click();

  await page.getByRole('heading', { name: /Rakor pendampingan anak jalanan/ }).waitFor();
  assert.match(await page.locator('.meeting h1 .badge').innerText(), /Direncanakan/);
  await page.click('button:has-text("Catat kehadiran")');
  const att = page.locator('.attendance-form');
  for (const [name, people] of [['Dinas Sosial Kota Makassar', '3'], ['LKS Mitra Sejahtera', '2']]) {
    const row = att.locator('.attendance-row', { hasText: name });
    await row.locator('input[type=checkbox]').check();
    await row.locator('input[type=number]').fill(people);
  }
  await att.locator('button[type=submit]').click();
  await page.locator('.meeting h1 .badge', { hasText: 'Terlaksana' }).waitFor();
  assert.match(await page.locator('.participants li', { hasText: 'LKS Mitra Sejahtera' }).innerText(), /Hadir · 2 orang/);
  assert.match(await page.locator('.participants li', { hasText: 'LSM Forum Peduli Sosial' }).innerText(), /Tidak hadir/);

  await page.fill('#meeting-minutes', 'Mitra sepakat berbagi data anak dampingan setiap bulan.');
  await page.fill('#meeting-decisions', 'Data dibagikan setiap tanggal 5');
  await page.click('button:has-text("Simpan notulen dan keputusan")');
  await page.locator('.alert--success').waitFor();

  const action = page.locator('.action-form');
  await action.locator('#action-description').fill('Kirim data anak dampingan');
  await action.locator('#action-owner').selectOption({ label: 'LKS Mitra Sejahtera' });
  await action.locator('#action-due').fill(inDays(3));
  await action.locator('button[type=submit]').click();
  const row = page.locator('.action-items tr', { hasText: 'Kirim data anak dampingan' });
  await row.waitFor();
  assert.match(await row.innerText(), /Segera jatuh tempo/);
  assert.match(await row.innerText(), /Terbuka/);
  await page.screenshot({ path: join(screenshots, 'meeting-desktop.png'), fullPage: true });

  // The attendance-rate table counts the meeting.
  await page.click('a:has-text("Semua rapat")');
  await page.click('button:has-text("Tingkat kehadiran")');
  // Yesterday to today: the meeting's time is counted by its UTC day.
  await page.fill('#rates-from', inDays(-1));
  await page.fill('#rates-to', inDays(0));
  const rate = page.locator('.attendance-rates tr[data-org="LSM-FPS"]');
  await rate.waitFor();
  assert.match(await rate.innerText(), /0%/);
  assert.match(await page.locator('.attendance-rates tr[data-org="LKS-MITRA-UJI"]').innerText(), /100%/);
  await page.close();

  // The partner's manager, on a phone: the bell shows the reminder.
  const phone = await browser.newPage({ viewport: viewports.phone });
  await login(phone, server.url, 'nurul.lks', 'nurul-rahasia-123');
  await phone.locator('.bell-count', { hasText: '1' }).waitFor();
  await noOverflow(phone, 'the header with the bell');
  await phone.click('.bell');
  await phone.getByRole('heading', { name: 'Notifikasi' }).waitFor();
  const item = phone.locator('.notification', { hasText: 'Kirim data anak dampingan' });
  assert.match(await item.innerText(), /Tindak lanjut rapat segera jatuh tempo/);
  await noOverflow(phone, 'the notifications page');
  await phone.screenshot({ path: join(screenshots, 'notifications-phone.png'), fullPage: true });
  await item.locator('a').click();
  // Opening it marks it read: the bell empties.
  await phone.getByRole('heading', { name: /Rakor pendampingan anak jalanan/ }).waitFor();
  await phone.locator('.bell-count').waitFor({ state: 'detached' });
  await noOverflow(phone, 'the meeting page');
  const mine = phone.locator('.action-items tr', { hasText: 'Kirim data anak dampingan' });
  await mine.locator('button:has-text("Tandai selesai")').click();
  await phone.locator('.action-items tr', { hasText: 'Kirim data anak dampingan' }).locator('.badge', { hasText: 'Selesai' }).waitFor();
  // Done: nothing is due any more.
  await phone.click('.bell');
  await phone.locator('text=Tidak ada yang perlu ditindaklanjuti saat ini.').waitFor();
  await phone.close();
});
