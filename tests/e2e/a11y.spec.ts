import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PROGRESS_HISTORY } from '../support/progress-history';
import { expect, test } from './fixtures';
import { seedSessions } from './routines';

/**
 * Accessibility (issue 17): axe-core finds no violation (WCAG 2.1 A and AA rules, and its best
 * practices) on every page and state a person reaches without a camera. Live coaching and the
 * summary are checked with the camera in a11y-coach.spec.ts.
 */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe-core on ${state}`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#history');
  await seedSessions(page, PROGRESS_HISTORY);
  await page.reload();
});

test('the exercise picker and an exercise card', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Superman' }).or(page.getByText('Superman')).first()).toBeVisible();
  await expectNoViolations(page, 'the exercise picker');
  await page.goto('/#exercise=wall-angel');
  await expect(page.getByRole('heading', { name: 'Wall angel' })).toBeVisible();
  await expectNoViolations(page, 'the wall angel card');
});

test('routines: the list, the editor and the readiness check with a suggestion', async ({ page }) => {
  await page.goto('/#routines');
  await expect(page.getByRole('heading', { name: 'Routines' })).toBeVisible();
  await expectNoViolations(page, 'the routines list');
  await page.getByRole('button', { name: /Start.*Desk break/ }).click();
  const readiness = page.locator('fc-readiness');
  await expectNoViolations(page, 'the not-medical-advice statement');
  await readiness.getByRole('button', { name: 'I understand' }).click();
  await expect(readiness.getByRole('heading', { name: 'A suggestion: ease off today' })).toBeVisible();
  await expectNoViolations(page, 'the readiness check');
  await readiness.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('article', { name: 'Desk break' }).getByRole('button', { name: 'Make my own copy' }).click();
  await expect(page.locator('fc-routine-editor')).toBeVisible();
  await expectNoViolations(page, 'the routine editor');
});

test('history, an import error, the report and the accuracy page', async ({ page }) => {
  await page.goto('/#history');
  const history = page.locator('fc-history');
  await expect(history.getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expectNoViolations(page, 'history');
  const chooser = page.waitForEvent('filechooser');
  await history.getByRole('button', { name: 'Import a JSON export' }).click();
  await (await chooser).setFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(history.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'an import error');
  await page.goto('/#report');
  await expect(page.locator('fc-report').getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoViolations(page, 'the report');
  await page.goto('/#accuracy');
  await expect(page.locator('fc-accuracy')).toBeVisible();
  await expectNoViolations(page, 'the accuracy page');
});
