// Compresses the built client once, at build time, so that the service sends
// each file as Brotli or gzip (whichever the browser accepts) without spending
// CPU per request: FILE.br and FILE.gz are written beside each text file in
// dist/, and kept only where they are smaller.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(html|js|mjs|css|svg|json|txt|webmanifest)$/;

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.test(name)) yield path;
  }
}

let before = 0;
let after = 0;
for (const path of files(new URL('./dist', import.meta.url).pathname)) {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const gz = gzipSync(body, { level: 9 });
  if (br.length < body.length) writeFileSync(`${path}.br`, br);
  if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
  before += body.length;
  after += Math.min(br.length, body.length);
}
console.log(`precompress: ${Math.round(before / 1024)} KB of text files, ${Math.round(after / 1024)} KB as Brotli`);
