import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** The KERN stylesheet as the package ships it; every other stylesheet is left as it is. */
const KERN_CSS = /@kern-ux\/native\/dist\/kern\.min\.css$/;
const KERN_CLASS = /kern-[a-z0-9_-]+/g;
const SOURCES = /\.(tsx?|css|html)$/;

/**
 * Class names the app builds at run time from a fixed prefix (`kern-btn--${variant}`), so that the scan of the
 * sources cannot see them whole: every class with one of these prefixes is kept.
 */
export const BUILT_AT_RUN_TIME = ['kern-btn--'];

/**
 * Removes the rules of a stylesheet whose selectors name a KERN class that the app never uses. A rule stays when one
 * of its selectors uses only classes the app uses (or no KERN class at all); unused selectors are dropped from the
 * rules that stay. Keyframes and font faces are kept whole.
 */
export function withoutUnusedKernRules(css: string, used: ReadonlySet<string>): string {
  const isUsed = (name: string) => used.has(name) || BUILT_AT_RUN_TIME.some((prefix) => name.startsWith(prefix));
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => [...selector.matchAll(/\.(kern-[a-z0-9_-]+)/g)].every(([, name]) => isUsed(name!)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** Every KERN class name written in the app's sources and HTML entries. */
export function kernClassesIn(paths: string[]): Set<string> {
  const used = new Set<string>();
  const scan = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) scan(full);
      else if (SOURCES.test(entry.name)) for (const [name] of readFileSync(full, 'utf8').matchAll(KERN_CLASS)) used.add(name);
    }
  };
  for (const path of paths) {
    if (SOURCES.test(path)) for (const [name] of readFileSync(path, 'utf8').matchAll(KERN_CLASS)) used.add(name);
    else scan(path);
  }
  return used;
}

/**
 * In the production build, KERN's stylesheet keeps only the rules of the components, utilities and icons the app
 * uses: about half of the page's render-blocking CSS (40 KB gzipped) was rules for classes no page has.
 */
export function unusedKernRules(sources: string[]): Plugin {
  let used: Set<string> = new Set();
  return {
    name: 'unused-kern-rules',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      used = kernClassesIn(sources);
    },
    transform(code, id) {
      return KERN_CSS.test(id) ? { code: withoutUnusedKernRules(code, used), map: null } : undefined;
    },
  };
}
