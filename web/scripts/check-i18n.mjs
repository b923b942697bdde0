// Fails the build when the Indonesian and English dictionaries do not have the same keys: the
// shared ones in src/i18n and each feature's own in src/features/<name>/i18n.
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);
const load = (path) => JSON.parse(readFileSync(new URL(path, src), 'utf8'));
const keys = (o, prefix = '') =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

const pairs = [['i18n/id.json', 'i18n/en.json']];
for (const feature of readdirSync(new URL('features/', src))) {
  const dir = `features/${feature}/i18n/`;
  if (existsSync(new URL(dir, src))) pairs.push([`${dir}id.json`, `${dir}en.json`]);
}
const missing = [];
const seen = new Map();
for (const [idPath, enPath] of pairs) {
  const idWords = load(idPath);
  const id = new Set(keys(idWords));
  const en = new Set(keys(load(enPath)));
  missing.push(...[...id].filter((k) => !en.has(k)).map((k) => `${enPath} lacks ${k}`));
  missing.push(...[...en].filter((k) => !id.has(k)).map((k) => `${idPath} lacks ${k}`));
  for (const top of Object.keys(idWords)) {
    if (seen.has(top)) missing.push(`${idPath} and ${seen.get(top)} both define "${top}"`);
    seen.set(top, idPath);
  }
}
if (missing.length) {
  console.error(`i18n dictionaries differ:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
