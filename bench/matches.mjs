// Registration-time duplicate check on a large database: POST /api/v1/persons/matches (the
// linkage engine's in-memory index) with a persons' name misspelt, its birth date and mother.
// The first request builds the index from the person table (timed apart); then p50/p95/p99 of
// REQUESTS sequential requests, and how often the intended person is among the hits.
//   node bench/matches.mjs URL USERNAME PASSWORD [REQUESTS]
const [url, username, password, requestsText = '500'] = process.argv.slice(2);
const requests = Number(requestsText);

import { signIn, timed } from './client.mjs';

const misspell = (name, i) => {
  const words = name.split(' ');
  const w = i % words.length;
  const word = words[w];
  if (word.length > 3) words[w] = word.slice(0, 2) + word.slice(3); // a dropped letter
  return words.join(' ');
};

const call = await signIn(url, username, password);
const targets = [];
let cursor = '';
while (targets.length < 1000) {
  const page = await call('GET', `/api/v1/persons?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
  targets.push(...page.items);
  if (!page.next_cursor) break;
  cursor = page.next_cursor;
}
const pick = (i) => targets[(i * 7919) % targets.length];
const body = (p, i) => ({ full_name: misspell(p.full_name, i), birth_date: p.birth_date ?? undefined });

const [first] = await timed(() => call('POST', '/api/v1/persons/matches', body(pick(0), 0)));
console.log(`first request (builds the index): ${(first / 1000).toFixed(1)} s`);
const ms = [];
let found = 0, hits = 0;
for (let i = 1; i <= requests; i++) {
  const p = pick(i);
  const [t, r] = await timed(() => call('POST', '/api/v1/persons/matches', body(p, i)));
  ms.push(t);
  hits += r.items.length;
  if (r.items.some((c) => c.person_id === p.id)) found++;
}
ms.sort((a, b) => a - b);
const at = (q) => ms[Math.min(ms.length - 1, Math.floor((q / 100) * ms.length))];
console.log(`POST /persons/matches n=${ms.length}  p50 ${at(50).toFixed(1)} ms  p95 ${at(95).toFixed(1)} ms  p99 ${at(99).toFixed(1)} ms`);
console.log(`intended person among the hits: ${found}/${requests} (mean ${(hits / requests).toFixed(1)} hits)`);
