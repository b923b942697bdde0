// Assistance requests and needs in the browser: a partner (Rumah Pintar Bangjo) writes a
// letter with an items table on a phone, Dinsos Semarang sees it in its inbox with the deadline,
// approves it in part and opens the reply letter; DKI publishes a need, a CSR forum pledges and
// the public page shows the fulfilment without a login.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { launch, login as openSession, noOverflow, screenshots, viewports } from './browser.mjs';

// Signs in and waits for the signed-in frame, so that the next navigation carries the session.
async function login(page, url, username, pw) {
  await openSession(page, url, username, pw);
  await page.locator('.topbar').waitFor();
}

let server, browser;
const users = [
  ['rina.bangjo', 'RUMPIN-BANGJO', 'partner_manager'],
  ['joko.smg', 'DINSOS-SMG', 'supervisor'],
  ['maya.dki', 'DINSOS-DKI', 'supervisor'],
  ['budi.csr', 'CSR-DKI', 'partner_manager'],
];
const password = (u) => `${u}-rahasia-123`;

before(async () => {
  server = await startServer({ template: true });
  browser = await launch();
  const admin = new Client(server.url);
  await admin.login('admin', server.credentials.admin.password);
  const orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  for (const [username, org, role] of users) {
    const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: orgs[org].id, roles: [role], password: password(username) });
    assert.equal(r.status, 201, JSON.stringify(r.json));
  }
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a partner submits an assistance request and the Dinsos answers it', async () => {
  const partner = await browser.newPage({ viewport: viewports.phone });
  await login(partner, server.url, 'rina.bangjo', password('rina.bangjo'));
  await partner.goto(`${server.url}/permohonan-bantuan/baru`);
  await partner.waitForFunction(() => document.querySelectorAll('#responder_id option').length > 2);
  const smg = await partner.locator('#responder_id option', { hasText: 'Dinas Sosial Kota Semarang' }).getAttribute('value');
  await partner.selectOption('#responder_id', smg);
  await partner.fill('#title', 'Permohonan konsumsi belajar bersama');
  await partner.fill('#letter_number', '012/RPB/XI/2026');
  await partner.fill('#activity_name', 'Belajar bersama akhir bulan');
  await partner.fill('#beneficiaries', '40');
  await partner.fill('#item-0-description', 'Nasi kotak');
  await partner.fill('#item-0-quantity', '40');
  await partner.fill('#item-0-unit', 'porsi');
  await partner.fill('#item-0-value', '600000');
  await partner.click('text=Tambah baris');
  await partner.fill('#item-1-description', 'Air mineral');
  await partner.fill('#item-1-quantity', '40');
  await partner.fill('#item-1-unit', 'botol');
  await noOverflow(partner, 'the request form');
  await partner.screenshot({ path: join(screenshots, 'request-form-phone.png'), fullPage: true });
  await partner.click('button:has-text("Kirim permohonan")');
  await partner.locator('[data-testid=reply-due]').waitFor();
  assert.match(await partner.locator('[data-testid=reply-due]').innerText(), /5 hari kerja/);
  assert.match(await partner.locator('[data-testid=request-timeline]').innerText(), /Diajukan/);
  const url = partner.url();

  const dinsos = await browser.newPage({ viewport: viewports.desktop });
  await login(dinsos, server.url, 'joko.smg', password('joko.smg'));
  await dinsos.goto(`${server.url}/permohonan-bantuan`);
  await dinsos.locator('[data-testid=requests-list] >> text=Permohonan konsumsi belajar bersama').click();
  const form = dinsos.locator('[data-testid=decision-form]');
  await form.locator('text=Mulai tinjau').click();
  await dinsos.locator('[data-testid=request-timeline] >> text=Mulai ditinjau').waitFor();
  await form.locator('#approved-1').fill('0');
  await form.locator('#note').fill('Air mineral disediakan oleh lembaga.');
  await form.locator('button:has-text("Setujui")').click();
  await dinsos.locator('.badge', { hasText: 'Disetujui (sebagian)' }).waitFor();
  const items = await dinsos.locator('[data-testid=request-items]').innerText();
  assert.match(items, /40 porsi/);
  assert.match(items, /0 botol/);
  const href = await dinsos.locator('[data-testid=letter-link]').getAttribute('href');
  const pdf = await dinsos.evaluate(async (h) => (await (await fetch(h)).text()).slice(0, 5), href);
  assert.equal(pdf, '%PDF-');

  // The partner sees the decision and records the delivery.
  await partner.goto(url);
  await partner.click('button:has-text("Catat bantuan diterima")');
  await partner.locator('.badge', { hasText: 'Selesai' }).waitFor();
  assert.match(await partner.locator('[data-testid=request-timeline]').innerText(), /Bantuan diterima/);
  await noOverflow(partner, 'the request page');
  await partner.screenshot({ path: join(screenshots, 'request-page-phone.png'), fullPage: true });
});

test('a need is published and pledged, and the public page shows it without a login', async () => {
  const dki = await browser.newPage({ viewport: viewports.desktop });
  await login(dki, server.url, 'maya.dki', password('maya.dki'));
  await dki.goto(`${server.url}/kebutuhan-mitra`);
  await dki.click('button:has-text("Publikasikan kebutuhan")');
  const form = dki.locator('[data-testid=publish-need]');
  await form.locator('#need-title').fill('Kursi roda anak untuk Kecamatan Matraman');
  await form.locator('#need-item').fill('Kursi roda anak');
  await form.locator('#need-quantity').fill('12');
  await form.locator('#need-unit').fill('unit');
  await form.locator('#need-region').fill('31.75.01');
  await form.locator('button:has-text("Publikasikan")').click();
  await dki.locator('[data-testid=need-card]', { hasText: 'Kecamatan Matraman' }).waitFor();

  const csr = await browser.newPage({ viewport: viewports.phone });
  await login(csr, server.url, 'budi.csr', password('budi.csr'));
  await csr.goto(`${server.url}/kebutuhan-mitra`);
  const card = csr.locator('[data-testid=need-card]', { hasText: 'Kecamatan Matraman' });
  await card.locator('input[type=number]').fill('20');
  await card.locator('button:has-text("Janjikan bantuan")').click();
  await card.locator('.field-error').waitFor();
  assert.match(await card.locator('.field-error').innerText(), /sisa kebutuhan/);
  await card.locator('input[type=number]').fill('8');
  await card.locator('button:has-text("Janjikan bantuan")').click();
  await card.locator('[data-testid=pledges] >> text=Forum CSR Kesejahteraan Sosial DKI Jakarta').waitFor();
  assert.match(await card.locator('[data-testid=fulfilment]').innerText(), /8 dijanjikan dari 12 unit/);
  await noOverflow(csr, 'the needs board');
  await csr.screenshot({ path: join(screenshots, 'needs-board-phone.png'), fullPage: true });

  const visitor = await browser.newPage({ viewport: viewports.phone });
  await visitor.goto(`${server.url}/kebutuhan`);
  const pub = visitor.locator('[data-testid=public-need]', { hasText: 'Kecamatan Matraman' });
  await pub.waitFor();
  assert.match(await pub.innerText(), /8 dijanjikan dari 12 unit/);
  assert.doesNotMatch(await visitor.locator('body').innerText(), /Forum CSR/, 'pledgers are not shown to the public');
  await noOverflow(visitor, 'the public needs page');
});
