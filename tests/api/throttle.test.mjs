// Login throttling: growing delays after repeated failures, with a clear message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let server;
before(async () => { server = await startServer({ template: true }); });
after(async () => { await server?.stop(); });

test('after five failures for a username the next attempts wait, even with the right password', async () => {
  const c = new Client(server.url);
  for (let i = 1; i <= 5; i++) {
    const r = await c.login('auditor', `wrong-password-${i}`);
    assert.equal(r.status, 401, `attempt ${i} is an ordinary failure`);
  }
  const throttled = await c.login('auditor', 'wrong-password-6');
  assert.equal(throttled.status, 429);
  assert.equal(throttled.json.error.code, 'too_many_attempts');
  const wait = Number(throttled.headers.get('retry-after'));
  assert.ok(wait >= 1, 'Retry-After names the seconds to wait');
  assert.equal(throttled.json.error.retry_after, wait);
  assert.match(throttled.json.error.message, /detik/);
  const right = await c.login('auditor', server.credentials.auditor.password);
  assert.equal(right.status, 429, 'the right password is refused while throttled');
  // Another user from the same address is not affected.
  const other = await new Client(server.url).login('supervisor', server.credentials.supervisor.password);
  assert.equal(other.status, 200);
  // After the delay the right password works again.
  await new Promise((r) => setTimeout(r, (wait + 0.2) * 1000));
  const later = await c.login('auditor', server.credentials.auditor.password);
  assert.equal(later.status, 200);
});

test('failed logins are audited without the password', async () => {
  const a = new Client(server.url);
  await a.login('auditor', server.credentials.auditor.password);
  const r = await a.get('/api/v1/audit?action=session.login_failed&limit=50');
  assert.equal(r.status, 200);
  assert.ok(r.json.items.length >= 5);
  assert.equal(r.json.items[0].details.username, 'auditor');
  assert.ok(!JSON.stringify(r.json).includes('wrong-password'), 'passwords never reach the audit log');
});
