// A person's photo: uploaded as base64, recognised by its bytes, served only to those who may
// see the person, audited, removable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn } from '../lib/server.mjs';

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
let server, worker, outsider, analyst, auditor, personId;
const as = (username) => signedIn(server, username);

before(async () => {
  server = await startServer({ template: true });
  [worker, outsider, analyst, auditor] = await Promise.all(['social_worker', 'bangjo_worker', 'analyst', 'auditor'].map(as));
  const p = await worker.post('/api/v1/persons', { full_name: 'Fotini Wulandari', sex: 'P', age_years: 30 });
  assert.equal(p.status, 201, JSON.stringify(p.json));
  personId = p.json.id;
});
after(async () => server?.stop());

test('a worker sets the photo and reads it back as the image', async () => {
  const r = await worker.put(`/api/v1/persons/${personId}/photo`, { data: png });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.content_type, 'image/png');
  assert.equal(r.json.bytes, Buffer.from(png, 'base64').length);
  const res = await fetch(`${server.url}/api/v1/persons/${personId}/photo`, { headers: { cookie: worker.cookie } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/png');
  assert.equal(res.headers.get('cache-control'), 'private, no-store');
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), Buffer.from(png, 'base64'));
  const audit = await auditor.get(`/api/v1/audit?action=person_photo.read&entity_id=${personId}`);
  assert.equal(audit.json.items.length, 1);
});

test('only images of at most 512 KiB, recognised by their bytes', async () => {
  const jpegHead = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
  for (const [data, why] of [
    [Buffer.from('GIF89a......').toString('base64'), 'a GIF'],
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64'), 'an SVG'],
    ['this is not base64!', 'not base64'],
    ['', 'empty'],
    [Buffer.concat([jpegHead, Buffer.alloc(600 * 1024)]).toString('base64'), 'too large'],
  ]) {
    const r = await worker.put(`/api/v1/persons/${personId}/photo`, { data });
    assert.equal(r.status, 400, why);
    assert.equal(r.json.error.field, 'data', why);
  }
  const small = Buffer.concat([jpegHead, Buffer.alloc(1000)]).toString('base64');
  assert.equal((await worker.put(`/api/v1/persons/${personId}/photo`, { data: small })).json.content_type, 'image/jpeg');
});

test('others may not see or change it; removing it leaves no photo', async () => {
  assert.equal((await outsider.get(`/api/v1/persons/${personId}/photo`)).status, 404);
  assert.equal((await outsider.put(`/api/v1/persons/${personId}/photo`, { data: png })).status, 404);
  assert.equal((await analyst.get(`/api/v1/persons/${personId}/photo`)).status, 403);
  assert.equal((await worker.delete(`/api/v1/persons/${personId}/photo`)).status, 204);
  assert.equal((await worker.get(`/api/v1/persons/${personId}/photo`)).status, 404);
  assert.equal((await worker.delete(`/api/v1/persons/${personId}/photo`)).status, 404);
});
