import { PROGRESS_HISTORY } from '../support/progress-history';
import { expect, test } from './fixtures';
import { seedSessions, storedSessions } from './routines';

/**
 * Progress a physiotherapist can read (issue 18), on a seeded month of desk breaks whose answers
 * are known (tests/support/progress-history.ts).
 */
test.beforeEach(async ({ page }) => {
  await page.goto('/#history');
  await seedSessions(page, PROGRESS_HISTORY);
  await page.reload();
});

test('the History page shows a baseline set, then a later improved set against it', async ({ page }) => {
  const history = page.locator('fc-history');
  await history.getByRole('combobox', { name: 'Exercise' }).selectOption({ label: 'Neck rotation' });
  const baseline = history.getByLabel('Neck rotation against your starting point');
  await expect(baseline).toContainText(/Left: \+23° since 3 Nov \(51° → 74°, ± \d+°\)/);
  await expect(baseline).toContainText('Right: no clear change since 3 Nov (53° → 56°');
});

test('the report for a date range: numbers from the seed, printable as a PDF', async ({ page }) => {
  await page.locator('fc-history').getByRole('link', { name: 'Report for my physio' }).click();
  const report = page.locator('fc-report');
  await report.getByRole('textbox', { name: 'From' }).fill('2026-11-01');
  await report.getByRole('textbox', { name: 'To' }).fill('2026-11-30');
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(
    'Exercise report: 1 November 2026 – 30 November 2026',
  );

  const weeks = report.getByRole('region', { name: 'Sessions per week' }).getByRole('row');
  await expect(weeks).toHaveCount(7); // a header and six weeks
  await expect(weeks.nth(2).getByRole('cell')).toHaveText(['2 Nov', '2', '3']);

  const neck = report.getByRole('article').filter({ hasText: 'Neck rotation' });
  await expect(neck).toContainText('4 sessions · 8 sets · 40 reps · 95 % of reps without a form cue');
  await expect(neck).toContainText('Most frequent cue: “Keep your shoulders facing forward: turn only your head” (2×)');
  await expect(neck).toContainText(/Left: \+23° since 3 Nov/);
  await expect(
    neck.getByRole('img', { name: /Neck rotation: range of motion by session, .* with its uncertainty/ }),
  ).toBeVisible();
  await expect(report.getByRole('article').filter({ hasText: 'Upper trapezius stretch' })).toContainText(
    'Longest hold 22 s, up from 16 s since 3 Nov',
  );
  const pain = report.getByRole('region', { name: /Pain before and after/ }).getByRole('row');
  await expect(pain.last()).toContainText('2 → 5');
  await expect(report).toContainText('It cannot measure strength, pain, muscle activity');

  // Printed: the app's chrome and the report's controls are left out, black on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('fc-app').locator('header')).toBeHidden();
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await report.screenshot({ path: 'docs/screenshots/report.png' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: test.info().outputPath('report.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('after a session where pain rose, the next one suggests easing off, and the person chooses', async ({ page }) => {
  await page.goto('/#routines');
  await page.getByRole('button', { name: /Start.*Desk break/ }).click();
  const readiness = page.locator('fc-readiness');
  const understood = readiness.getByRole('button', { name: 'I understand' });
  if (await understood.isVisible()) await understood.click();
  await expect(readiness.getByRole('heading', { name: 'A suggestion: ease off today' })).toBeVisible();
  await expect(readiness).toContainText('Your pain went from 2 to 5 during your last session.');
  await expect(readiness).toContainText('Upper trapezius stretch: holds of 15 s → 10 s');
  await expect(readiness.getByRole('button', { name: 'Start my usual plan' })).toBeVisible();
  await readiness.getByRole('radio', { name: 'Pain 2 of 10' }).check();
  await readiness.getByRole('button', { name: 'Start, easing off today' }).click();
  await expect(page.locator('fc-session-runner')).toBeVisible();
  await expect
    .poll(async () => (await storedSessions(page)).find((s) => s.status === 'in-progress')?.plan)
    .toContainEqual({ exercise: 'upper-trap-stretch', sets: 1, holdS: 10 });
});
