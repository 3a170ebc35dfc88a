import { expect, test } from './fixtures';

test('importing a bad file says what is wrong and changes nothing', async ({ page }) => {
  await page.goto('/#history');
  const history = page.locator('fc-history');
  await expect(history).toContainText('No sessions yet');
  const choose = async (name: string, body: string) => {
    const chooser = page.waitForEvent('filechooser');
    await history.getByRole('button', { name: 'Import a JSON export' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  };

  await choose('cut-short.json', '{"format": "form-coach-export", "version": 1, "sessions": [');
  await expect(history.getByRole('alert')).toContainText('not valid JSON — it may be cut short');

  await choose(
    'hostile.json',
    JSON.stringify({
      format: 'form-coach-export',
      version: 1,
      exportedAt: '2026-11-24T10:00:00.000Z',
      routines: [{ id: 'x', name: '<img src=x onerror=alert(1)>', description: '', items: [] }],
      sessions: [],
      settings: { weeklyGoal: 3, equipment: [] },
    }),
  );
  await expect(history.getByRole('alert')).toContainText('routines.0.name must be plain text');
  await expect(history).toContainText('No sessions yet');

  // A good export goes in whole.
  await choose(
    'good.json',
    JSON.stringify({
      format: 'form-coach-export',
      version: 1,
      exportedAt: '2026-11-24T10:00:00.000Z',
      routines: [],
      sessions: [
        {
          id: 's1',
          routineId: 'desk-break',
          routineName: 'Desk break',
          startedAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          status: 'finished',
          painBefore: 5,
          painAfter: 3,
          durationMs: 300000,
          plan: [{ exercise: 'superman', sets: 1, reps: 3 }],
          sets: [],
        },
      ],
      settings: { weeklyGoal: 4, equipment: ['chair'] },
    }),
  );
  await expect(history.getByRole('status')).toContainText('Imported 1 session and 0 routines.');
  await expect(history).toContainText('This week: 1 of 4 sessions.');
});
