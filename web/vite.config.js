import { defineConfig } from 'vite';

// The API the dev and preview servers forward /api to (collabtender serve).
const api = process.env.API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The service's Content-Security-Policy allows no inline script or style.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  server: { proxy: { '/api': api } },
  preview: { proxy: { '/api': api } },
});
