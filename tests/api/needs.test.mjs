// Published needs and pledges (seed 004: a published need draws quick help): publishing,
// pledges from a business and an LKS, over-fulfilment refused, delivery fulfils the need,
// cancellation, who responded how fast, and the public board without login or internal fields.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signedIn, newUserSignedIn } from '../lib/server.mjs';

let server, admin, dki, csr, lksa, worker, orgs, dkiPartnership;

const addUser = (username, org, role) => newUserSignedIn(server, admin, username, orgs[org].id, role);

const wheelchairs = (extra = {}) => ({
  title: 'Kursi roda anak untuk Kecamatan Cakung',
  description: 'Kursi roda ukuran anak untuk anak dengan disabilitas yang didampingi LKSA.',
  item: 'Kursi roda anak',
  quantity: 30,
  unit: 'unit',
  region_code: '31.75.06',
  pmks_category: 'anak_disabilitas',
  needed_by: '2027-01-31',
  public: true,
  partnership_id: dkiPartnership,
  ...extra,
});

before(async () => {
  server = await startServer({ template: true });
  admin = await signedIn(server, 'admin');
  orgs = Object.fromEntries((await admin.get('/api/v1/organizations?limit=200')).json.items.map((o) => [o.code, o]));
  dki = await addUser('maya.dki', 'DINSOS-DKI', 'supervisor');
  csr = await addUser('budi.csr', 'CSR-DKI', 'partner_manager');
  lksa = await addUser('wati.lksa', 'LKSA-KASIH-DKI', 'partner_manager');
  worker = await addUser('eko.lksa', 'LKSA-KASIH-DKI', 'social_worker');
  // A need names a partnership its publisher sees: the demo's DKI partnership.
  dkiPartnership = (await dki.get('/api/v1/partnerships?limit=100')).json.items.find((p) => p.title.includes('DKI Jakarta')).id;
});

after(() => server?.stop());

test('a need is published, pledged by a business and an LKS, and fulfilled by deliveries', async () => {
  const n = await dki.post('/api/v1/needs', wheelchairs());
  assert.equal(n.status, 201, JSON.stringify(n.json));
  assert.equal(n.json.status, 'open');
  assert.equal(n.json.publisher.code, 'DINSOS-DKI');
  assert.ok(n.json.region_name);
  assert.deepEqual(n.json.fulfilment, { needed: 30, promised: 0, delivered: 0, remaining: 30, met: false });
  const id = n.json.id;

  assert.equal((await dki.post('/api/v1/pledges', { need_id: id, quantity: 5 })).status, 403, 'not to one\'s own need');
  assert.equal((await worker.post('/api/v1/pledges', { need_id: id, quantity: 5 })).status, 403, 'managers pledge');
  const first = await csr.post('/api/v1/pledges', { need_id: id, quantity: 20, note: 'Dari program CSR' });
  assert.equal(first.status, 201, JSON.stringify(first.json));
  assert.equal(first.json.fulfilment.promised, 20);
  assert.equal(first.json.fulfilment.remaining, 10);
  const over = await lksa.post('/api/v1/pledges', { need_id: id, quantity: 15 });
  assert.equal(over.status, 409, 'more than what remains');
  assert.equal(over.json.error.field, 'quantity');
  assert.match(over.json.error.message, /\(10\)/);
  const zero = await lksa.post('/api/v1/pledges', { need_id: id, quantity: 0 });
  assert.equal(zero.status, 400);
  assert.equal(zero.json.error.field, 'quantity');
  const second = await lksa.post('/api/v1/pledges', { need_id: id, quantity: 10 });
  assert.equal(second.status, 201);
  assert.equal(second.json.fulfilment.remaining, 0);

  // Who responded and how fast.
  const detail = await lksa.get(`/api/v1/needs/${id}`);
  assert.deepEqual(detail.json.pledges.map((p) => p.organization.code), ['CSR-DKI', 'LKSA-KASIH-DKI']);
  for (const p of detail.json.pledges) {
    assert.equal(typeof p.minutes_after_publication, 'number');
    assert.ok(p.minutes_after_publication >= 0 && p.minutes_after_publication < 10);
  }
  assert.equal(detail.json.first_response_minutes, detail.json.pledges[0].minutes_after_publication);
  assert.equal(detail.json.pledge_count, 2);

  const [p1, p2] = detail.json.pledges.map((p) => p.id);
  assert.equal((await csr.patch(`/api/v1/pledges/${p1}`, { status: 'delivered' })).status, 403, 'the publisher confirms receipt');
  assert.equal((await dki.patch(`/api/v1/pledges/${p1}`, { status: 'pledged' })).status, 400);
  const d1 = await dki.patch(`/api/v1/pledges/${p1}`, { status: 'delivered' });
  assert.equal(d1.status, 200, JSON.stringify(d1.json));
  assert.equal(d1.json.status, 'open');
  assert.equal(d1.json.fulfilment.delivered, 20);
  const d2 = await dki.patch(`/api/v1/pledges/${p2}`, { status: 'delivered' });
  assert.equal(d2.json.status, 'fulfilled', 'closed when met');
  assert.ok(d2.json.closed_at);
  assert.equal(d2.json.fulfilment.met, true);
  assert.equal((await dki.patch(`/api/v1/pledges/${p2}`, { status: 'cancelled' })).status, 409);
  const late = await lksa.post('/api/v1/pledges', { need_id: id, quantity: 1 });
  assert.equal(late.status, 409, 'a fulfilled need takes no more pledges');

  const mine = await csr.get('/api/v1/pledges');
  assert.ok(mine.json.items.some((p) => p.id === p1 && p.need_title === wheelchairs().title && p.status === 'delivered'));
});

test('a cancelled pledge frees its quantity; a need is closed with a reason by its publisher only', async () => {
  const n = (await dki.post('/api/v1/needs', wheelchairs({ title: 'Alat bantu dengar', item: 'Alat bantu dengar', quantity: 4, public: false }))).json;
  const p = await csr.post('/api/v1/pledges', { need_id: n.id, quantity: 4 });
  assert.equal(p.json.fulfilment.remaining, 0);
  const pledgeId = p.json.pledges[0].id;
  assert.equal((await lksa.patch(`/api/v1/pledges/${pledgeId}`, { status: 'cancelled' })).status, 403);
  const c = await csr.patch(`/api/v1/pledges/${pledgeId}`, { status: 'cancelled' });
  assert.equal(c.status, 200);
  assert.equal(c.json.fulfilment.remaining, 4);
  assert.equal(c.json.pledges[0].status, 'cancelled');
  assert.equal((await csr.post(`/api/v1/needs/${n.id}/close`, { reason: 'x' })).status, 403);
  const noReason = await dki.post(`/api/v1/needs/${n.id}/close`, {});
  assert.equal(noReason.status, 400);
  assert.equal(noReason.json.error.field, 'reason');
  const closed = await dki.post(`/api/v1/needs/${n.id}/close`, { reason: 'Sudah dipenuhi APBD' });
  assert.equal(closed.json.status, 'closed');
  assert.equal((await lksa.post('/api/v1/pledges', { need_id: n.id, quantity: 1 })).status, 409);
});

test('bad needs are refused naming the field', async () => {
  for (const [extra, field] of [[{ quantity: 0 }, 'quantity'], [{ title: '' }, 'title'], [{ region_code: '99.99' }, 'region_code'],
    [{ needed_by: 'besok' }, 'needed_by'], [{ pmks_category: 'kursi' }, 'pmks_category']]) {
    const r = await dki.post('/api/v1/needs', wheelchairs(extra));
    assert.equal(r.status, 400, `${field}: ${JSON.stringify(r.json)}`);
    assert.equal(r.json.error.field, field);
  }
  assert.equal((await worker.post('/api/v1/needs', wheelchairs())).status, 403);
});

test('every partner sees the board; the public sees public needs only, with no internal or personal fields', async () => {
  const hidden = (await dki.post('/api/v1/needs', wheelchairs({ title: 'Kebutuhan internal', public: false }))).json;
  const shown = (await dki.post('/api/v1/needs', wheelchairs({ title: 'Popok dewasa', item: 'Popok dewasa', quantity: 100, unit: 'paket' }))).json;
  await csr.post('/api/v1/pledges', { need_id: shown.id, quantity: 25 });
  const board = await lksa.get('/api/v1/needs?limit=200');
  assert.ok(board.json.items.some((x) => x.id === hidden.id));
  const open = await lksa.get('/api/v1/needs?status=open&limit=200');
  assert.ok(open.json.items.every((x) => x.status === 'open'));
  assert.equal((await lksa.get('/api/v1/needs?status=semua')).status, 400);

  const res = await fetch(`${server.url}/api/v1/public/needs?limit=200`); // no cookie, no token
  assert.equal(res.status, 200);
  const body = await res.json();
  const ids = body.items.map((x) => x.id);
  assert.ok(ids.includes(shown.id));
  assert.ok(!ids.includes(hidden.id), 'private needs stay internal');
  const item = body.items.find((x) => x.id === shown.id);
  assert.deepEqual(Object.keys(item).sort(), ['description', 'fulfilment', 'id', 'item', 'needed_by', 'pledge_count', 'pmks_category',
    'publisher', 'published_at', 'quantity', 'region_code', 'region_name', 'status', 'title', 'unit'].sort());
  assert.deepEqual(Object.keys(item.publisher), ['name']);
  assert.equal(item.fulfilment.promised, 25);
  const text = JSON.stringify(body);
  for (const secret of ['internal-partnership-ref', 'maya.dki', 'budi.csr', 'CSR-DKI', orgs['CSR-DKI'].id])
    assert.ok(!text.includes(secret), `${secret} is not public`);
  // The authenticated list is refused without a login.
  assert.equal((await fetch(`${server.url}/api/v1/needs`)).status, 401);
});
