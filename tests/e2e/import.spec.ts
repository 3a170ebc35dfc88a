import { readFileSync } from 'node:fs';
import { deskBreakSession, NECK_ROTATION_SET } from '../support/session-records';
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

/** A finished desk break (neck rotations), saved last at `updatedAt`, with the pain after given. */
const deskBreak = (updatedAt: string, painAfter: number) =>
  deskBreakSession({
    id: 's-desk',
    routineName: 'Nacken 🧘 & Rücken',
    updatedAt,
    painAfter,
    plan: [{ exercise: 'neck-rotation', sets: 1, reps: 5 }],
    sets: [{ ...NECK_ROTATION_SET, item: 0, rangeUnit: 'deg' }],
  });
const backup = (sessions: object[], routines: object[] = []) =>
  JSON.stringify({
    format: 'form-coach-export',
    version: 2,
    exportedAt: '2026-11-24T10:00:00.000Z',
    routines,
    sessions,
    settings: { weeklyGoal: 3 },
  });

test('the app’s own backup imports back; an older one says what it would replace and lets the person choose', async ({
  page,
}) => {
  await page.goto('/#history');
  const history = page.locator('fc-history');
  await expect(history).toContainText('No sessions yet');
  const choose = async (name: string, body: string | Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await history.getByRole('button', { name: 'Import a JSON export' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  };
  const row = history.getByRole('row', { name: /Nacken 🧘 & Rücken/ });
  const routine = {
    id: 'own-limits',
    name: `Nacken 🧘 ${'💪'.repeat(36)}`.slice(0, 80),
    description: '',
    items: [{ exercise: 'row', sets: 10, reps: 100, restS: 600 }],
  };

  // Newer work on this device: the session saved at 09:30 with pain 2 after.
  await choose('today.json', backup([deskBreak('2026-11-20T09:30:00.000Z', 2)], [routine]));
  await expect(history.getByRole('status')).toContainText('Imported 1 session and 1 routine.');
  await expect(row).toContainText('4 → 2');

  // The app's own export, after deleting everything, imports back whole.
  const download = page.waitForEvent('download');
  await history.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const exported = await (await download).path();
  page.once('dialog', (dialog) => void dialog.accept());
  await history.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(history).toContainText('No sessions yet');
  await choose('form-coach.json', readFileSync(exported));
  await expect(history.getByRole('status')).toContainText('Imported 1 session and 1 routine.');
  await expect(row).toContainText('4 → 2');

  // An older backup (saved at 09:10, pain 5 after) would put the older version over it: asked first.
  const older = backup([
    deskBreak('2026-11-20T09:10:00.000Z', 5),
    { ...deskBreak('2026-11-21T09:10:00.000Z', 1), id: 's-new' },
  ]);
  await choose('last-week.json', older);
  const ask = history.getByRole('alertdialog', { name: 'This backup has older versions of 1 session you have here.' });
  await expect(ask).toContainText('Nothing has been imported yet.');
  await expect(ask.getByRole('listitem')).toContainText('Nacken 🧘 & Rücken');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('4 → 2');

  await ask.getByRole('button', { name: 'Don’t import' }).click();
  await expect(history.getByRole('status')).toHaveText('Nothing was imported.');
  await expect(row).toHaveCount(1);

  await choose('last-week.json', older);
  await history.getByRole('button', { name: 'Import, keeping my newer version' }).click();
  await expect(history.getByRole('status')).toHaveText(
    'Imported 1 session and 0 routines. Your newer version of 1 session was kept.',
  );
  await expect(row).toHaveCount(2); // the other session came in
  await expect(row.first()).toContainText('4 → 1');
  await expect(row.last()).toContainText('4 → 2');

  await choose('last-week.json', older);
  await history.getByRole('button', { name: 'Import, replacing it with the older' }).click();
  await expect(history.getByRole('status')).toContainText('1 session was replaced by the backup’s older version.');
  await expect(row.last()).toContainText('4 → 5');
});
