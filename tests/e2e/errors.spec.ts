import type { FcStage } from '../../src/ui/elements/fc-stage';
import { expect, openTracking, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, footageFile } from './footage';

/**
 * Every way the app can fail to see the person, shown as a message that says what to do.
 * The fake camera here is Chromium's test pattern; the browser itself denies permission unless a
 * test grants it.
 */

test('camera permission denied: says how to allow it, offers a retry and a video file', async ({ page }) => {
  await openTracking(page);
  await page.getByRole('button', { name: 'Start camera' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Camera access is blocked');
  await expect(alert).toContainText('Allow the camera for this page');
  await expect(alert.getByRole('button', { name: 'Try the camera again' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Open a video file instead' })).toBeVisible();
});

test('camera in use by another app: says so', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Could not start video source', 'NotReadableError'));
  });
  await openTracking(page);
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect(page.getByRole('alert')).toContainText('The camera is busy');
  await expect(page.getByRole('alert')).toContainText('Close it, then try again');
});

test.describe('with camera permission', () => {
  test.use({ permissions: ['camera'] });

  test('camera unplugged mid-session: stops and says so, and the retry works', async ({ page }) => {
    await openTracking(page);
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByRole('status')).toContainText('Ready');
    // What the browser does when the device goes away: the track ends.
    await page.evaluate(() => {
      const video = document
        .querySelector('fc-app')
        ?.shadowRoot?.querySelector('fc-exercise-flow')
        ?.shadowRoot?.querySelector<FcStage>('fc-stage')?.video;
      (video?.srcObject as MediaStream).getVideoTracks()[0]?.dispatchEvent(new Event('ended'));
    });
    await expect(page.getByRole('alert')).toContainText('The camera stopped');
    await page.getByRole('button', { name: 'Try the camera again' }).click();
    // Once (on a heavily loaded machine) the retry met "The camera could not start"; if it does
    // again, the failure says what the browser answered (the alert's Details).
    await expect(page.getByRole('status'))
      .toContainText('Ready')
      .catch(async (error: unknown) => {
        const said = await page
          .getByRole('alert')
          .textContent({ timeout: 1000 })
          .catch(() => null);
        throw new Error(`${error instanceof Error ? error.message : String(error)}\nThe app said: ${said}`);
      });
    await expect(page.getByRole('alert')).toBeHidden();
  });

  test('pose model fails to download: says so, and the retry loads it', async ({ page }) => {
    await page.route('**/*.task', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await openTracking(page);
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByRole('alert')).toContainText('The pose model didn’t load');
    await expect(page.getByRole('alert')).toContainText('HTTP 503');
    await page.unroute('**/*.task');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status')).toContainText('Ready');
  });
});

test('a file that is not a video: names it and asks for another', async ({ page }) => {
  await page.goto('/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'broken.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.from('this is not a video at all'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file can’t be analysed');
  await expect(alert).toContainText('“broken.mp4” is not a video this browser can play');
  await expect(alert.getByRole('button', { name: 'Open a video file instead' })).toBeVisible();
});

test('a browser without what the pipeline needs: one clear message, nothing to start', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'OffscreenCanvas');
  });
  await openTracking(page);
  await expect(page.getByRole('alert')).toContainText('This browser can’t run Form Coach');
  await expect(page.getByRole('alert')).toContainText('OffscreenCanvas');
  await expect(page.getByRole('button', { name: 'Start camera' })).toBeDisabled();
});

test('the model fails while a video is opened: "Try again" analyses that video again, not the camera', async ({
  page,
}) => {
  test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);
  await page.route('**/*.task', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await openTracking(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a video or photo' }).click();
  await (await chooser).setFiles(footageFile('clips/tfjs_pose_1.mp4'));
  await expect(page.getByRole('alert')).toContainText('The pose model didn’t load');
  await page.unroute('**/*.task');
  await page.getByRole('button', { name: 'Try again' }).click();
  // Before, the retry started the camera (denied here: "Camera access is blocked").
  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeVisible();
  await expect(page.getByText('tfjs_pose_1.mp4')).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('a file dropped on another page is opened on the exercises page', async ({ page }) => {
  await page.goto('/#history');
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['this is not a video at all'], 'dropped.mp4', { type: 'video/mp4' }));
    return data;
  });
  await page.locator('fc-app').dispatchEvent('dragover', { dataTransfer: drop });
  await page.locator('fc-app').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('alert')).toContainText('“dropped.mp4” is not a video this browser can play');
  await expect(page.getByRole('heading', { name: 'History' })).toBeHidden();
});
