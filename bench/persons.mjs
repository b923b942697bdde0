// Sequential latencies of the person registry on a large database (run by bench/persons.sh):
// name search with the exact name and with a typo, and the person page. Prints p50/p99 and, for
// the typo search, how often the intended person is on the first page.
//   node bench/persons.mjs URL USERNAME PASSWORD [REQUESTS]
const [url, username, password, requestsText = '500'] = process.argv.slice(2);
const requests = Number(requestsText);

import { signIn, timed } from './client.mjs';

function summary(name, ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  console.log(`${name.padEnd(34)} n=${String(s.length).padStart(4)}  p50 ${at(50).toFixed(2).padStart(7)} ms  p99 ${at(99).toFixed(2).padStart(7)} ms  mean ${mean.toFixed(2).padStart(7)} ms`);
}

// A typo a person makes: drop, double or swap a letter in the longest word (deterministic).
function typo(name, i) {
  const words = name.split(' ');
  let w = 0;
  words.forEach((x, j) => { if (x.length > words[w].length) w = j; });
  const word = words[w];
  const at = 1 + (i % Math.max(1, word.length - 2));
  const kinds = [
    () => word.slice(0, at) + word.slice(at + 1), // dropped letter
    () => word.slice(0, at) + word[at] + word.slice(at), // doubled letter
    () => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2), // swapped letters
  ];
  words[w] = kinds[i % kinds.length]();
  return words.join(' ');
}

const call = await signIn(url, username, password);
// Targets: persons the supervisor may see, from the first pages of the list.
const targets = [];
let cursor = '';
while (targets.length < 400) {
  const page = await call('GET', `/api/v1/persons?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
  targets.push(...page.items);
  if (!page.next_cursor) break;
  cursor = page.next_cursor;
}
if (!targets.length) throw new Error('the supervisor sees no persons');
// Spread the picks over the list (it is sorted by name).
const pick = (i) => targets[(i * 7919) % targets.length];

const exact = [], typed = [], pages = [];
let exactFound = 0, typoFound = 0, typoResults = 0;
for (let i = 0; i < requests; i++) {
  const p = pick(i);
  const [ms, r] = await timed(() => call('GET', `/api/v1/persons?q=${encodeURIComponent(p.full_name)}&limit=50`));
  exact.push(ms);
  if (r.items.some((x) => x.full_name === p.full_name)) exactFound++;
}
for (let i = 0; i < requests; i++) {
  const p = pick(i);
  const [ms, r] = await timed(() => call('GET', `/api/v1/persons?q=${encodeURIComponent(typo(p.full_name, i))}&limit=50`));
  typed.push(ms);
  typoResults += r.items.length;
  if (r.items.some((x) => x.full_name === p.full_name)) typoFound++;
}
for (let i = 0; i < requests; i++) {
  const p = pick(i);
  const [ms] = await timed(() => call('GET', `/api/v1/persons/${p.id}`));
  pages.push(ms);
}
summary('name search, exact (?q=full name)', exact);
summary('name search, one typo', typed);
summary('person page (GET /persons/{id})', pages);
console.log(`exact name on the first page: ${exactFound}/${requests}; with a typo: ${typoFound}/${requests} (mean ${(typoResults / requests).toFixed(1)} results)`);
