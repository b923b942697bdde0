// LKS registration in the browser (seed 003): an NGO's manager fills in its legal data, uploads
// its deed and applies on a phone; the city Dinsos recommends it from its inbox; the province
// surveys the checklist and approves; the directory then shows the registration badge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login, screenshots, viewports, noOverflow } from './browser.mjs';

let server, browser, org;
const validUntil = `${new Date().getUTCFullYear() + 3}-12-31`;
before(async () => {
  server = await startServer({ template: true, extraArgs: ['--files', mkdtempSync(join(tmpdir(), 'mitra-files-'))] });
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  org = (await admin.post('/api/v1/organizations', { code: 'LKS-MENTARI-BDL', name: 'LKS Mentari Bandar Lampung', type: 'lks', region_code: '18.71' })).json;
  const u = await admin.post('/api/v1/users', { username: 'mentari', display_name: 'Pengelola LKS Mentari', organization_id: org.id, roles: ['partner_manager'], password: 'mentari-rahasia-1' });
  assert.equal(u.status, 201);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an NGO applies, the city Dinsos recommends, the province surveys and approves', async () => {
  // 1. The NGO's manager, on a phone.
  const phone = await browser.newPage({ viewport: viewports.phone });
  await login(phone, server.url, 'mentari', 'mentari-rahasia-1');
  await phone.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await phone.goto(`${server.url}/lembaga/${org.id}`);
  await phone.getByRole('heading', { name: 'LKS Mentari Bandar Lampung' }).waitFor();
  assert.ok(await phone.locator('[data-registration="none"]').first().isVisible());
  await phone.click('text=Ubah profil');
  await phone.fill('#p-deed_number', '12');
  await phone.fill('#p-decree_number', 'AHU-0007777.AH.01.04.Tahun 2021');
  await phone.fill('#p-npwp', '12345');
  await phone.click('text=Simpan profil');
  await phone.getByText('NPWP harus 15 atau 16 angka.').waitFor();
  await phone.fill('#p-npwp', '04.567.890.1-325.000');
  await phone.check('text=Pelatihan vokasional');
  await phone.click('text=Simpan profil');
  await phone.getByText('Profil tersimpan.').waitFor();
  assert.ok(await phone.getByText('045678901325000').isVisible());
  const deed = join(mkdtempSync(join(tmpdir(), 'mitra-deed-')), 'akta.pdf');
  writeFileSync(deed, '%PDF-1.4\n% akta pendirian LKS Mentari\n%%EOF\n');
  await phone.setInputFiles('.documents input[type=file]', deed);
  await phone.locator('.document-list a', { hasText: 'akta.pdf' }).waitFor();
  await phone.click('text=Ajukan pendaftaran LKS');
  await phone.fill('#apply-note', 'Berkas lengkap, mohon diproses.');
  await phone.click('button:has-text("Kirim")');
  await phone.locator('[data-status="submitted"]').waitFor();
  assert.ok(await phone.getByText('Dinas Sosial Kota Bandar Lampung').isVisible());
  assert.ok(await phone.getByText('14 hari kerja lagi').isVisible());
  await noOverflow(phone);
  await phone.screenshot({ path: join(screenshots, 'phone-registration-applied.png'), fullPage: true });
  await phone.close();

  // 2. The city Dinsos recommends it from its inbox.
  const city = await browser.newPage({ viewport: viewports.desktop });
  await login(city, server.url, 'bdl_supervisor', server.credentials.bdl_supervisor.password);
  await city.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await city.click('#main-nav >> text=Pendaftaran LKS');
  await city.getByRole('tab', { name: 'Menunggu rekomendasi' }).waitFor();
  const overdue = city.locator('tr.overdue', { hasText: 'LKSA Harapan Kita' });
  await overdue.waitFor();
  assert.match(await overdue.innerText(), /Terlambat/);
  await city.screenshot({ path: join(screenshots, 'desktop-registration-inbox.png'), fullPage: true });
  await city.click('text=LKS Mentari Bandar Lampung');
  await city.click('button:has-text("Rekomendasikan ke provinsi")');
  await city.fill('#step-note', 'Lembaga aktif, berkas lengkap.');
  await city.click('button:has-text("Kirim")');
  await city.locator('[data-status="recommended"]').waitFor();
  await city.close();

  // 3. The province surveys the checklist and approves.
  const province = await browser.newPage({ viewport: viewports.desktop });
  await login(province, server.url, 'lampung_supervisor', server.credentials.lampung_supervisor.password);
  await province.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await province.click('#main-nav >> text=Pendaftaran LKS');
  await province.getByRole('tab', { name: 'Menunggu survei dan keputusan', selected: true }).waitFor();
  await province.click('text=LKS Mentari Bandar Lampung');
  await province.locator('.checklist').waitFor();
  for (const item of ['deed', 'decree', 'npwp', 'domicile', 'bank_account', 'accreditation', 'activity_reports']) {
    const row = province.locator(`.checklist li[data-item="${item}"]`);
    await row.locator('select').selectOption(item === 'accreditation' ? 'not_applicable' : 'ok');
    await row.locator('input[type=text]').fill('Sesuai dokumen asli.');
    await row.locator('button').click();
    await province.locator(`.checklist li[data-item="${item}"] select`).waitFor();
    await province.waitForFunction((i) => document.querySelector(`.check-row`) && document.querySelectorAll('.events li').length >= 2 + ['deed', 'decree', 'npwp', 'domicile', 'bank_account', 'accreditation', 'activity_reports'].indexOf(i) + 1, item);
  }
  await province.click('button:has-text("Setujui")');
  await province.fill('#step-number', '460/555/V.08/2026');
  await province.fill('#step-until', validUntil);
  await province.click('button:has-text("Kirim")');
  await province.locator('[data-status="approved"]').waitFor();
  assert.ok(await province.getByText('460/555/V.08/2026').first().isVisible());
  await province.screenshot({ path: join(screenshots, 'desktop-registration-approved.png'), fullPage: true });

  // 4. The directory shows the badge; the expired demo shelter is flagged.
  await province.click('#main-nav >> text=Lembaga Mitra');
  await province.fill('input[type=search]', 'BDL');
  const row = province.locator('table.list tbody tr[data-code="LKS-MENTARI-BDL"]');
  await row.locator('[data-registration="registered"]').waitFor();
  await province.locator('tr[data-code="RS-CAHAYA-BDL"] [data-registration="expired"]').waitFor();
  await province.close();
});
