import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The frontend folder (this file is src/lib/…).
const root = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('KERN icons', () => {
  it('uses only icon classes that the KERN CSS defines (an unknown one shows an empty square)', () => {
    const kernCss = readFileSync(join(root, 'node_modules/@kern-ux/native/dist/kern.css'), 'utf8');
    const defined = new Set(kernCss.match(/\.kern-icon--[a-z0-9-]+/g)?.map((c) => c.slice(1)));
    const used = new Set(
      sourceFiles(join(root, 'src'))
        .filter((file) => !file.endsWith('kern-icons.test.ts'))
        .flatMap((file) => readFileSync(file, 'utf8').match(/kern-icon--[a-z0-9-]+/g) ?? []),
    );
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((c) => !defined.has(c))).toEqual([]);
  });
});
