// A real SMTP server on a loopback port for the e-mail tests: it speaks enough of RFC 5321 (EHLO,
// STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA, QUIT) to receive what mitra sends, and keeps every
// message it accepted. `reject` makes it refuse recipients with 550; `tls` ({key, cert}) offers
// STARTTLS.
import { createServer } from 'node:net';
import { TLSSocket } from 'node:tls';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startSmtpSink({ reject = false, tls = null } = {}) {
  const messages = [];
  const sink = { messages, reject, logins: [], certificateFile: tls?.file };
  const server = createServer((raw) => {
    let socket = raw;
    let buffer = '';
    let data = null; // lines of the message while in DATA
    let envelope = { from: '', to: [] };
    let secure = false;
    const say = (line) => socket.write(`${line}\r\n`);
    const onLine = (line) => {
      if (data !== null) {
        if (line === '.') {
          messages.push({ ...envelope, secure, data: data.join('\r\n') });
          data = null;
          envelope = { from: '', to: [] };
          return say('250 2.0.0 queued');
        }
        data.push(line.startsWith('..') ? line.slice(1) : line);
        return undefined;
      }
      const verb = line.split(' ')[0].toUpperCase();
      if (verb === 'EHLO') return say(`250-sink.test${tls && !secure ? '\r\n250-STARTTLS' : ''}\r\n250-AUTH PLAIN\r\n250 8BITMIME`);
      if (verb === 'STARTTLS' && tls) {
        say('220 2.0.0 ready');
        socket.removeAllListeners('data');
        socket = new TLSSocket(raw, { isServer: true, key: tls.key, cert: tls.cert });
        secure = true;
        socket.on('data', onData);
        socket.on('error', () => {});
        return undefined;
      }
      if (verb === 'AUTH') {
        const [user, pass] = Buffer.from(line.split(' ')[2] ?? '', 'base64').toString('utf8').split('\0').slice(1);
        sink.logins.push({ user, pass });
        return say('235 2.7.0 ok');
      }
      if (verb === 'MAIL') { envelope.from = /<(.*)>/.exec(line)?.[1] ?? ''; return say('250 2.1.0 ok'); }
      if (verb === 'RCPT') {
        if (sink.reject) return say(`550 5.1.1 <${/<(.*)>/.exec(line)?.[1]}> no such user`);
        envelope.to.push(/<(.*)>/.exec(line)?.[1] ?? '');
        return say('250 2.1.5 ok');
      }
      if (verb === 'DATA') { data = []; return say('354 end with .'); }
      if (verb === 'QUIT') { say('221 2.0.0 bye'); return socket.end(); }
      return say('502 5.5.2 not implemented');
    };
    function onData(chunk) {
      buffer += chunk.toString('utf8');
      let at;
      while ((at = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        onLine(line);
      }
    }
    raw.on('data', onData);
    raw.on('error', () => {});
    say('220 sink.test ESMTP');
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  sink.port = server.address().port;
  sink.close = () => new Promise((ok) => server.close(ok));
  return sink;
}

// The decoded text body and the headers of a message the sink received.
export function parseMessage(data) {
  const split = data.indexOf('\r\n\r\n');
  const headers = {};
  for (const line of data.slice(0, split).split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = Buffer.from(data.slice(split + 4).replace(/\r\n/g, ''), 'base64').toString('utf8');
  return { headers, body };
}

// A self-signed certificate for 127.0.0.1, made with Debian's openssl; `file` is the certificate
// for SSL_CERT_FILE, so that mitra trusts it.
export function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'mitra-smtp-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
  { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')), file: join(dir, 'cert.pem') };
}
