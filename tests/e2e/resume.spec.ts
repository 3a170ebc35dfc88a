import { expect, test } from './fixtures';
import { DB_NAME } from '../../src/session/store';

/**
 * Resuming a session whose routine does a move twice goes on where the person was, not at the
 * move's first place in the plan — for sets saved now (with their place) and for sets saved
 * before they carried it (a version-2 database, migrated when the app opens it).
 */
const plan = [
  { exercise: 'superman', sets: 2, reps: 10 },
  { exercise: 'neck-rotation', sets: 1, reps: 5 },
  { exercise: 'superman', sets: 2, reps: 10 },
];
/** A set as the runner saves it, without its place in the plan. */
const set = (exercise: string, setNumber: number, side: 'left' | 'right' | null) => ({
  exercise,
  set: setNumber,
  side,
  unit: 'reps',
  done: 10,
  target: 10,
  cleanReps: 10,
  faultyReps: 0,
  rangeOfMotion: 40,
  longestHoldMs: 0,
  faults: [],
  durationMs: 30_000,
  outcome: 'completed',
});
/** Both supermans of the first, the rotations, and the first set of the second supermans. */
const sets = [
  set('superman', 1, null),
  set('superman', 2, null),
  set('neck-rotation', 1, 'left'),
  set('neck-rotation', 1, 'right'),
  set('superman', 1, null),
];
const places = [0, 0, 1, 1, 2];

for (const saved of ['with their place in the plan', 'before sets kept their place (database version 2)'] as const) {
  test(`a session closed in a move done twice resumes there: sets saved ${saved}`, async ({ page }) => {
    // The app's origin without the app (which would open the database at once).
    await page.goto('/favicon.svg');
    const old = saved.startsWith('before');
    const session = {
      id: 's-twice',
      routineId: 'own-twice',
      routineName: 'Supermans twice',
      startedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      status: 'in-progress',
      painBefore: 3,
      painAfter: null,
      durationMs: 0,
      plan,
      sets: old ? sets : sets.map((one, i) => ({ ...one, item: places[i] })),
    };
    await page.evaluate(
      ({ session, name, version }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, version);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('routines', { keyPath: 'id' });
            open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
          };
          open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
          open.onsuccess = () => {
            const tx = open.result.transaction('sessions', 'readwrite');
            tx.objectStore('sessions').put(session);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('cannot save'));
          };
        }),
      // A fresh browser has no database yet: this makes it at version 2 (old) or 3 (now).
      { session, name: DB_NAME, version: old ? 2 : 3 },
    );
    await page.goto('/');
    const offer = page.getByRole('region', { name: 'Unfinished session' });
    await expect(offer).toContainText('Supermans twice');
    await offer.getByRole('button', { name: 'Resume it' }).click();
    const runner = page.locator('fc-session-runner');
    await expect(runner.getByText('Exercise 3 of 3 · set 2 of 2')).toBeVisible();
    await expect(runner.locator('.where strong')).toHaveText('Superman');
  });
}
