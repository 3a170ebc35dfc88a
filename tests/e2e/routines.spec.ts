import { expect, test } from './fixtures';
import { seedRoutine } from './routines';

test('severe pain blocks the start and says to see a professional', async ({ page }) => {
  await page.goto('/#routines');
  await page.getByRole('button', { name: 'Start Upper-back relief' }).click();
  await expect(page.getByRole('note')).toContainText('Form Coach is not medical advice');
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('checkbox', { name: /severe pain/ }).check();
  await expect(page.getByRole('alert')).toContainText('please do not start this session');
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeHidden();
  // Once acknowledged, the statement is not shown again.
  await page.getByRole('button', { name: 'Back to routines' }).click();
  await page.getByRole('button', { name: 'Start Upper-back relief' }).click();
  await expect(page.getByRole('button', { name: 'I understand' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeDisabled(); // no pain rating yet
});

test('a routine is edited, checked and saved locally; the equipment swaps moves', async ({ page }) => {
  await page.goto('/#routines');
  await seedRoutine(page, {
    id: 'own-edit',
    name: 'Mine',
    description: 'To edit',
    items: [
      { exercise: 'wall-angel', sets: 2, reps: 10 },
      { exercise: 'superman', sets: 2, reps: 10 },
    ],
  });
  await page.reload();
  const mine = page.getByRole('article', { name: 'Mine' });
  await expect(mine.getByRole('listitem')).toHaveText(['Wall angel — 2 × 10', 'Superman — 2 × 10']);

  await mine.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Move Superman up' }).click();
  await page.getByRole('spinbutton', { name: 'Superman: Reps' }).fill('12');
  await page.getByRole('spinbutton', { name: 'Superman: Reps' }).blur();
  await page.getByRole('spinbutton', { name: 'Wall angel: Sets' }).fill('0');
  await page.getByRole('spinbutton', { name: 'Wall angel: Sets' }).blur();
  await expect(page.getByRole('alert')).toContainText('2. Wall angel: sets must be 1 to 10.');
  await expect(page.getByRole('button', { name: 'Save routine' })).toBeDisabled();
  await page.getByRole('spinbutton', { name: 'Wall angel: Sets' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Wall angel: Sets' }).blur();
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(mine.getByRole('listitem')).toHaveText(['Superman — 2 × 12', 'Wall angel — 3 × 10']);

  await page.reload(); // saved in IndexedDB, not in memory
  await expect(mine.getByRole('listitem')).toHaveText(['Superman — 2 × 12', 'Wall angel — 3 × 10']);
  // No wall: the wall angel is left out, saying why.
  await page.getByRole('checkbox', { name: 'A wall' }).uncheck();
  await expect(mine.getByRole('listitem')).toHaveText(['Superman — 2 × 12']);
  await expect(mine).toContainText('Left out: Wall angel (needs a wall)');
});
