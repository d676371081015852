// Initial JavaScript of the start page, gzipped: the entry chunk, the chunks it imports statically, and the
// start page's own lazy chunk with its static imports. Reads dist/.vite/manifest.json (run `npm run build` first).
// Fails when the total is over the budget (150 KB = 153,600 bytes).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 150 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
collect('index.html');
collect('src/app/routes/start.tsx');

let total = 0;
for (const file of [...files].sort()) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${String(size).padStart(8)}  ${file}`);
}
console.log(`${String(total).padStart(8)}  total gzipped JS of the start page (${(total / 1024).toFixed(1)} KB, budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error('Over budget.');
  process.exit(1);
}
