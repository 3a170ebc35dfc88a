import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
// With its extension, so Vite's native config loader (its planned default) can resolve it.
import { SECURITY_HEADERS } from './scripts/csp.ts';

/**
 * Offline and installable: a service worker (Workbox, generated at build) precaches the app shell,
 * the wasm runtime and the lite model, so a second visit opens and coaches with no network. The
 * full and heavy models are cached the first time they are chosen. Only the app's own files are
 * ever cached. A new version waits for the person ("Update available — reload"), never swapping
 * itself in mid-set. The cached responses keep their headers, the Content-Security-Policy too.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  // Registered from src/ui/pwa/register.ts (bundled: no inline script for the CSP to allow).
  injectRegister: false,
  // The icons are in globPatterns below; listing them twice would make Workbox refuse the list.
  includeManifestIcons: false,
  manifest: {
    name: 'Form Coach',
    short_name: 'Form Coach',
    description:
      'Counts your reps, times your holds and corrects your form, live in the browser. No video leaves your device.',
    theme_color: '#111722',
    background_color: '#111722',
    display: 'standalone',
    start_url: '.',
    scope: '.',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,wasm,webmanifest}', 'assets/pose_landmarker_lite-*.task'],
    // The accuracy and benchmark pages are tools for developers, not the app.
    globIgnores: ['eval.html', 'bench.html', 'assets/eval-*.js', 'assets/bench-*.js'],
    // The wasm runtime is 13 MB, the lite model 6 MB.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: null,
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    runtimeCaching: [
      {
        // The bigger models, once the person has chosen one: same origin only, fingerprinted names.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/assets\/pose_landmarker_(full|heavy)-[\w-]+\.task$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'fc-models', expiration: { maxEntries: 4 } },
      },
    ],
  },
});

export default defineConfig({
  plugins: [pwa],
  // The MediaPipe bundles built by models/build-models.mjs; imported with `?url`, fingerprinted.
  assetsInclude: ['**/*.task'],
  build: {
    target: 'es2022',
    rollupOptions: {
      // eval.html and bench.html run the same pipeline without the UI, for `npm run eval` and
      // `npm run bench`.
      input: { main: 'index.html', eval: 'eval.html', bench: 'bench.html' },
    },
    // The wasm (13 MB) and models are loaded on demand by the worker; they are not in the chunks.
    chunkSizeWarningLimit: 600,
  },
  worker: {
    format: 'es',
  },
  // The policy as a header, so it reaches the pose worker too (scripts/csp.ts says why).
  server: {
    headers: { ...SECURITY_HEADERS },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/support/**/*.test.ts',
            'models/**/*.test.{js,mjs,ts}',
            'scripts/**/*.test.ts',
            'tests/replay/**/*.test.ts',
          ],
          exclude: ['**/*.element.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // Elements rendered in a DOM (happy-dom: fast, no browser), asserting what a person sees.
        extends: true,
        test: { name: 'element', include: ['src/**/*.element.test.ts'], environment: 'happy-dom' },
      },
    ],
  },
});
