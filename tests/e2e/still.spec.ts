import { readFileSync } from 'node:fs';
import { expect, test, waitForPoses } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, footageFile } from './footage';

interface Expected {
  readonly tolerance: number;
  readonly landmarks: readonly { x: number; y: number }[];
}

test('a photo gives MediaPipe’s own expected landmarks, within its 0.03 tolerance', async ({ page }) => {
  test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);
  const expected = JSON.parse(readFileSync(footageFile('still/pose_landmarks.json'), 'utf8')) as Expected;
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles(footageFile('still/pose.jpg'));
  const [result] = await waitForPoses(page, 1);
  const landmarks = result?.poses[0]?.image ?? [];
  expect(landmarks).toHaveLength(33);
  const errors = expected.landmarks.map((want, i) => {
    const got = landmarks[i] ?? { x: Number.NaN, y: Number.NaN };
    return Math.max(Math.abs(got.x - want.x), Math.abs(got.y - want.y));
  });
  const worst = Math.max(...errors);
  test.info().annotations.push({ type: 'max landmark error (lite)', description: worst.toFixed(4) });
  expect(worst).toBeLessThan(expected.tolerance);
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
});
