import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_AT_RUN_TIME, withoutUnreadCustomProperties, withoutUnusedKernRules } from './unused-kern-rules';

const used = new Set(['kern-btn', 'kern-icon', 'kern-icon--add', 'kern-mb-4']);

describe('withoutUnusedKernRules', () => {
  test('keeps the rules of used classes and drops those of unused ones', () => {
    const css = '.kern-mb-4{margin-bottom:1rem}.kern-mb-8{margin-bottom:2rem}.kern-icon--add{mask:url(a)}.kern-icon--trash{mask:url(b)}';
    expect(withoutUnusedKernRules(css, used)).toBe('.kern-mb-4{margin-bottom:1rem}.kern-icon--add{mask:url(a)}');
  });

  test('drops only the unused selectors of a rule that other selectors need', () => {
    expect(withoutUnusedKernRules('.kern-badge,.kern-btn:hover{color:red}', used)).toBe('.kern-btn:hover{color:red}');
  });

  test('a selector needs every KERN class it names', () => {
    expect(withoutUnusedKernRules('.kern-btn .kern-icon--trash{width:1em}', used)).toBe('');
  });

  test('keeps rules without KERN classes, variables, font faces and keyframes', () => {
    const css = ':root{--kern-color:#000}body{margin:0}@font-face{font-family:X}@keyframes kern-spin{to{transform:rotate(1turn)}}';
    expect(withoutUnusedKernRules(css, used)).toBe(css);
  });

  test('drops media queries left empty and keeps the others', () => {
    const css = '@media (min-width:40em){.kern-mb-8{margin:0}}@media (min-width:60em){.kern-mb-4{margin:0}}';
    expect(withoutUnusedKernRules(css, used)).toBe('@media (min-width:60em){.kern-mb-4{margin:0}}');
  });

  test('keeps every button variant, since the app builds their class names at run time', () => {
    expect(withoutUnusedKernRules('.kern-btn--tertiary{color:blue}', used)).toBe('.kern-btn--tertiary{color:blue}');
  });
});

describe('withoutUnreadCustomProperties', () => {
  test('drops the custom properties that no value and no source reads, also those read only by dropped ones', () => {
    const css = ':root{--a:red;--b:var(--c);--c:blue;--d:1px;--e:var(--a)}.x{color:var(--e)}';
    expect(withoutUnreadCustomProperties(css, new Set(['--d']))).toBe(':root{--a:red;--d:1px;--e:var(--a)}.x{color:var(--e)}');
  });

  test('drops rules and media queries left empty, and keeps every other declaration', () => {
    const css = '[data-theme=dark]{--a:black}@media (min-width:40em){:root{--b:1px}}body{margin:0}';
    expect(withoutUnreadCustomProperties(css, new Set())).toBe('body{margin:0}');
  });
});

test('every KERN class name the app builds from pieces has its prefix kept', () => {
  const pieces: string[] = [];
  const scan = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) scan(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const code = readFileSync(full, 'utf8');
        // `kern-btn--${variant}` and 'kern-btn--' + variant: a name that ends in - or _ where the code goes on
        for (const [, prefix] of code.matchAll(/(kern-[a-z0-9_-]*[-_])(?:\$\{|['"`]\s*\+)/g)) pieces.push(prefix!);
      }
    }
  };
  scan('src');
  expect(pieces.length).toBeGreaterThan(0);
  expect(pieces.filter((prefix) => !BUILT_AT_RUN_TIME.some((kept) => prefix.startsWith(kept)))).toEqual([]);
});
