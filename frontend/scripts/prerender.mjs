// Renders the frames of pre-rendered pages with the app's own components (src/app/prerender/) into
// dist/.vite/frames/, which the backend packages and fills in (PrerenderedAreaPages). Run after `vite build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vite = await createServer({ root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false } });
try {
  const { renderAreaFrame } = await vite.ssrLoadModule('/src/app/prerender/area-frame.tsx');
  const out = join(root, 'dist', '.vite', 'frames');
  mkdirSync(out, { recursive: true });
  // marked, so that tests can tell the pre-rendered frame from the app's own page
  const frame = renderAreaFrame().replace(/^<div class="app">/, '<div class="app" data-prerendered="">');
  if (!frame.includes('data-prerendered')) throw new Error('the frame no longer starts with the layout\'s <div class="app">');
  writeFileSync(join(out, 'area.html'), frame);
  console.log('pre-rendered the area page frame into dist/.vite/frames/area.html');
} finally {
  await vite.close();
}
