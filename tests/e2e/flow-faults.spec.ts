import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, SUPERMAN_CAMERA_CLIP } from './footage';
import { useSteppedCamera } from './stepped-camera';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

/**
 * Faults injected into a set on the Exercises page, on the production build: the camera shows the
 * superman clip (looping), stepped in lockstep with the analysis (stepped-camera.ts), so the reps
 * come whatever the machine's load, only later on a busy machine (Chromium's real-time fake camera
 * outran the model there and no rep came within 75 s). Each test asserts what a person would
 * notice: the coach still works, the count (and the set in history) is intact, and a sentence says
 * what happened.
 */

/** Reps come slower on a busy machine (the clip is stepped, never skipped): time for them. */
const REP_TIMEOUT = 120_000;

declare global {
  interface Window {
    /** Every camera stream the app was given, latest last. */
    __streams: MediaStream[];
    /** While true, asking for a camera by id fails as for a camera that is no longer there. */
    __refuseExact: boolean;
    /** How many times a camera asked for by id was refused. */
    __refused: number;
  }
}

/** Records the app's camera streams, and can refuse `deviceId: {exact}` as a vanished camera does. */
async function watchCamera(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__streams = [];
    window.__refuseExact = false;
    window.__refused = 0;
    const media = navigator.mediaDevices;
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      const video = constraints?.video;
      const exact = typeof video === 'object' && typeof video.deviceId === 'object' && 'exact' in video.deviceId;
      if (window.__refuseExact && exact) {
        window.__refused++;
        throw new DOMException('Requested device not found', 'NotFoundError');
      }
      const stream = await getUserMedia(constraints);
      window.__streams.push(stream);
      return stream;
    };
  });
}

/** Dispatches `type` on the app's current camera track (what the browser does on unplug or mute). */
async function onTrack(page: Page, type: 'ended' | 'mute' | 'unmute'): Promise<void> {
  await page.evaluate((what) => {
    const track = window.__streams.at(-1)?.getVideoTracks()[0];
    if (!track) throw new Error('no camera track');
    if (what === 'ended') track.stop(); // stop() fires no `ended` to the page by itself
    track.dispatchEvent(new Event(what));
  }, type);
}

const count = (page: Page) => page.locator('fc-hud').getByLabel('Count');
const countNow = async (page: Page): Promise<number> => Number(await count(page).textContent());

/** Opens the superman, starts the (stepped) camera and waits for `reps` counted. */
async function startSupermans(page: Page, reps: number): Promise<number> {
  test.setTimeout(300_000);
  // The stepped camera first: watchCamera wraps it, so its streams are the stepped camera's.
  await useSteppedCamera(page, SUPERMAN_CAMERA_CLIP);
  await watchCamera(page);
  await page.goto('/#exercise=superman');
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect.poll(() => countNow(page), { timeout: REP_TIMEOUT }).toBeGreaterThanOrEqual(reps);
  return countNow(page);
}

test('the camera unplugged mid-set: paused with the count, "Try again" falls back to any camera and carries on; the set is in the history', async ({
  page,
}) => {
  const before = await startSupermans(page, 1);
  // The camera vanishes: asking for it by its id now fails, as it does for a real unplugged camera.
  await page.evaluate(() => (window.__refuseExact = true));
  await onTrack(page, 'ended');

  await expect(page.locator('fc-problem')).toContainText('The camera stopped');
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toContainText('your count is kept');
  await expect(count(page)).toHaveText(String(before));
  // The cameras there are, offered with the problem.
  await expect(page.getByRole('combobox', { name: 'Use another camera' })).toBeVisible();

  await page.getByRole('button', { name: 'Try the camera again' }).click();
  await expect(page.locator('fc-problem')).toHaveCount(0);
  await expect(page.getByText('No camera found')).toHaveCount(0);
  // It did ask for the vanished camera by its id first, and fell back when that failed.
  expect(await page.evaluate(() => window.__refused)).toBeGreaterThanOrEqual(1);
  // The count carries on from where it was, never from 0.
  await expect.poll(() => countNow(page), { timeout: REP_TIMEOUT }).toBeGreaterThan(before);
  const total = await countNow(page);

  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.locator('fc-summary').getByRole('heading', { name: 'Superman: summary' })).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  const row = page
    .locator('fc-history')
    .getByRole('row', { name: /Superman/ })
    .first();
  await expect(row).toBeVisible();
  await expect(row).toContainText(String(total));
});

test('a muted camera (privacy switch, lid): "no picture" said, nothing counted, and it carries on by itself', async ({
  page,
}) => {
  const before = await startSupermans(page, 1);
  await onTrack(page, 'mute');
  const status = page.getByRole('status').filter({ hasText: 'No picture is arriving' });
  await expect(status).toBeVisible();
  await expect(page.getByText('Ready. Tracking.')).toHaveCount(0);
  // The fake camera goes on delivering its (frozen, for the person) frames: none may be analysed.
  const analysed = await page.evaluate(() => window.__poses.length);
  await page.waitForTimeout(4000);
  expect(await page.evaluate(() => window.__poses.length)).toBe(analysed);
  await expect(count(page)).toHaveText(String(before));

  await onTrack(page, 'unmute');
  await expect(status).toHaveCount(0);
  await expect.poll(() => countNow(page), { timeout: REP_TIMEOUT }).toBeGreaterThan(before);
});

test('a model that fails to load after a switch keeps the set, and is not kept as the preference', async ({ page }) => {
  await page.route('**/pose_landmarker_heavy*', (route) => route.abort());
  const before = await startSupermans(page, 1);
  await page.getByRole('combobox', { name: 'Pose model' }).selectOption('heavy');

  await expect(page.locator('fc-problem')).toContainText('The pose model didn’t load');
  await expect(count(page)).toHaveText(String(before));
  await expect(page.getByRole('combobox', { name: 'Pose model' })).toHaveValue('lite');
  const saved = await page.evaluate(() => JSON.stringify(localStorage));
  expect(saved).not.toContain('heavy');

  await page.locator('fc-problem').getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('fc-problem')).toHaveCount(0);
  await expect.poll(() => countNow(page), { timeout: REP_TIMEOUT }).toBeGreaterThan(before);
});

test('a set left mid-way (the tab closed) is offered back on the next visit', async ({ page, context }) => {
  const before = await startSupermans(page, 1);
  await page.close(); // no goodbye: as if the tab were killed

  const again = await context.newPage();
  await again.goto('/');
  const offer = again.getByRole('region', { name: 'Unfinished session' });
  await expect(offer).toContainText(/Superman[\s\S]*was not finished: 1\s+set and \d+ reps or holds are kept/);
  expect(Number((await offer.textContent())?.match(/(\d+) reps or holds/)?.[1])).toBeGreaterThanOrEqual(before);
  await offer.getByRole('button', { name: 'Keep it and do it again' }).click();
  await expect(again.getByRole('heading', { name: 'Superman' })).toBeVisible();
});
