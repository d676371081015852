/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { unusedKernRules } from './vite-plugins/unused-kern-rules';

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

/** In development, the embeds' paths get their own page, as the backend does (SpaFallback). */
const embedPages: Plugin = {
  name: 'embed-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/(en\/)?embed\//.test(req.url) && req.headers.accept?.includes('text/html')) req.url = '/embed.html';
      next();
    });
  },
};

export default defineConfig({
  plugins: [react(), embedPages, unusedKernRules(['src', 'index.html', 'embed.html'])],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      'use-sync-external-store/shim': fileURLToPath(new URL('./src/lib/use-sync-external-store-shim.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    manifest: true,
    // the app, and the embeds for other sites' frames (without the app's header and footer)
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
      // Chunks under 6 KB are merged into others: a page then loads a few files instead of twenty, which counts on a
      // phone's connection (each file waits for a free connection and a round trip) more than a few KB more.
      output: { experimentalMinChunkSize: 6_000 },
    },
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    // One environment for all test files, in worker threads: the suite takes about 13 s instead of 105 s, most of
    // which was setting up jsdom for each file. setup.ts and `unstubGlobals` clear what a test could leave behind;
    // the suite passes in shuffled order (`npx vitest run --sequence.shuffle`).
    pool: 'threads',
    isolate: false,
    unstubGlobals: true,
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'vite-plugins/**/*.test.ts'],
    css: false,
  },
});
