import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** The KERN stylesheet as the package ships it; every other stylesheet is left as it is. */
const KERN_CSS = /@kern-ux\/native\/dist\/kern\.min\.css$/;
const KERN_CLASS = /kern-[a-z0-9_-]+/g;
const CUSTOM_PROPERTY = /--[a-zA-Z0-9_-]+/g;
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

/**
 * Removes the custom property declarations of a stylesheet that nothing reads: no value in the stylesheet (what is
 * left of it) and nothing in the app's sources (`readElsewhere`). KERN declares 677 of them, most for components the
 * app does not have; the browser parses them and every element inherits them.
 */
export function withoutUnreadCustomProperties(css: string, readElsewhere: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  // a property read only by an unread one is unread too: repeat until nothing more goes
  for (;;) {
    const read = new Set(readElsewhere);
    root.walkDecls((decl) => {
      for (const [name] of decl.value.matchAll(CUSTOM_PROPERTY)) read.add(name);
    });
    const unread: postcss.Declaration[] = [];
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop)) unread.push(decl);
    });
    if (unread.length === 0) break;
    for (const decl of unread) decl.remove();
  }
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** Every match of `pattern` (with the g flag) in the app's sources and HTML entries. */
export function namesIn(paths: string[], pattern: RegExp): Set<string> {
  const found = new Set<string>();
  const read = (file: string) => {
    for (const [name] of readFileSync(file, 'utf8').matchAll(pattern)) found.add(name);
  };
  const scan = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) scan(full);
      else if (SOURCES.test(entry.name)) read(full);
    }
  };
  for (const path of paths) {
    if (SOURCES.test(path)) read(path);
    else scan(path);
  }
  return found;
}

/** Every KERN class name written in the app's sources and HTML entries. */
export function kernClassesIn(paths: string[]): Set<string> {
  return namesIn(paths, KERN_CLASS);
}

/**
 * In the production build, KERN's stylesheet keeps only the rules of the components, utilities and icons the app
 * uses (about half of the page's render-blocking CSS, 40 KB gzipped, was rules for classes no page has) and the
 * custom properties something reads (another 4.6 KB).
 */
export function unusedKernRules(sources: string[]): Plugin {
  let used: Set<string> = new Set();
  let properties: Set<string> = new Set();
  return {
    name: 'unused-kern-rules',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      used = kernClassesIn(sources);
      properties = namesIn(sources, CUSTOM_PROPERTY);
    },
    transform(code, id) {
      if (!KERN_CSS.test(id)) return undefined;
      return { code: withoutUnreadCustomProperties(withoutUnusedKernRules(code, used), properties), map: null };
    },
  };
}
