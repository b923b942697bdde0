// Fails the build when the Indonesian and English dictionaries do not have the same keys.
import { readFileSync } from 'node:fs';

const load = (lang) => JSON.parse(readFileSync(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
const keys = (o, prefix = '') =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
const id = new Set(keys(load('id')));
const en = new Set(keys(load('en')));
const missing = [...[...id].filter((k) => !en.has(k)).map((k) => `en lacks ${k}`), ...[...en].filter((k) => !id.has(k)).map((k) => `id lacks ${k}`)];
if (missing.length) {
  console.error(`i18n dictionaries differ:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
