// Starts the real mitra binary for API and browser tests: a fresh database (SQLite file, or a new
// PostgreSQL database when MITRA_TEST_PG is set), migrations, regions, demo data, then `serve` on a
// free loopback port. No mocks: every test talks HTTP to the real server.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync, copyFileSync, renameSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
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

// A database like the one startServer() builds (migrations, regions, demo data), copied from a
// template made once per binary and engine: an SQLite file in the temp dir, or a PostgreSQL
// template database (its demo credentials kept in the database comment). Saves the ~5-15 s of
// loading 90,000 regions per test file. Returns freshDatabase()'s shape plus credentialsPath.
export function templateDatabase() {
  const st = statSync(bin);
  const key = createHash('sha256').update(`${bin}|${st.size}|${st.mtimeMs}|${st.ino}|${regionsDir}`).digest('hex').slice(0, 16);
  const pg = process.env.MITRA_TEST_PG;
  const load = (url, dir) => {
    run(['migrate', '--db', url]);
    run(['regions', 'import', '--db', url, '--dir', regionsDir]);
    run(['demo', '--db', url, '--credentials', join(dir, 'demo-credentials.txt')]);
    return readFileSync(join(dir, 'demo-credentials.txt'), 'utf8');
  };
  if (!pg) {
    const cache = join(tmpdir(), `mitra-test-template-${key}`);
    if (!existsSync(join(cache, 'ready'))) {
      const build = mkdtempSync(join(tmpdir(), 'mitra-test-template-build-'));
      load(`sqlite:${join(build, 'mitra.db')}`, build);
      writeFileSync(join(build, 'ready'), '');
      try { renameSync(build, cache); } catch { rmSync(build, { recursive: true, force: true }); } // another run won
      // Templates of earlier builds of the binary are of no more use.
      for (const old of readdirSync(tmpdir()))
        if (/^mitra-test-template-[0-9a-f]{16}$/.test(old) && join(tmpdir(), old) !== cache
            && Date.now() - statSync(join(tmpdir(), old)).mtimeMs > 3600e3)
          rmSync(join(tmpdir(), old), { recursive: true, force: true });
    }
    const dir = mkdtempSync(join(tmpdir(), 'mitra-test-'));
    for (const f of ['mitra.db', 'mitra.db-wal', 'demo-credentials.txt'])
      if (existsSync(join(cache, f))) copyFileSync(join(cache, f), join(dir, f));
    return { url: `sqlite:${join(dir, 'mitra.db')}`, dir, engine: 'sqlite', credentialsPath: join(dir, 'demo-credentials.txt') };
  }
  const psql = (sql, db = 'postgres') => execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', `${pg}/${db}`, '-c', sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const template = `mitra_tpl_${key}`;
  const comment = () => psql(`SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '${template}'`);
  let creds = comment();
  if (!creds) {
    const building = `mitra_tplb_${key}_${process.pid}_${dbCounter++}`;
    const buildDir = mkdtempSync(join(tmpdir(), 'mitra-test-template-build-'));
    psql(`CREATE DATABASE ${building}`);
    const text = load(`${pg}/${building}`, buildDir);
    psql(`COMMENT ON DATABASE ${building} IS '${Buffer.from(text).toString('base64')}'`);
    // The loading commands' backends may take a moment to go; renaming needs them gone.
    for (let attempt = 0; ; attempt++) {
      try { psql(`ALTER DATABASE ${building} RENAME TO ${template}`); break; } catch (e) {
        if (comment()) { psql(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`); break; } // another run won
        if (attempt >= 50) throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      }
    }
    rmSync(buildDir, { recursive: true, force: true });
    creds = comment();
  }
  const dir = mkdtempSync(join(tmpdir(), 'mitra-test-'));
  const name = `mitra_t${process.pid}_${Date.now()}_${dbCounter++}`;
  psql(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  writeFileSync(join(dir, 'demo-credentials.txt'), Buffer.from(creds, 'base64'));
  return { url: `${pg}/${name}`, dir, engine: 'postgresql', credentialsPath: join(dir, 'demo-credentials.txt') };
}

export function run(args, env = {}) {
  return execFileSync(bin, args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Starts a server with demo data. Returns { url, db, credentials, stop, logs }.
// `template: true` copies the database from templateDatabase() instead of loading it afresh.
export async function startServer({ demo = true, regions = true, extraArgs = [], template = false } = {}) {
  if (!existsSync(bin)) throw new Error(`mitra binary not found at ${bin}; run make build`);
  const db = template && demo && regions ? templateDatabase() : freshDatabase();
  const credentialsPath = join(db.dir, 'demo-credentials.txt');
  if (!db.credentialsPath) {
    run(['migrate', '--db', db.url]);
    if (regions) run(['regions', 'import', '--db', db.url, '--dir', regionsDir]);
    if (demo) run(['demo', '--db', db.url, '--credentials', credentialsPath]);
  }
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

// A client signed in as one of the demo users of `server` (see server.credentials).
export async function signedIn(server, username) {
  const c = new Client(server.url);
  const r = await c.login(username, server.credentials[username].password);
  if (r.status !== 200) throw new Error(`login as ${username} failed: ${r.status}`);
  return c;
}

// Creates a user through `admin` (an administrator's signed-in client) and signs them in.
export async function newUserSignedIn(server, admin, username, organizationId, role) {
  const password = `${username}-rahasia`;
  const r = await admin.post('/api/v1/users', { username, display_name: username, organization_id: organizationId, roles: [role], password });
  if (r.status !== 201) throw new Error(`adding ${username} failed: ${r.status} ${JSON.stringify(r.json)}`);
  const c = new Client(server.url);
  if ((await c.login(username, password)).status !== 200) throw new Error(`login as ${username} failed`);
  return c;
}
