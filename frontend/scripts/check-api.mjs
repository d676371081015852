// Fails when src/lib/api-schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
// Fix with `npm run generate:api` and commit the result.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/lib/api-schema.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'ihk-api-'));
const fresh = join(dir, 'api-schema.d.ts');
try {
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), [join(root, '../openapi.yaml'), '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('src/lib/api-schema.d.ts is stale: it differs from what ../openapi.yaml generates. Run `npm run generate:api` and commit.');
    process.exit(1);
  }
  console.log('check:api: src/lib/api-schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
