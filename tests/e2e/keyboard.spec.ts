import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, SUPERMAN_CAMERA_CLIP } from './footage';
import { seedRoutine } from './routines';
import { useSteppedCamera } from './stepped-camera';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

interface Focused {
  readonly tag: string;
  readonly name: string;
  readonly visible: boolean;
}

/** What has the focus, through shadow roots: its tag, its name, and whether the focus shows. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.localName,
      name: (element.getAttribute('aria-label') ?? element.textContent).trim().replace(/\s+/g, ' '),
      visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until the control named `name` has the focus, and checks that the focus shows. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && (typeof name === 'string' ? now.name === name : name.test(now.name))) {
      expect(now.visible, `the focus on “${now.name}” is visible`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/**
 * A whole routine with the keyboard alone (issue 17): every control reached with Tab and a visible
 * focus, and the focus following each stage (the readiness check, the session, the summary, the
 * list) instead of falling back to the top of the page.
 */
test('a whole routine is done with the keyboard alone', async ({ page }) => {
  test.setTimeout(300_000);
  await useSteppedCamera(page, SUPERMAN_CAMERA_CLIP);
  await page.goto('/#routines');
  await seedRoutine(page, {
    id: 'keys',
    name: 'Keys only',
    description: 'Three supermans',
    items: [{ exercise: 'superman', sets: 1, reps: 3 }],
  });
  await page.reload();

  await tabTo(page, 'Start Keys only');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ tag: 'h2', name: 'Before you start' });
  await tabTo(page, 'I understand');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', name: 'Keys only: a quick check' });
  await tabTo(page, /^Pain \d+ of 10$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Pain 2 of 10' })).toBeChecked();
  await tabTo(page, 'Start the session');
  await page.keyboard.press('Enter');

  const runner = page.locator('fc-session-runner');
  await expect(runner).toBeVisible();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', name: 'Pause' });

  const summary = page.locator('fc-session-summary');
  await expect(summary.getByRole('heading', { name: 'Keys only: done' })).toBeVisible({ timeout: 240_000 });
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', name: 'Keys only: done' });
  await expect(summary.getByRole('row', { name: /Superman/ })).toContainText('3 of 3 reps');
  await tabTo(page, /^Pain \d+ of 10$/);
  await page.keyboard.press('ArrowRight');
  await expect(summary.getByRole('radio', { name: 'Pain 1 of 10' })).toBeChecked();
  await tabTo(page, 'Done');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', name: 'Routines' });
});
