import { readFileSync } from 'node:fs';
import { expect, test, waitForPoses } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, footageFile } from './footage';
import { composePhoto } from './photos';

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

test('two people in view, or a dark room: the coach says so and counts nothing', async ({ page }) => {
  test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);
  const jpeg = readFileSync(footageFile('still/pose.jpg'));
  const cases = [
    ['two', 'Someone else is in view: make sure only you are in the picture'],
    ['dark', 'It is too dark to see you well: turn on a light or face a window'],
  ] as const;
  for (const [mode, message] of cases) {
    await page.goto('/#exercise=wall-angel');
    const buffer = await composePhoto(page, jpeg, mode);
    await page.locator('input[type=file]').setInputFiles({ name: `${mode}.png`, mimeType: 'image/png', buffer });
    const hud = page.locator('fc-hud');
    await expect(hud.getByRole('status')).toHaveText(message);
    await expect(hud.getByLabel('Count')).toHaveText('0');
  }
});
