import type { Page } from '@playwright/test';
import type { Routine } from '../../src/session/routine';

/** Puts a routine of the person's own in the app's IndexedDB, as the editor would save it. */
export async function seedRoutine(page: Page, routine: Routine): Promise<void> {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('form-coach', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('routines', { keyPath: 'id' });
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
    routine,
  );
}
