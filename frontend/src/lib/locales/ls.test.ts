import { describe, expect, it } from 'vitest';
import { de } from './de';
import { ls } from './ls';

type Tree = { [key: string]: string | Tree };

/** The paths of the texts of a tree: `area.title`, … */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

function text(tree: Tree, path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);
}

describe('texts in Leichte Sprache', () => {
  const plain = keys(ls);

  it('overlay German texts that exist, and only those', () => {
    expect(plain.length).toBeGreaterThan(50);
    for (const key of plain) expect(typeof text(de as Tree, key), key).toBe('string');
  });

  it('keep the placeholders of the German texts', () => {
    for (const key of plain) {
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(placeholders(text(ls as Tree, key) as string), key).toEqual(placeholders(text(de as Tree, key) as string));
    }
  });

  it('split long words with a hyphen and use no abbreviations', () => {
    const all = plain.map((key) => text(ls as Tree, key) as string).join('\n');
    expect(all).not.toMatch(/\b(z\. ?B\.|bzw\.|usw\.|ggf\.|d\. ?h\.)/);
    expect(all).toContain('Handlungs-Feld');
    expect(all).not.toMatch(/Handlungsfeld|Stadtteil\b/);
  });
});
