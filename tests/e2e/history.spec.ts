import { expect, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, SUPERMAN_CAMERA_CLIP } from './footage';
import { seedRoutine } from './routines';
import { useSteppedCamera } from './stepped-camera';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

/**
 * Seeds a one-exercise routine and starts it, past the readiness check, on the superman clip
 * stepped in lockstep with the analysis (stepped-camera.ts): the same frames are seen whatever
 * the machine's load, so the reps come, only later on a slow machine.
 */
async function startSupermans(page: import('@playwright/test').Page, reps: number): Promise<void> {
  test.setTimeout(300_000);
  await useSteppedCamera(page, SUPERMAN_CAMERA_CLIP);
  await page.goto('/#routines');
  await seedRoutine(page, {
    id: 'own-sm',
    name: 'Supermans',
    description: 'One move',
    items: [{ exercise: 'superman', sets: 1, reps }],
  });
  await page.reload();
  await page.getByRole('button', { name: 'Start Supermans' }).click();
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('radio', { name: 'Pain 4 of 10' }).check({ force: true });
  await page.getByRole('button', { name: 'Start the session' }).click();
}

test('a finished session is kept: after a reload it is in the history, and in the chart', async ({ page }) => {
  await startSupermans(page, 2);
  const summary = page.locator('fc-session-summary');
  await expect(summary.getByRole('heading', { name: 'Supermans: done' })).toBeVisible({ timeout: 180_000 });
  await expect(summary).toContainText('Saved on this device');
  await summary.getByRole('radio', { name: 'Pain 3 of 10' }).check({ force: true });
  await summary.getByRole('button', { name: 'Done' }).click();

  await page.reload();
  await page.getByRole('link', { name: 'History' }).click();
  const history = page.locator('fc-history');
  await expect(history.getByRole('row', { name: /Supermans/ })).toContainText('4 → 3');
  await expect(history).toContainText('This week: 1 of 3 sessions.');
  const chart = history.locator('fc-chart');
  await expect(chart.locator('canvas')).toBeVisible();
  await chart.getByText('Show as a table').click();
  await expect(chart.locator('details').getByRole('row').nth(1)).toContainText('2');
  await expect(history.getByRole('row', { name: /Superman/ }).last()).toBeVisible(); // personal bests
});

test('closing the tab mid-set loses nothing: the next visit offers the session back', async ({ page, context }) => {
  await startSupermans(page, 10);
  const captions = page.locator('fc-session-runner').getByRole('log', { name: 'Captions' });
  await expect(captions).toContainText('2 of 10', { timeout: 180_000 });
  await page.close(); // no goodbye: as if the tab were killed

  const again = await context.newPage();
  await again.goto('/');
  const offer = again.getByRole('region', { name: 'Unfinished session' });
  await expect(offer).toContainText(/Supermans[\s\S]*was not finished: 1\s+set and [2-9] reps or holds are kept/);
  await expect(offer.getByRole('button', { name: 'Resume it' })).toBeVisible();
  await offer.getByRole('button', { name: 'Save it as it is' }).click();
  await expect(again.getByRole('status').first()).toContainText('Saved to your history.');
  await again.getByRole('link', { name: 'History' }).click();
  await expect(again.locator('fc-history').getByRole('row', { name: /Supermans \(stopped early\)/ })).toContainText(
    /[2-9]/,
  );
});
