// The dashboard in the browser: the head of Dinsos Makassar opens Dasbor, reads the charts with
// their tables, and downloads the yearly PMKS table as xlsx and PDF; on a phone nothing overflows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoAndBrowser, login, screenshots, viewports, noOverflow } from './browser.mjs';

const env = demoAndBrowser();

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

test('desktop: the head of Dinsos opens Dasbor and downloads the yearly table as xlsx and pdf', async () => {
  const page = await env.browser.newPage({ viewport: viewports.desktop, acceptDownloads: true });
  await login(page, env.server.url, 'supervisor', env.server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Dasbor');
  await page.getByRole('heading', { name: 'Dasbor', exact: true }).waitFor();
  await page.selectOption('.dashboard select[name=year]', '2024');
  const pmks = page.locator('[data-statistic=pmks]');
  await pmks.locator('caption', { hasText: 'Tahun 2024' }).waitFor();
  assert.match(await pmks.locator('tfoot').innerText(), /583/);
  assert.equal(await pmks.locator('svg.bar-chart rect').count() > 0, true, 'a chart');
  // Every statistic has its card with a table and the three download buttons.
  for (const name of ['intakes', 'shelter', 'services', 'outcomes', 'referrals', 'assistance', 'agreements', 'budget']) {
    const card = page.locator(`[data-statistic=${name}]`);
    await card.waitFor();
    assert.equal(await card.locator('table').count(), 1, name);
    assert.equal(await card.locator('.export-links a').count(), 3, name);
  }
  // On a desktop every table is read whole, without scrolling sideways: the wide ones (the silo
  // matrix, budget realisation, ...) take the whole row.
  for (const name of ['pmks', 'intakes', 'shelter', 'referrals', 'assistance', 'agreements', 'budget']) {
    const box = page.locator(`[data-statistic=${name}] .table-scroll`);
    const [scroll, client] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    assert.ok(scroll <= client, `${name}: table ${scroll} px wide in ${client} px`);
  }
  await page.screenshot({ path: join(screenshots, 'desktop-dashboard.png'), fullPage: true });

  const xlsx = await downloaded(page, () => pmks.locator('a', { hasText: 'Excel' }).click());
  assert.equal(xlsx.name, 'laporan-pmks-DINSOS-MKS-2024.xlsx');
  assert.ok(xlsx.body.length > 1000);
  assert.equal(xlsx.body.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip (xlsx) file');
  const pdf = await downloaded(page, () => pmks.locator('a', { hasText: 'PDF' }).click());
  assert.equal(pdf.name, 'laporan-pmks-DINSOS-MKS-2024.pdf');
  assert.ok(pdf.body.length > 1000);
  assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.body.toString('latin1'), /\(JUMLAH\) Tj/);
  await page.close();
});

test('desktop: the filters narrow every table and its downloads; masked counts stay visible as <5', async () => {
  const page = await env.browser.newPage({ viewport: viewports.desktop });
  await login(page, env.server.url, 'supervisor', env.server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Dasbor');
  const filters = page.locator('[data-testid=dashboard-filters]');
  await filters.locator('select[name=year]').selectOption('2024');
  const pmks = page.locator('[data-statistic=pmks]');
  await pmks.locator('caption', { hasText: 'Tahun 2024' }).waitFor();
  assert.match(await pmks.locator('tfoot').innerText(), /583/);
  // One organisation of the city: the caption names it, and so does every download.
  // Only the organisations of its own city are offered to Dinsos Makassar.
  assert.equal(await filters.locator('select[name=organization] option[value="CSR-DKI"]').count(), 0);
  assert.equal(await filters.locator('select[name=organization] option[value="LSM-FPS"]').count(), 1);
  await filters.locator('select[name=organization]').selectOption('RPTC-MKS');
  const intakes = page.locator('[data-statistic=intakes]');
  await intakes.locator('caption', { hasText: 'Lembaga UPT Rumah Perlindungan' }).waitFor();
  assert.match(await intakes.locator('tfoot').innerText(), /583/);
  assert.match(await intakes.locator('.export-links a').first().getAttribute('href'), /organization=RPTC-MKS/);
  // Walk-ins only: nobody in the Makassar demo came in that way; the partnership tables, which
  // take no intake source, still load.
  await filters.locator('select[name=source]').selectOption('direct');
  await intakes.locator('caption', { hasText: 'Sumber penjangkauan: datang langsung' }).waitFor();
  assert.doesNotMatch(await intakes.locator('tfoot').innerText(), /583/);
  await page.locator('[data-statistic=budget] table').waitFor();
  assert.equal(await page.locator('.dashboard .alert').count(), 0, 'no table refused the filter');
  // Every intake source again, counts masked for sharing: the small rows read <5, in the chart too.
  await filters.locator('select[name=source]').selectOption('');
  await filters.locator('input[name=suppress]').check();
  await pmks.locator('tbody td', { hasText: '<5' }).first().waitFor();
  assert.ok((await pmks.locator('svg.bar-chart').textContent()).includes('<5'), 'the chart prints <5, not 0');
  assert.match(await pmks.locator('.export-links a').first().getAttribute('href'), /suppress=1/);
  // A district of the city.
  await filters.locator('select[name=region]').selectOption({ label: 'Mariso' });
  await intakes.locator('caption', { hasText: 'Wilayah 73.71.01' }).waitFor();
  await page.close();
});

test('desktop: the yearly PMKS page has a year selector and xlsx and pdf downloads', async () => {
  const page = await env.browser.newPage({ viewport: viewports.desktop, acceptDownloads: true });
  await login(page, env.server.url, 'supervisor', env.server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('#main-nav >> text=Laporan PMKS');
  await page.selectOption('select[name=year]', '2023');
  await page.locator('table.report tfoot', { hasText: '761' }).waitFor();
  const xlsx = await downloaded(page, () => page.click('a:has-text("Excel")'));
  assert.equal(xlsx.name, 'laporan-pmks-DINSOS-MKS-2023.xlsx');
  assert.equal(xlsx.body.subarray(0, 2).toString('latin1'), 'PK');
  const pdf = await downloaded(page, () => page.click('a:has-text("Unduh PDF")'));
  assert.equal(pdf.name, 'laporan-pmks-DINSOS-MKS-2023.pdf');
  assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-');
  await page.close();
});

test('phone: the dashboard fits 360 px, in Indonesian and in English', async () => {
  const page = await env.browser.newPage({ viewport: viewports.phone });
  await login(page, env.server.url, 'supervisor', env.server.credentials.supervisor.password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.click('.menu-button');
  await page.click('#main-nav >> text=Dasbor');
  await page.locator('[data-statistic=referrals] table').waitFor();
  await noOverflow(page, 'the dashboard');
  await page.screenshot({ path: join(screenshots, 'phone-dashboard.png'), fullPage: true });
  await page.click('.lang-switch button:has-text("EN")');
  await page.getByRole('heading', { name: 'Dashboard', exact: true }).waitFor();
  // The tables are fetched again in English: headings, months, labels and the downloads.
  const intakes = page.locator('[data-statistic=intakes]');
  await intakes.locator('caption', { hasText: 'New Cases per Month' }).waitFor();
  const months = await intakes.locator('tbody').innerText();
  assert.match(months, /(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
  assert.doesNotMatch(months, /Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember/);
  assert.match(await intakes.locator('tfoot').innerText(), /TOTAL/);
  const outcomes = await page.locator('[data-statistic=outcomes] tbody').innerText();
  assert.match(outcomes, /Back on the street within 6 months/);
  assert.doesNotMatch(outcomes, /Kembali ke jalan/);
  assert.match(await intakes.locator('.export-links a').first().getAttribute('href'), /lang=en/);
  await noOverflow(page, 'the dashboard in English');
  await page.screenshot({ path: join(screenshots, 'phone-dashboard-en.png'), fullPage: true });
  await page.close();
});
