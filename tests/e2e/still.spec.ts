import { readFileSync } from 'node:fs';
import { expect, test, waitForPoses } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, footageFile } from './footage';
import { composePhoto, SMALL, SMALL_AT } from './photos';

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
    const { png: buffer, luma } = await composePhoto(page, jpeg, mode);
    // The dark room is darker than the set-up trusts even with the picture lifted for the model
    // (BLACK, 0.04): at 0.027, the chair row lifted counted nothing and its landmarks lay up to
    // 50 px off (README, "Lying down, small, dim"). A dim room the model sees is coached (below).
    if (mode === 'dark') expect(luma).toBeLessThan(0.035);
    await page.locator('input[type=file]').setInputFiles({ name: `${mode}.png`, mimeType: 'image/png', buffer });
    const hud = page.locator('fc-hud');
    await expect(hud.getByRole('status')).toHaveText(message);
    await expect(hud.getByLabel('Count')).toHaveText('0');
  }
});

test('a nearly black room with the person seen whole: placed as in the light, not refused', async ({ page }) => {
  test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);
  test.setTimeout(120_000);
  // The knee-to-chest photo (held) at 8 % of its light: under the old line (0.07) the set-up
  // said "too dark"; the pose worker lifts a picture this dark for the model, which then sees
  // every landmark the exercise needs, and the set-up trusts it down to 0.04.
  await page.goto('/#exercise=knee-to-chest');
  const { png: buffer, luma } = await composePhoto(
    page,
    readFileSync(footageFile('still/yuhonas_One_Knee_To_Chest_1.jpg')),
    'dim',
  );
  expect(luma).toBeGreaterThan(0.042);
  expect(luma).toBeLessThan(0.06);
  await page.locator('input[type=file]').setInputFiles({ name: 'dim.png', mimeType: 'image/png', buffer });
  // The same sentence as the photo in its own light (photo-verdict.spec.ts).
  await expect(page.locator('fc-exercise-flow .verdict')).toHaveText(
    /^You are in the held position: (left|right) hip bend [1-7]\d°$/,
    { timeout: 60_000 },
  );
});

test('a person a fifth of the photo tall is found, and drawn where they are in the whole picture', async ({ page }) => {
  test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);
  // The pose worker's detection assist: the detector misses someone this small on the whole
  // picture, and finds them in a zoomed crop; their landmarks are mapped back to the picture.
  const expected = JSON.parse(readFileSync(footageFile('still/pose_landmarks.json'), 'utf8')) as Expected;
  await page.goto('/');
  const { png: buffer } = await composePhoto(page, readFileSync(footageFile('still/pose.jpg')), 'small');
  await page.locator('input[type=file]').setInputFiles({ name: 'far.png', mimeType: 'image/png', buffer });
  // The still scene is 21 frames of the photo: the whole picture first, then the search's crops.
  const results = await waitForPoses(page, 8);
  const first = results.findIndex((result) => result.poses.length > 0);
  const landmarks = results.findLast((result) => result.poses.length > 0)?.poses[0]?.image ?? [];
  expect(landmarks).toHaveLength(33);
  // MediaPipe's own landmarks of the photo, placed where the shrunk photo is; the tolerance is
  // its own (0.03 of the photo), of the shrunk photo.
  const errors = expected.landmarks.map((want, i) => {
    const got = landmarks[i] ?? { x: Number.NaN, y: Number.NaN };
    const x = SMALL_AT.x + want.x * SMALL;
    const y = SMALL_AT.y + want.y * SMALL;
    return Math.max(Math.abs(got.x - x), Math.abs(got.y - y)) / SMALL;
  });
  const worst = Math.max(...errors);
  // Found on the 10th frame (a crop of the search) when written; the last one is in the window that follows.
  test.info().annotations.push({ type: 'first frame with a pose', description: String(first) });
  test
    .info()
    .annotations.push({ type: 'max landmark error, of the shrunk photo (lite)', description: worst.toFixed(4) });
  expect(worst).toBeLessThan(expected.tolerance);
});
