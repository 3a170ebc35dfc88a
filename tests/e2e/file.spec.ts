import type { Page } from '@playwright/test';
import { expect, openTracking, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, footageFile } from './footage';
import type { DetectionResult } from '../../src/detection/detector-api';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

/** 4 s of a person dancing, 576×576 at 30 fps (tfjs-models test data, Apache-2.0). */
const CLIP = footageFile('clips/tfjs_pose_1.mp4');

async function analyse(page: Page, button: string): Promise<DetectionResult[]> {
  await page.evaluate(() => (window.__poses = []));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(CLIP);
  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeVisible();
  // 120 frames through the model: seconds on a laptop, minutes on a busy 2-core machine.
  await expect(page.getByText(/Analysing frame/)).toBeHidden({ timeout: 150_000 });
  return page.evaluate(() => window.__poses);
}

test('a video file is analysed frame by frame at a fixed rate, the same every time', async ({ page }) => {
  test.setTimeout(360_000); // two analyses of the clip
  await openTracking(page);
  const first = await analyse(page, 'Open a video or photo');
  expect(first).toHaveLength(120); // 4 s at 30 frames per second
  const withPose = first.filter((result) => result.poses.length > 0).length;
  test.info().annotations.push({ type: 'frames with a pose', description: `${withPose}/${first.length}` });
  expect(withPose / first.length).toBeGreaterThanOrEqual(0.9);
  expect(first.map((result) => result.timestampMs)).toEqual(first.map((_, i) => ((i + 0.5) / 30) * 1000));

  // Decoded straight through, not seeked; afterwards the video plays with its skeleton, and
  // opening it again gives the same analysis.
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  const second = await analyse(page, 'Open another file');
  expect(second.map((result) => result.poses[0]?.image[0]?.x)).toEqual(
    first.map((result) => result.poses[0]?.image[0]?.x),
  );
});

test('without WebCodecs the file is seeked instead, the page says so, and the results are the same', async ({
  page,
}) => {
  test.setTimeout(360_000); // two analyses of the clip
  await openTracking(page);
  const decoded = await analyse(page, 'Open a video or photo');
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();

  // The same page in a browser without VideoDecoder (older Safari, Firefox before 130).
  await page.addInitScript(() => Reflect.deleteProperty(window, 'VideoDecoder'));
  await openTracking(page);
  const seeked = await analyse(page, 'Open a video or photo');
  await expect(
    page.getByText('Decoded by seeking (this browser cannot decode the file directly: no WebCodecs VideoDecoder)'),
  ).toBeVisible();
  // The very same frames: every landmark of every frame equal, not merely close.
  expect(seeked).toHaveLength(decoded.length);
  expect(seeked.map((result) => result.poses)).toEqual(decoded.map((result) => result.poses));
});

test('Cancel stops the analysis and keeps what was analysed', async ({ page }) => {
  await openTracking(page);
  await page.evaluate(() => (window.__poses = []));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a video or photo' }).click();
  await (await chooser).setFiles(CLIP);
  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeVisible();
  await page.waitForFunction(() => window.__poses.length >= 10);
  await expect(page.getByText(/Analysing frame \d+ of 120 · about \d+ s left/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeHidden();
  const kept = await page.evaluate(() => window.__poses.length);
  expect(kept).toBeGreaterThanOrEqual(10);
  expect(kept).toBeLessThan(120);
  // What was analysed stays: the video plays back with its skeleton, and nothing more is analysed.
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__poses.length)).toBe(kept);
});
