import { expect, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, SUPERMAN_CAMERA_CLIP } from './footage';
import { seedRoutine } from './routines';
import { useSteppedCamera } from './stepped-camera';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

declare global {
  interface Window {
    __spoken: string[];
  }
}

/**
 * A guided routine, hands-free, on a camera playing the superman clip (three supermans, side-on),
 * stepped in lockstep with the analysis so the same frames are seen on a busy machine as on an
 * idle one (stepped-camera.ts): the supermans are counted to the target and the session moves on
 * by itself; the wall angel (wanting a front view) waits for the person, then runs on the clock.
 */
test('a routine runs through two exercises and the summary shows what the camera saw', async ({ page }) => {
  // Lockstep makes the clip's pace follow the machine's: a slow machine takes longer, never fails.
  test.setTimeout(300_000);
  await useSteppedCamera(page, SUPERMAN_CAMERA_CLIP);
  await page.addInitScript(() => {
    window.__spoken = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      window.__spoken.push(utterance.text);
      speak(utterance);
    };
  });
  await page.goto('/#routines');
  await seedRoutine(page, {
    id: 'own-test',
    name: 'Floor and wall',
    description: 'Two moves',
    items: [
      { exercise: 'superman', sets: 1, reps: 3 },
      { exercise: 'wall-angel', sets: 1, durationS: 6 },
    ],
  });
  await page.reload();
  await page.getByRole('button', { name: 'Start Floor and wall' }).click();
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('radio', { name: 'Pain 2 of 10' }).check({ force: true });
  await page.getByRole('button', { name: 'Start the session' }).click();

  const runner = page.locator('fc-session-runner');
  const captions = runner.getByRole('log', { name: 'Captions' });
  const latest = captions.getByRole('listitem').last();
  await expect(latest).toHaveText('Next: Superman. Get side-on to the camera.');
  await expect(page.getByRole('button', { name: 'Stop session' })).toBeVisible();
  // In position: the countdown starts by itself, then the coach counts to the target.
  await expect(runner.getByText('Exercise 2 of 2')).toBeVisible({ timeout: 180_000 });
  await expect(captions).toContainText('3 of 3. Good.');
  await expect(latest).toHaveText('Next: Wall angel. Face the camera.');

  // The voice goes quiet with one switch; captions go on.
  await runner.getByRole('checkbox', { name: 'Mute voice and beeps' }).check();
  const spokenBefore = await page.evaluate(() => window.__spoken.length);
  await runner.getByRole('button', { name: 'Start now' }).click();
  await expect(captions).toContainText('Go for 6 seconds', { timeout: 10_000 });
  expect(await page.evaluate(() => window.__spoken.length)).toBe(spokenBefore);

  const summary = page.locator('fc-session-summary');
  await expect(summary.getByRole('heading', { name: 'Floor and wall: done' })).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByRole('row', { name: /Superman/ })).toContainText('3 of 3 reps');
  await expect(summary.getByRole('row', { name: /Superman/ })).toContainText('Keep your neck long');
  await expect(summary.getByRole('row', { name: /Wall angel/ })).toContainText('0 reps');
  await expect(summary).toContainText('Pain before: 2 of 10');
  await summary.getByRole('radio', { name: 'Pain 1 of 10' }).check({ force: true });
  await summary.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Start Floor and wall' })).toBeVisible();
  expect(await page.evaluate(() => window.__spoken)).toContain('1 of 3');
});
