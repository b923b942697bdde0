// Writes a .gz twin next to every compressible file in dist/; the server sends it to clients
// that accept gzip.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const compressible = /\.(js|css|html|svg|json|txt|webmanifest)$/;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (compressible.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
  }
}
walk(new URL('../dist', import.meta.url).pathname);
