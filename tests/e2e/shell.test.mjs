// The web app in a real browser, on a desktop and on a 360-pixel phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, login, screenshots, viewports } from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const [name, viewport] of Object.entries(viewports)) {
  test(`${name}: a wrong password shows the error, the right one opens the app in Indonesian`, async () => {
    const page = await browser.newPage({ viewport });
    await login(page, server.url, 'admin', 'bukan-kata-sandinya');
    await page.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await page.screenshot({ path: join(screenshots, `${name}-login-error.png`) });
    await page.fill('#password', server.credentials.admin.password);
    await page.click('button[type=submit]');
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'id');
    await page.screenshot({ path: join(screenshots, `${name}-home.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
    await page.close();
  });

  test(`${name}: the organisations page lists the demo organisations and searches`, async () => {
    const page = await browser.newPage({ viewport });
    await login(page, server.url, 'social_worker', server.credentials.social_worker.password);
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
    if (name === 'phone') {
      assert.equal(await page.locator('#main-nav').isVisible(), false, 'the phone hides the nav behind the menu');
      await page.click('.menu-button');
    }
    await page.click('#main-nav >> text=Lembaga Mitra');
    const rows = page.locator('table.list tbody tr');
    await rows.filter({ hasText: 'DINSOS-MKS' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/lembaga');
    assert.match(await rows.filter({ hasText: 'DINSOS-MKS' }).innerText(), /Dinas Sosial Kota Makassar/);
    assert.ok((await rows.count()) >= 20, 'the demo directory is listed');
    await page.fill('input[type=search]', 'amanah');
    await page.waitForFunction(() => document.querySelectorAll('table.list tbody tr').length === 1);
    assert.ok(await rows.filter({ hasText: 'LKS Amanah Bunda' }).isVisible());
    await page.screenshot({ path: join(screenshots, `${name}-organizations.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
    assert.equal(await page.locator('text=Tambah lembaga').count(), 0, 'only admins may add organisations');
    await page.close();
  });
}

test('switching to English changes the text, and the choice survives a reload', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'supervisor', server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.lang-switch >> text=EN');
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  assert.ok(await page.locator('#main-nav').getByRole('link', { name: 'Partner organisations' }).isVisible());
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.reload();
  await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  await page.screenshot({ path: join(screenshots, 'desktop-english.png') });
  await page.click('.lang-switch >> text=ID');
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.close();
});

test('the navigation follows the role: analysts see no user or audit pages', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'analyst', server.credentials.analyst.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  const nav = await page.locator('#main-nav').innerText();
  assert.ok(nav.includes('Lembaga Mitra'));
  assert.ok(!nav.includes('Pengguna'));
  assert.ok(!nav.includes('Log Audit'));
  await page.goto(`${server.url}/pengguna`);
  await page.getByRole('heading', { name: 'Tidak berwenang' }).waitFor();
  await page.close();
});

test('an admin adds an organisation with the region picker, then a user who can log in', async () => {
  const page = await browser.newPage({ viewport: viewports.desktop });
  await login(page, server.url, 'admin', server.credentials.admin.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Lembaga Mitra');
  await page.click('text=+ Tambah lembaga');
  await page.fill('#code', 'lks-uji-coba');
  assert.equal(await page.inputValue('#code'), 'LKS-UJI-COBA', 'codes are upper-cased as typed');
  await page.fill('#name', 'LKS Uji Coba');
  await page.selectOption('#type', 'lks');
  await page.selectOption('#region-province', '73');
  await page.locator('#region-regency option[value="73.71"]').waitFor({ state: 'attached' });
  await page.selectOption('#region-regency', '73.71');
  await page.click('button[type=submit]');
  await page.getByRole('heading', { name: 'LKS Uji Coba' }).waitFor();
  assert.ok(await page.getByText('Kota Makassar').first().isVisible());

  await page.click('#main-nav >> text=Pengguna');
  await page.click('text=+ Tambah pengguna');
  await page.fill('#username', 'rina.uji');
  await page.fill('#display_name', 'Rina Uji');
  await page.locator('#organization_id option', { hasText: 'LKS-UJI-COBA' }).waitFor({ state: 'attached' });
  await page.selectOption('#organization_id', { label: 'LKS Uji Coba (LKS-UJI-COBA)' });
  await page.fill('#password', 'pendek');
  await page.click('button[type=submit]');
  await page.getByText('Kata sandi minimal 10 karakter.').waitFor();
  await page.fill('#password', 'rina-rahasia-123');
  await page.click('button[type=submit]');
  await page.getByText('Pengguna rina.uji tersimpan.').waitFor();
  await page.screenshot({ path: join(screenshots, 'desktop-users.png') });
  await page.click('text=Keluar');
  await login(page, server.url, 'rina.uji', 'rina-rahasia-123');
  await page.getByRole('heading', { name: /Selamat datang, Rina Uji/ }).waitFor();
  assert.ok(await page.getByText('LKS Uji Coba').first().isVisible());
  await page.close();
});

test('an auditor reads the audit log of these logins', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await login(page, server.url, 'auditor', server.credentials.auditor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.goto(`${server.url}/audit`);
  await page.getByRole('heading', { name: 'Log Audit' }).waitFor();
  await page.locator('table.list td', { hasText: 'Gagal masuk' }).first().waitFor();
  await page.screenshot({ path: join(screenshots, 'phone-audit.png'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
  await page.close();
});
