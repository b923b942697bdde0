// Optional e-mail of notifications: a user gives an address, `mitra notify` (or `serve --smtp`)
// sends them one message with what is due, through a real SMTP server on loopback; each item goes
// out once, and a refused message is tried again on the next pass.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startServer, signedIn, bin } from '../lib/server.mjs';
import { startSmtpSink, parseMessage, selfSignedCertificate } from '../lib/smtp-sink.mjs';

const exec = promisify(execFile);
let server, sink;

before(async () => {
  server = await startServer({ template: true });
  sink = await startSmtpSink({ tls: selfSignedCertificate() });
});
after(async () => { await server?.stop(); await sink?.close(); });

// Runs one mailer pass; resolves with { code, stdout }.
async function notify(smtp, env = {}) {
  try {
    const { stdout } = await exec(bin, ['notify', '--db', server.db.url, '--smtp', smtp,
      '--mail-from', 'mitra Dinsos <noreply@dinsos.test.go.id>', '--base-url', 'https://mitra.test.go.id'],
    { env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (e) {
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('an address is checked, kept per user and its change audited without the address', async () => {
  const c = await signedIn(server, 'smg_supervisor');
  assert.deepEqual((await c.get('/api/v1/session/email')).json, { address: '', enabled: false });
  let r = await c.put('/api/v1/session/email', { address: 'kabid rehsos@dinsos', enabled: true });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'address');
  assert.match(r.json.error.message, /surel/i);
  r = await c.put('/api/v1/session/email', { address: '', enabled: true });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'address');
  r = await c.put('/api/v1/session/email', { address: 'x@dinsos.test.go.id\r\nBcc: y@z.id', enabled: true });
  assert.equal(r.status, 400);
  r = await c.put('/api/v1/session/email', { address: 'kabid.rehsos@dinsos.test.go.id', enabled: true });
  assert.equal(r.status, 200);
  assert.deepEqual((await c.get('/api/v1/session/email')).json, { address: 'kabid.rehsos@dinsos.test.go.id', enabled: true });
  // Another user sees their own (empty) preference, not this one.
  const other = await signedIn(server, 'dki_supervisor');
  assert.deepEqual((await other.get('/api/v1/session/email')).json, { address: '', enabled: false });

  const auditor = await signedIn(server, 'auditor');
  const audit = await auditor.get('/api/v1/audit?action=user.email_preference&limit=10');
  assert.equal(audit.status, 200);
  assert.ok(audit.json.items.length >= 1);
  assert.ok(!audit.text.includes('kabid.rehsos@'), 'the audit log does not hold the address');
});

test('a refused message is not marked sent; the next pass sends every due item once, with AUTH PLAIN', async () => {
  const c = await signedIn(server, 'smg_supervisor');
  const due = (await c.get('/api/v1/notifications?limit=200')).json.items.filter((i) => !i.read);
  assert.ok(due.length > 0, 'the Semarang supervisor has due items in the demo');

  sink.reject = true;
  let r = await notify(`smtp://mitra:rahasia-smtp@127.0.0.1:${sink.port}`);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /0 messages with 0 items sent, 1 failed/);
  assert.equal(sink.messages.length, 0);

  sink.reject = false;
  r = await notify(`smtp://mitra:rahasia-smtp@127.0.0.1:${sink.port}`);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`1 messages with ${due.length} items sent, 0 failed`));
  assert.equal(sink.messages.length, 1);
  assert.deepEqual(sink.logins.at(-1), { user: 'mitra', pass: 'rahasia-smtp' });
  const [m] = sink.messages;
  assert.deepEqual(m.to, ['kabid.rehsos@dinsos.test.go.id']);
  assert.equal(m.from, 'noreply@dinsos.test.go.id');
  assert.equal(m.secure, false);
  const { headers, body } = parseMessage(m.data);
  assert.equal(headers.subject, `mitra: ${due.length} hal perlu perhatian`);
  assert.equal(headers['content-type'], 'text/plain; charset=UTF-8');
  for (const item of due) {
    assert.ok(body.includes(item.title), `the message names "${item.title}"`);
    if (item.link) assert.ok(body.includes(`https://mitra.test.go.id${item.link}`));
  }

  // Nothing new: the next pass sends nothing.
  r = await notify(`smtp://mitra:rahasia-smtp@127.0.0.1:${sink.port}`);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /0 messages with 0 items sent, 0 failed/);
  assert.equal(sink.messages.length, 1);
});

test('STARTTLS is used when asked, and the server certificate is checked', async () => {
  const c = await signedIn(server, 'dki_supervisor');
  const due = (await c.get('/api/v1/notifications?limit=200')).json.items.filter((i) => !i.read);
  assert.ok(due.length > 0, 'the DKI supervisor has due items in the demo');
  assert.equal((await c.put('/api/v1/session/email', { address: 'supervisor@dinsos.jakarta.test', enabled: true })).status, 200);
  const url = `smtp://127.0.0.1:${sink.port}?starttls=1`;

  // Without trusting the sink's self-signed certificate, the handshake fails and nothing is sent.
  let r = await notify(url, { SSL_CERT_FILE: '/nonexistent' });
  assert.equal(r.code, 1);
  assert.equal(sink.messages.length, 1);

  r = await notify(url, { SSL_CERT_FILE: sink.certificateFile });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`1 messages with ${due.length} items sent`));
  const m = sink.messages.at(-1);
  assert.deepEqual(m.to, ['supervisor@dinsos.jakarta.test']);
  assert.equal(m.secure, true);
});

test('turning e-mail off stops it; bad --smtp is refused before anything runs', async () => {
  const c = await signedIn(server, 'dki_supervisor');
  assert.equal((await c.put('/api/v1/session/email', { address: 'supervisor@dinsos.jakarta.test', enabled: false })).status, 200);
  const r = await notify(`smtp://127.0.0.1:${sink.port}`);
  assert.match(r.stdout, /1 users asked for e-mail/); // only the Semarang supervisor now
  const bad = await notify('http://127.0.0.1:25');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /smtp:\/\/ or smtps:\/\//);
});

test('serve --smtp e-mails on its own every --mail-interval seconds', async () => {
  const own = await startSmtpSink();
  // A second server on its own copy of the demo database, with the mailer on.
  const mailing = await startServer({ template: true, extraArgs: ['--smtp', `smtp://127.0.0.1:${own.port}`, '--mail-interval', '1'] });
  try {
    const c = await signedIn(mailing, 'smg_supervisor');
    const due = (await c.get('/api/v1/notifications?limit=200')).json.items.filter((i) => !i.read);
    assert.ok(due.length > 0, 'the Semarang supervisor has due items in the demo');
    assert.equal((await c.put('/api/v1/session/email', { address: 'sekretariat@dinsos.semarang.test', enabled: true })).status, 200);
    for (let i = 0; i < 100 && own.messages.length === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
    assert.equal(own.messages.length, 1);
    assert.deepEqual(own.messages[0].to, ['sekretariat@dinsos.semarang.test']);
    assert.match(parseMessage(own.messages[0].data).body, new RegExp(due[0].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  } finally {
    await mailing.stop();
    await own.close();
  }
});
