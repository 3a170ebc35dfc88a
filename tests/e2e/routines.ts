import type { Page } from '@playwright/test';
import type { Routine } from '../../src/session/routine';
import type { SessionRecord } from '../../src/session/session-summary';
import { DB_NAME, DB_VERSION } from '../../src/session/store';

/** Puts a routine of the person's own in the app's IndexedDB, as the editor would save it. */
export async function seedRoutine(page: Page, routine: Routine): Promise<void> {
  await page.evaluate(
    ({ r, name, version }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => {
          // The app's schema (src/session/store.ts), for a browser that has not opened it yet.
          open.result.createObjectStore('routines', { keyPath: 'id' });
          open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
        };
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('routines', 'readwrite');
          tx.objectStore('routines').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('cannot save'));
        };
      }),
    { r: routine, name: DB_NAME, version: DB_VERSION },
  );
}

/** Puts saved sessions in the app's IndexedDB, as the routine runner would have stored them. */
export async function seedSessions(page: Page, sessions: readonly SessionRecord[]): Promise<void> {
  await page.evaluate(
    ({ list, name, version }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('routines', { keyPath: 'id' });
          open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
        };
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite');
          for (const session of list) tx.objectStore('sessions').put(session);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('cannot save'));
        };
      }),
    { list: sessions, name: DB_NAME, version: DB_VERSION },
  );
}

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
