// Graceful shutdown: on SIGTERM the server stops accepting, finishes the requests it has, closes
// idle connections and exits 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startServer, Client } from '../lib/server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Opens a raw connection; resolves to { socket, response } where response resolves to the whole
// text the server sent before closing.
function rawConnection(url) {
  const { port } = new URL(url);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    const response = new Promise((done) => {
      socket.on('data', (d) => { text += d.toString('latin1'); });
      socket.on('close', () => done(text));
      socket.on('error', () => done(text));
    });
    socket.once('connect', () => ok({ socket, response }));
    socket.once('error', fail);
  });
}

test('SIGTERM lets an in-flight request finish, then the server exits 0', async () => {
  const server = await startServer({ template: true });
  try {
    // A login hashes a password, which takes a noticeable moment: measure it, then send the
    // signal about halfway through a second one, when the request is surely being worked on.
    const t0 = performance.now();
    assert.equal((await new Client(server.url).login('supervisor', server.credentials.supervisor.password)).status, 200);
    const loginMs = performance.now() - t0;
    const inflight = new Client(server.url).login('supervisor', server.credentials.supervisor.password);
    await sleep(Math.max(15, loginMs * 0.4));
    server.child.kill('SIGTERM');
    const r = await inflight;
    assert.equal(r.status, 200);
    assert.equal(r.json.user.username, 'supervisor');
    const { code, signal } = await server.exited;
    assert.equal(signal, null);
    assert.equal(code, 0, server.logs.join('').slice(-2000));
    // New connections are refused once it is gone.
    await assert.rejects(fetch(`${server.url}/api/v1/health`));
  } finally {
    server.child.kill('SIGKILL');
  }
});

test('idle keep-alive connections are closed at SIGTERM and do not hold up the exit', async () => {
  const server = await startServer({ template: true });
  try {
    const idle = await rawConnection(server.url);
    idle.socket.write('GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const silent = await rawConnection(server.url); // connected, never sends a byte
    await sleep(200);
    const started = Date.now();
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    assert.equal(code, 0);
    assert.ok(Date.now() - started < 5000, `idle connections are closed, not waited for (${Date.now() - started} ms)`);
    assert.match(await idle.response, /^HTTP\/1\.1 200 /, 'the idle connection got its one answer');
    assert.equal(await silent.response, '');
  } finally {
    server.child.kill('SIGKILL');
  }
});

test('a request whose body is still arriving when SIGTERM comes is answered', async () => {
  const server = await startServer({ template: true });
  try {
    const c = new Client(server.url);
    await c.login('admin', server.credentials.admin.password);
    // The headers have arrived; the body is on its way (a slow phone upload).
    const body = JSON.stringify({ language: 'en' });
    const slow = await rawConnection(server.url);
    slow.socket.write(`PATCH /api/v1/session/preferences HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`
      + `Cookie: ${c.cookie}\r\nX-CSRF-Token: ${c.csrf}\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
    await sleep(200);
    server.child.kill('SIGTERM');
    await sleep(300);
    slow.socket.write(body.slice(5));
    const answer = await slow.response;
    assert.match(answer, /^HTTP\/1\.1 200 /, `PATCH /api/v1/session/preferences in progress at SIGTERM: expected 200, got ${JSON.stringify(answer.slice(0, 100))}`);
    assert.match(answer, /"language":"en"/);
    const { code } = await server.exited;
    assert.equal(code, 0);
  } finally {
    server.child.kill('SIGKILL');
  }
});
