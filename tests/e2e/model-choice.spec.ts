import { expect, test } from './fixtures';

const NOTE = 'Using the full model for this exercise: it sees a body lying down better';

/**
 * An exercise that the lite model tracks badly asks for a heavier one (src/ui/exercise/model-choice.ts)
 * until the person picks a model themselves; the menu shows the model in use and says why.
 */
test('knee to chest uses the full model and says why, until the person picks one', async ({ page }) => {
  await page.goto('/#exercise=knee-to-chest');
  const picker = page.getByLabel('Pose model', { exact: true });
  await expect(picker).toHaveValue('full');
  await expect(page.getByText(NOTE)).toBeVisible();

  await picker.selectOption('lite');
  await expect(picker).toHaveValue('lite');
  await expect(page.getByText(NOTE)).toHaveCount(0);
  // The choice is the person's from now on, on the next visit too.
  await page.reload();
  await expect(page.getByLabel('Pose model', { exact: true })).toHaveValue('lite');
  await expect(page.getByText(NOTE)).toHaveCount(0);
});

test('an exercise that asks for nothing keeps the setting, with nothing said', async ({ page }) => {
  await page.goto('/#exercise=superman');
  await expect(page.getByLabel('Pose model', { exact: true })).toHaveValue('lite');
  await expect(page.getByText(NOTE)).toHaveCount(0);
});
