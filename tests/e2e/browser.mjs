// Launches Debian's chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, after } from 'node:test';
import { root, startServer } from '../lib/server.mjs';

export const screenshots = join(root, 'build', 'e2e-screenshots');
mkdirSync(screenshots, { recursive: true });

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
};

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function login(page, url, username, password) {
  await page.goto(url);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
}

// Opens a person from the registry by searching for the name: the demo registry holds
// thousands of persons, so a fresh test person is rarely on the first page.
export async function openFromRegistry(page, name) {
  const menu = page.locator('.menu-button');
  if (await menu.isVisible()) await menu.click();
  await page.click('#main-nav >> text=Penerima Manfaat');
  await page.fill('input[type=search]', name);
  await page.click(`table.list >> text=${name}`);
}

// Starts a demo server and the browser before a file's tests and stops both after them:
// `const env = demoAndBrowser();` then `env.server`, `env.browser` inside the tests.
export function demoAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer({ template: true });
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

// Asserts that the page has no horizontal overflow (it fits a 360-pixel phone).
export async function noOverflow(page, what = 'the page') {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${what} does not fit a 360-pixel phone (${overflow}px over)`);
}

// Logs in as a demo user (its password from the server's demo logins) and opens a partnership's
// page from the partnership list by its title.
export async function openPartnership(page, server, username, title) {
  await login(page, server.url, username, server.credentials[username].password);
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  await page.goto(`${server.url}/kemitraan`);
  await page.click(`text=${title}`);
  await page.getByRole('heading', { name: title }).waitFor();
}
