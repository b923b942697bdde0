// Starts the real mitra binary for API and browser tests: a fresh database (SQLite file, or a new
// PostgreSQL database when MITRA_TEST_PG is set), migrations, regions, demo data, then `serve` on a
// free loopback port. No mocks: every test talks HTTP to the real server.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = process.env.MITRA_BIN ? resolve(process.env.MITRA_BIN) : join(root, 'build', 'mitra');
export const regionsDir = join(root, 'node_modules', 'idn-area-data', 'data');

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

let dbCounter = 0;
// Returns a database URL for a brand-new, empty database on the engine under test.
export function freshDatabase() {
  const pg = process.env.MITRA_TEST_PG; // e.g. postgresql://postgres@127.0.0.1:54329
  const dir = mkdtempSync(join(tmpdir(), 'mitra-test-'));
  if (!pg) return { url: `sqlite:${join(dir, 'mitra.db')}`, dir, engine: 'sqlite' };
  const name = `mitra_t${process.pid}_${Date.now()}_${dbCounter++}`;
  execFileSync('psql', [`${pg}/postgres`, '-q', '-c', `CREATE DATABASE ${name}`]);
  return { url: `${pg}/${name}`, dir, engine: 'postgresql' };
}

// Parses data/demo-credentials.txt: "username password role organization" per line, # comments.
export function readCredentials(path) {
  const users = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [username, password, role, organization] = line.trim().split(/\s+/);
    users[username] = { username, password, role, organization };
  }
  return users;
}

export function run(args, env = {}) {
  return execFileSync(bin, args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Starts a server with demo data. Returns { url, db, credentials, stop, logs }.
export async function startServer({ demo = true, regions = true, extraArgs = [] } = {}) {
  if (!existsSync(bin)) throw new Error(`mitra binary not found at ${bin}; run make build`);
  const db = freshDatabase();
  run(['migrate', '--db', db.url]);
  if (regions) run(['regions', 'import', '--db', db.url, '--dir', regionsDir]);
  const credentialsPath = join(db.dir, 'demo-credentials.txt');
  if (demo) run(['demo', '--db', db.url, '--credentials', credentialsPath]);
  const port = await freePort();
  const logs = [];
  const child = spawn(bin, ['serve', '--db', db.url, '--listen', `127.0.0.1:${port}`, '--web', join(root, 'web', 'dist'), ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => logs.push(d.toString()));
  child.stderr.on('data', (d) => logs.push(d.toString()));
  const exited = new Promise((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { const r = await fetch(`${url}/api/v1/health`); if (r.ok) break; } catch { /* not up yet */ }
    if (i > 200) { child.kill('SIGKILL'); throw new Error(`server did not start:\n${logs.join('')}`); }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url, db, child, logs, exited,
    credentials: demo ? readCredentials(credentialsPath) : {},
    async stop() { child.kill('SIGTERM'); return exited; },
  };
}

// A small HTTP client that keeps the session cookie and CSRF token like a browser would.
export class Client {
  constructor(base) { this.base = base; this.cookie = null; this.csrf = null; this.bearer = null; }
  async request(method, path, body, headers = {}) {
    const h = { ...headers };
    if (body !== undefined && typeof body !== 'string') { h['content-type'] = 'application/json'; body = JSON.stringify(body); }
    else if (typeof body === 'string' && !h['content-type']) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.base + path, { method, headers: h, body });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /mitra_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `mitra_session=${m[1]}` : null;
    }
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: res.status, headers: res.headers, json, text };
  }
  get(p, h) { return this.request('GET', p, undefined, h); }
  post(p, b, h) { return this.request('POST', p, b, h); }
  patch(p, b, h) { return this.request('PATCH', p, b, h); }
  put(p, b, h) { return this.request('PUT', p, b, h); }
  delete(p, h) { return this.request('DELETE', p, undefined, h); }
  async login(username, password) {
    const r = await this.post('/api/v1/session', { username, password });
    if (r.status === 200) this.csrf = r.json.csrf_token;
    return r;
  }
}
