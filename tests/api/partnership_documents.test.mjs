// Documents of a partnership and of what hangs on it: a signed agreement, an LPJ, a request letter.
// Whoever sees the partnership reads them, whoever edits it attaches them; a request letter's
// documents belong to its two organisations only; everyone else gets 404 as if nothing were there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, signedIn } from '../lib/server.mjs';

let server, mks, fps, worker, dki, smg, bangjo, rhrb;
const pdf = (text) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function upload(client, query, bytes) {
  const res = await fetch(`${client.base}/api/v1/documents?${new URLSearchParams(query)}`, {
    method: 'POST', body: bytes,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/pdf' },
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}
async function download(client, id) {
  const res = await fetch(`${client.base}/api/v1/documents/${id}/content`, { headers: { cookie: client.cookie } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

before(async () => {
  server = await startServer({ template: true, extraArgs: ['--files', mkdtempSync(join(tmpdir(), 'mitra-files-'))] });
  [mks, fps, worker, dki, smg, bangjo] = await Promise.all(
    ['supervisor', 'partner_manager', 'social_worker', 'dki_supervisor', 'smg_supervisor', 'bangjo_manager'].map((u) => signedIn(server, u)),
  );
  rhrb = (await mks.get('/api/v1/partnerships?limit=100')).json.items.find((p) => p.title.includes('RHRB'));
  assert.ok(rhrb, 'the demo RHRB partnership');
});
after(async () => { await server?.stop(); });

test('a party edits and attaches a partnership document; the region Dinsos reads it; another region does not see it', async () => {
  const q = { owner_type: 'partnership', owner_id: rhrb.id, kind: 'notulen', title: 'Notulen rakor', file_name: 'notulen.pdf' };
  const up = await upload(fps, q, pdf('notulen rakor RHRB'));
  assert.equal(up.status, 201, JSON.stringify(up.json));
  const got = await download(mks, up.json.id);
  assert.equal(got.status, 200);
  assert.ok(got.bytes.equals(pdf('notulen rakor RHRB')));
  assert.equal((await upload(worker, q, pdf('x'))).status, 403, 'a social worker reads partnerships but does not edit them');
  assert.equal((await upload(dki, q, pdf('x'))).status, 404);
  assert.equal((await download(dki, up.json.id)).status, 404);
  assert.equal((await dki.get(`/api/v1/documents?owner_type=partnership&owner_id=${rhrb.id}`)).status, 404);
});

test("an agreement's signed copy and an LPJ follow their partnership", async () => {
  const agreements = (await mks.get(`/api/v1/agreements?partnership=${rhrb.id}`)).json.items;
  assert.ok(agreements.length > 0, 'the demo RHRB agreements');
  const signed = await upload(mks, { owner_type: 'agreement', owner_id: agreements[0].id, kind: 'pks', file_name: 'pks.pdf' }, pdf('PKS'));
  assert.equal(signed.status, 201, JSON.stringify(signed.json));
  assert.equal((await download(fps, signed.json.id)).status, 200);
  assert.equal((await download(smg, signed.json.id)).status, 404);
  const budget = (await mks.get(`/api/v1/budgets/${rhrb.id}`)).json;
  const lpj = budget?.lpj?.[0];
  assert.ok(lpj, 'the demo RHRB LPJ');
  const up = await upload(fps, { owner_type: 'lpj', owner_id: lpj.id, kind: 'lpj', file_name: 'lpj.pdf' }, pdf('LPJ'));
  assert.equal(up.status, 201, JSON.stringify(up.json));
  assert.equal((await upload(dki, { owner_type: 'lpj', owner_id: lpj.id, kind: 'lpj', file_name: 'lpj.pdf' }, pdf('LPJ'))).status, 404);
  assert.equal((await upload(mks, { owner_type: 'agreement', owner_id: '01900000-0000-7000-8000-000000000000', kind: 'pks' }, pdf('x'))).status, 404);
});

test("a request letter's documents belong to its two organisations only", async () => {
  const letters = (await bangjo.get('/api/v1/assistance-requests?box=outbox&limit=5')).json.items;
  assert.ok(letters.length > 0, 'the demo Semarang letters');
  const q = { owner_type: 'assistance_request', owner_id: letters[0].id, kind: 'surat', file_name: 'surat.pdf' };
  const up = await upload(bangjo, q, pdf('surat permohonan'));
  assert.equal(up.status, 201, JSON.stringify(up.json));
  assert.equal((await download(smg, up.json.id)).status, 200, 'the responder reads the letter');
  assert.equal((await download(mks, up.json.id)).status, 404, 'a Dinsos of another city does not');
  assert.equal((await upload(mks, q, pdf('x'))).status, 404);
});
