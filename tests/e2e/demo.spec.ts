import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The exercise card's demonstration (src/demo): the figure moves, "Not like this" puts the
 * common fault beside it, reduced motion gets still key frames, and the picker shows a still of
 * every move. The page's clock is the test's (Playwright's fake clock drives performance.now and
 * requestAnimationFrame), so the frames are the same on a busy machine.
 *
 * The screenshots in docs/screenshots (the README shows them) are written by the last test.
 */

/** A short digest of a canvas's pixels, to tell whether the figure moved. */
const pixels = (canvas: Locator) =>
  canvas.evaluate((element: HTMLCanvasElement) => {
    const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? [];
    let lit = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 0) lit++;
      sum = (sum + (data[i] ?? 0) * (i % 9973)) % 1_000_000_007;
    }
    return { lit, sum };
  });

async function openCard(page: Page, id: string): Promise<Locator> {
  await page.clock.install({ time: 0 });
  await page.goto(`/#exercise=${id}`);
  const demo = page.locator('fc-instructions fc-demo');
  await expect(demo.locator('canvas').first()).toBeVisible();
  return demo;
}

test('the card shows the move animated, and "Not like this" shows the common fault beside it', async ({ page }) => {
  const demo = await openCard(page, 'wall-angel');
  const right = demo.getByRole('img', { name: 'a figure doing the wall angel, done right' });
  await page.clock.runFor(200);
  const before = await pixels(right);
  expect(before.lit, 'the figure is drawn').toBeGreaterThan(1000);
  await page.clock.runFor(1500);
  expect((await pixels(right)).sum, 'the figure moved').not.toBe(before.sum);

  await expect(demo.getByText('Not like this: Shoulders shrugging to the ears')).toHaveCount(0);
  const toggle = demo.getByRole('button', { name: 'Not like this…' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(demo.getByText('✗ Not like this: Shoulders shrugging to the ears')).toBeVisible();
  await expect(demo.getByRole('img', { name: /done wrong: Shoulders shrugging/ })).toBeVisible();
  await expect(demo.getByRole('button', { name: 'Hide the wrong way' })).toHaveAttribute('aria-pressed', 'true');
});

test('with reduced motion each take is a still pair: the start and the peak', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const demo = await openCard(page, 'row');
  const start = demo.getByRole('img', { name: /done right: start$/ });
  const peak = demo.getByRole('img', { name: /done right: peak$/ });
  await page.clock.runFor(200);
  const first = await pixels(start);
  expect(first.sum).not.toBe((await pixels(peak)).sum);
  await page.clock.runFor(2000);
  expect((await pixels(start)).sum, 'a still does not move').toBe(first.sum);
});

test('the picker shows a still of every move', async ({ page }) => {
  await page.goto('/');
  const stills = page.locator('fc-exercise-picker fc-demo canvas');
  await expect(stills).toHaveCount(25);
  await expect(page.getByRole('img', { name: 'Wall angel, at the peak of the move' })).toBeVisible();
  await page.locator('fc-exercise-picker').screenshot({ path: 'docs/screenshots/demo-picker.jpg', quality: 70 });
});

// Screenshots of three cards for the README: a neck, a strength and a floor exercise. A still
// image cannot move, so they are taken as reduced motion draws them: the start and the peak, for
// the right form and for the fault.
for (const id of ['levator-scapulae-stretch', 'wall-angel', 'superman']) {
  test(`screenshot of the ${id} card, right and wrong`, async ({ page }) => {
    mkdirSync('docs/screenshots', { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const demo = await openCard(page, id);
    await demo.getByRole('button', { name: 'Not like this…' }).click();
    await page.clock.runFor(500);
    await page.locator('fc-instructions').screenshot({ path: `docs/screenshots/demo-${id}.png` });
  });
}
