import { CSP_HEADER } from '../../scripts/csp';
import { expect, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, SUPERMAN_CAMERA_CLIP } from './footage';
import { useSteppedCamera } from './stepped-camera';

/**
 * Offline and installable (issue 17): after one visit the service worker has the app shell, the
 * wasm runtime and the lite model, so with the network gone a reload opens the app and a set is
 * coached. Every other browser test blocks service workers (playwright.config.ts); this one lets
 * the production build's register itself.
 */
test.use({ serviceWorkers: 'allow' });
test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

test('with the network off after the first visit, a reload opens the app and coaches a set', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  await useSteppedCamera(page, SUPERMAN_CAMERA_CLIP);
  await page.goto('/');
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/manifest.webmanifest');

  // The worker installs after the page has loaded, precaching the shell, the runtime and the model.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.some((url) => /\/assets\/pose_landmarker_lite-[\w-]+\.task/.test(url))).toBe(true);
  expect(cached.some((url) => /\/assets\/vision_wasm_module_internal-[\w-]+\.wasm/.test(url))).toBe(true);
  // Only the app's own files: nothing from another origin, and no developer pages.
  expect(cached.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(cached.filter((url) => /\/(eval|bench)\.html/.test(url))).toEqual([]);

  // The network goes: the browser says offline, and anything that still tried to fetch would fail.
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  const workerHeaders = page.waitForResponse((response) => /\/assets\/pose-worker-[\w-]+\.js/.test(response.url()));
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  // The cached page keeps its headers: the Content-Security-Policy, unchanged.
  expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER);

  await page.goto('/#exercise=superman');
  await expect(page.getByRole('heading', { name: 'Superman' })).toBeVisible();
  await page.getByRole('button', { name: 'Start camera' }).click();
  const worker = await workerHeaders;
  expect(worker.fromServiceWorker()).toBe(true);
  expect(worker.headers()['content-security-policy']).toBe(CSP_HEADER);
  const hud = page.locator('fc-hud');
  await expect(hud.getByLabel('Count')).toHaveText(/^[1-9]$/, { timeout: 240_000 });
});
