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
  await expect(page.getByText(/Analysing frame/)).toBeHidden({ timeout: 60_000 });
  return page.evaluate(() => window.__poses);
}

test('a video file is analysed frame by frame at a fixed rate, the same every time', async ({ page }) => {
  await openTracking(page);
  const first = await analyse(page, 'Open a video or photo');
  expect(first).toHaveLength(120); // 4 s at 30 frames per second
  const withPose = first.filter((result) => result.poses.length > 0).length;
  test.info().annotations.push({ type: 'frames with a pose', description: `${withPose}/${first.length}` });
  expect(withPose / first.length).toBeGreaterThanOrEqual(0.9);
  expect(first.map((result) => result.timestampMs)).toEqual(first.map((_, i) => ((i + 0.5) / 30) * 1000));

  // Afterwards the video plays with its skeleton; opening it again gives the same analysis.
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  const second = await analyse(page, 'Open another file');
  expect(second.map((result) => result.poses[0]?.image[0]?.x)).toEqual(
    first.map((result) => result.poses[0]?.image[0]?.x),
  );
});
