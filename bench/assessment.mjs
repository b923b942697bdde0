// Sequential latencies of GET /api/v1/partnerships/{id}/assessment for the five demo partnerships
// (run by bench/assessment.sh): one year with its 3-period trend, and five years.
//   node bench/assessment.mjs URL CREDENTIALS_FILE [REQUESTS]
import { readFileSync } from 'node:fs';

const [url, credsPath, requestsText = '20'] = process.argv.slice(2);
const requests = Number(requestsText);
const creds = Object.fromEntries(readFileSync(credsPath, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split(' ')).map(([u, p]) => [u, p]));

async function session(username) {
  let cookie = '';
  const call = async (path, body) => {
    const res = await fetch(url + path, {
      method: body ? 'POST' : 'GET',
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = /mitra_session=[^;]*/.exec(set)?.[0] ?? cookie;
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  await call('/api/v1/session', { username, password: creds[username] });
  return call;
}

const cases = [['supervisor', 'RHRB'], ['supervisor', 'RPTC'], ['smg_supervisor', 'Bangjo'],
  ['amanah_worker', 'Amanah Bunda'], ['dki_supervisor', 'DKI Jakarta']];
for (const [user, words] of cases) {
  const call = await session(user);
  const id = (await call('/api/v1/partnerships?limit=100')).items.find((p) => p.title.includes(words)).id;
  for (const q of ['period=2024', 'from=2020&to=2024']) {
    const ms = [];
    let served = 0;
    for (let i = 0; i < requests; i++) {
      const start = process.hrtime.bigint();
      const a = await call(`/api/v1/partnerships/${id}/assessment?${q}`);
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      served = a.indicators.find((x) => x.code === 'people_served').value;
    }
    ms.sort((a, b) => a - b);
    console.log(`${words.padEnd(13)} ${q.padEnd(18)} n=${requests}  p50 ${ms[Math.floor(ms.length / 2)].toFixed(1).padStart(8)} ms  max ${ms[ms.length - 1].toFixed(1).padStart(8)} ms  (people served in the last period: ${served})`);
  }
}
