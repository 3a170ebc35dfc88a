import { test as base, expect, type Page } from '@playwright/test';
import type { DetectionResult } from '../../src/detection/detector-api';

declare global {
  interface Window {
    /** Every result the app announced with `fc-pose`, in order. */
    __poses: DetectionResult[];
  }
}

/**
 * Records every request the page (and its workers) makes to an origin other than `origin`; blob:
 * and data: URLs stay on the device. The fixture below runs it in every test, and
 * tests/e2e/csp.spec.ts shows it catching a request that does leave.
 */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** The check every test ends with: nothing left the page's origin. */
export function expectNoForeignRequests(foreign: readonly string[]): void {
  expect(foreign, 'requests that left the page’s origin').toEqual([]);
}

/**
 * Every test records the page's requests and fails if one leaves the page's own origin: frames
 * never leave the device and the app makes no third-party requests.
 */
export const test = base.extend<{ foreignRequests: string[]; pageErrors: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign = watchForeignRequests(page, new URL(baseURL ?? 'http://localhost').origin);
      await page.addInitScript(() => {
        window.__poses = [];
        document.addEventListener('fc-pose', (event) => {
          window.__poses.push((event as CustomEvent<DetectionResult>).detail);
        });
      });
      await use(foreign);
      expectNoForeignRequests(foreign);
    },
    { auto: true },
  ],
  /** Nothing may throw into the console unhandled. */
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has announced `count` results that contain a person. */
export async function waitForPoses(page: Page, count: number, timeout = 60_000): Promise<DetectionResult[]> {
  await page.waitForFunction((n) => window.__poses.filter((r) => r.poses.length > 0).length >= n, count, {
    timeout,
  });
  return page.evaluate(() => window.__poses);
}

/** Opens the app and chooses plain tracking (no exercise): the set-up page with its buttons. */
export async function openTracking(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Just show my skeleton' }).click();
}
