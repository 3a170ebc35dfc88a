import { expect, openTracking, test } from './fixtures';

// This project's browser has no camera at all (no fake device).
test('no camera: says so and offers a video file instead', async ({ page }) => {
  await openTracking(page);
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect(page.getByRole('alert')).toContainText('No camera found');
  await expect(page.getByRole('button', { name: 'Open a video file instead' })).toBeVisible();
});
