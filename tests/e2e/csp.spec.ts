import { test as bare, type Page, type Route } from '@playwright/test';
import { expect, expectNoForeignRequests, test, watchForeignRequests } from './fixtures';

/**
 * The Content-Security-Policy header is what keeps the pose worker on the device (scripts/csp.ts,
 * docs/deploy.md). These tests run the production build's real worker under the real server's
 * headers, with a probe put in front of its code that asks for another origin. The probe calls the
 * browser's own `fetch` (WorkerGlobalScope.prototype.fetch), under the worker's same-origin guard,
 * so what refuses it here is the browser enforcing the policy, not our code.
 */

/** Another origin: nothing listens on port 9 of this machine, so nothing can leave even by mistake. */
const FOREIGN = 'http://127.0.0.1:9/fc-csp-probe';

type ProbeReport =
  | { readonly kind: 'violation'; readonly directive: string; readonly blocked: string }
  | { readonly kind: 'fetch'; readonly outcome: 'answered' | 'refused'; readonly detail: string };

declare global {
  interface Window {
    /** What the probe in the worker reported, over a BroadcastChannel (Comlink keeps the port). */
    __probe: ProbeReport[];
  }
}

const PROBE = `{
  const channel = new BroadcastChannel('fc-csp-probe');
  self.addEventListener('securitypolicyviolation', (event) =>
    channel.postMessage({ kind: 'violation', directive: event.effectiveDirective, blocked: event.blockedURI }));
  WorkerGlobalScope.prototype.fetch.call(self, ${JSON.stringify(FOREIGN)}).then(
    (response) => channel.postMessage({ kind: 'fetch', outcome: 'answered', detail: String(response.status) }),
    (error) => channel.postMessage({ kind: 'fetch', outcome: 'refused', detail: String(error) }));
}
`;

/**
 * Serves the pose worker as the server sends it (status, headers and all), with the probe in
 * front; `withoutPolicy` drops the Content-Security-Policy header, for the control.
 */
async function probeTheWorker(page: Page, { withoutPolicy = false } = {}): Promise<void> {
  await page.route(/\/assets\/pose-worker-[^/]*\.js$/, async (route: Route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    expect(headers['content-security-policy'], 'the server sends the policy with the worker').toContain(
      "connect-src 'self' blob:",
    );
    if (withoutPolicy) delete headers['content-security-policy'];
    await route.fulfill({ response, headers, body: PROBE + (await response.text()) });
  });
  await page.addInitScript(() => {
    window.__probe = [];
    new BroadcastChannel('fc-csp-probe').onmessage = (event: MessageEvent<ProbeReport>) => {
      window.__probe.push(event.data);
    };
  });
}

/** Opens plain tracking and starts the (fake, generated) camera: that is when the worker starts. */
async function startTheWorker(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Just show my skeleton' }).click();
  await page.getByRole('button', { name: 'Start camera' }).click();
}

const reports = (page: Page): Promise<ProbeReport[]> => page.evaluate(() => window.__probe);

// The generated fake camera (no clip): enough to start the detector.
test.use({ permissions: ['camera'] });
bare.use({ permissions: ['camera'] });

test('the browser refuses the pose worker a request to another origin, and nothing leaves', async ({
  page,
  foreignRequests,
}) => {
  await probeTheWorker(page);
  await startTheWorker(page);
  await expect.poll(() => reports(page)).toContainEqual(expect.objectContaining({ kind: 'fetch', outcome: 'refused' }));
  await expect
    .poll(() => reports(page))
    .toContainEqual({ kind: 'violation', directive: 'connect-src', blocked: FOREIGN });
  // The fixture's own check runs after this too; said here so the test reads whole.
  expect(foreignRequests).toEqual([]);
  // The app around the probe still works under the policy: the model loads in that same worker
  // and analyses the generated camera picture, which has nobody in it.
  await expect(page.getByText('Ready. Nobody in view.')).toBeVisible({ timeout: 60_000 });
});

bare(
  'control: without the header the request goes out, and the suite’s check catches it',
  async ({ page, baseURL }) => {
    // The same watcher and check every test in tests/e2e runs (fixtures.ts).
    const foreign = watchForeignRequests(page, new URL(baseURL ?? 'http://localhost').origin);
    await probeTheWorker(page, { withoutPolicy: true });
    await startTheWorker(page);
    await expect.poll(() => reports(page)).toContainEqual(expect.objectContaining({ kind: 'fetch' }));
    expect(await reports(page)).not.toContainEqual(expect.objectContaining({ kind: 'violation' }));
    await expect.poll(() => foreign).toContain(FOREIGN);
    expect(() => expectNoForeignRequests(foreign)).toThrow(/requests that left the page’s origin/);
  },
);
