/**
 * What Form Coach keeps on this device, in IndexedDB (through `idb`): the person's own routines
 * (later: their sessions). The schema is versioned; `upgrade` migrates old databases step by step.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Routine } from './routine';

export const DB_NAME = 'form-coach';
export const DB_VERSION = 1;

export interface FormCoachSchema extends DBSchema {
  routines: { key: string; value: Routine };
}

export type FormCoachDb = IDBPDatabase<FormCoachSchema>;

export function openStore(): Promise<FormCoachDb> {
  return openDB<FormCoachSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('routines', { keyPath: 'id' });
    },
  });
}

export async function loadRoutines(db: FormCoachDb): Promise<Routine[]> {
  return db.getAll('routines');
}

export async function saveRoutine(db: FormCoachDb, routine: Routine): Promise<void> {
  await db.put('routines', { ...routine, builtIn: false });
}

export async function deleteRoutine(db: FormCoachDb, id: string): Promise<void> {
  await db.delete('routines', id);
}
