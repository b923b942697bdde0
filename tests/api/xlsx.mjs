// Reads the first sheet of an xlsx file (a zip) into rows of cell values: enough for tests to
// check what a spreadsheet would show, with node's zlib and no other package.
import { inflateRawSync } from 'node:zlib';

// The files of a zip archive, by name (stored or deflated entries, read from the central directory).
export function unzip(buf) {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// { rows: [[...values]], types: [[...'s'|'n'|'str'...]], merges: ['A1:E1', ...], cols: [...widths], formulas: n }
export function readSheet(buf) {
  const files = unzip(buf);
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const sheet = files['xl/worksheets/sheet1.xml'];
  const rows = [], types = [];
  for (const [, rowAttrs, body] of sheet.matchAll(/<row ([^>]*)>([\s\S]*?)<\/row>/g)) {
    const r = Number(/r="(\d+)"/.exec(rowAttrs)[1]) - 1;
    rows[r] = []; types[r] = [];
    for (const [, attrs, inner] of body.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /r="([A-Z]+)\d+"/.exec(attrs)[1];
      const col = [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const t = /t="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner ?? '')?.[1];
      const inline = /<is><t[^>]*>([\s\S]*?)<\/t><\/is>/.exec(inner ?? '')?.[1];
      types[r][col] = /<f>/.test(inner ?? '') ? 'f' : t;
      rows[r][col] = t === 's' ? shared[Number(v)] : t === 'inlineStr' ? unescape(inline) : v === undefined ? undefined : t === 'str' ? unescape(v) : Number(v);
    }
  }
  const merges = [...sheet.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);
  const widths = [...sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
  const bold = /<b\/>/.test(files['xl/styles.xml'] ?? '');
  return { rows, types, merges, widths, bold, files };
}
