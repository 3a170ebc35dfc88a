import { expect, openTracking, test } from './fixtures';

// This project's browser runs with the GPU and the software rasteriser off: no WebGL anywhere.
test('no WebGL: says the browser cannot run the pose model and why', async ({ page }) => {
  await openTracking(page);
  await page.getByRole('button', { name: 'Start camera' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This browser can’t run Form Coach');
  await expect(alert).toContainText('WebGL');
});
