import type { Page } from '@playwright/test';
import type { Routine } from '../../src/session/routine';
import type { SessionRecord } from '../../src/session/session-summary';
import { DB_NAME, DB_VERSION } from '../../src/session/store';

/** Puts `records` in one of the app's IndexedDB stores, creating its schema if the page has not yet. */
async function seed(page: Page, store: 'routines' | 'sessions', records: readonly unknown[]): Promise<void> {
  await page.evaluate(
    ({ list, storeName, name, version }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => {
          // The app's schema (src/session/store.ts), for a browser that has not opened it yet.
          open.result.createObjectStore('routines', { keyPath: 'id' });
          open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
        };
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const tx = open.result.transaction(storeName, 'readwrite');
          for (const record of list) tx.objectStore(storeName).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('cannot save'));
        };
      }),
    { list: records, storeName: store, name: DB_NAME, version: DB_VERSION },
  );
}

/** Puts a routine of the person's own in the app's IndexedDB, as the editor would save it. */
export const seedRoutine = (page: Page, routine: Routine): Promise<void> => seed(page, 'routines', [routine]);

/** Puts saved sessions in the app's IndexedDB, as the routine runner would have stored them. */
export const seedSessions = (page: Page, sessions: readonly SessionRecord[]): Promise<void> =>
  seed(page, 'sessions', sessions);

/** The sessions the app has stored, oldest first. */
export async function storedSessions(page: Page): Promise<SessionRecord[]> {
  return page.evaluate(
    ({ name }) =>
      new Promise<SessionRecord[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').index('startedAt').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as SessionRecord[]);
          };
          request.onerror = () => reject(request.error ?? new Error('cannot read'));
        };
      }),
    { name: DB_NAME },
  );
}
