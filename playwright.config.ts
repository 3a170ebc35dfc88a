import { defineConfig, type LaunchOptions } from '@playwright/test';
import { CAMERA_CLIP, SUPERMAN_CAMERA_CLIP } from './tests/e2e/footage';

/**
 * Browser tests run the production build (`vite build`, served by `vite preview`) in Debian's
 * Chromium: Playwright never downloads a browser of its own.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// FC_PORT lets two checkouts run their browser tests side by side without sharing a server.
const PORT = Number(process.env['FC_PORT'] ?? 4173);
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
/** Specs that need the camera playing the superman clip (the `coach` project), one per line. */
const COACH_SPECS = [
  'coach',
  'routine-run',
  'history',
  'adaptive',
  'flow-faults',
  'recovery',
  'offline',
  'a11y-coach',
  'keyboard',
  'storage-faults',
  'tabs',
  'eyes-free',
  'text-zoom',
];
const launch = (...args: string[]): LaunchOptions => ({ executablePath: CHROMIUM, args: [...BASE_ARGS, ...args] });

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one test at a time keeps the pose worker's timings honest.
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // The app follows the browser's language: English tests say so, whatever the machine speaks.
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    launchOptions: launch('--use-fake-device-for-media-stream'),
    trace: 'retain-on-failure',
    // The production build registers a service worker (offline use). Tests see the network as the
    // app does on a first visit; offline.spec.ts allows the worker to prove the offline path.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'app',
      testIgnore: new RegExp(`/(camera|${COACH_SPECS.join('|')}|no-camera|no-webgl)\\.spec\\.ts`),
    },
    {
      name: 'camera',
      testMatch: /\/camera\.spec\.ts/,
      use: {
        permissions: ['camera'],
        launchOptions: launch('--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${CAMERA_CLIP}`),
      },
    },
    {
      name: 'coach',
      testMatch: new RegExp(`/(${COACH_SPECS.join('|')})\\.spec\\.ts`),
      use: {
        permissions: ['camera'],
        launchOptions: launch(
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${SUPERMAN_CAMERA_CLIP}`,
        ),
      },
    },
    { name: 'no-camera', testMatch: /no-camera\.spec\.ts/, use: { launchOptions: launch() } },
    {
      name: 'no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: {
        permissions: ['camera'],
        launchOptions: launch('--use-fake-device-for-media-stream', '--disable-gpu', '--disable-software-rasterizer'),
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
