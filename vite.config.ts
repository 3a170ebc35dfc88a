import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './scripts/csp';

export default defineConfig({
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
