/**
 * What Form Coach keeps on this device, in IndexedDB through `idb`: the person's own routines and
 * their sessions (written as each rep or hold completes, so closing the tab loses nothing). The
 * schema is versioned and `upgrade` migrates an older database step by step.
 */
import { msg, str } from '../i18n/msg';
import type * as v from 'valibot';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { placeSets, type UnplacedSet } from './resume';
import type { Routine } from './routine';
import { check, describeIssue, RoutineSchema, SessionSchema } from './schema';
import type { SessionRecord } from './session-summary';

export const DB_NAME = 'form-coach';
/** 1: routines. 2: sessions, by start time. 3: each set keeps its place in the plan. */
export const DB_VERSION = 3;

export interface FormCoachSchema extends DBSchema {
  routines: { key: string; value: Routine };
  sessions: { key: string; value: SessionRecord; indexes: { startedAt: string } };
}

export type FormCoachDb = IDBPDatabase<FormCoachSchema>;

/**
 * What went wrong with storage, so each place can say what to do and what it means there (a set
 * goes on counting but its latest reps are not saved; an import changed nothing).
 */
export type StoreProblem = 'unavailable' | 'newer-version' | 'blocked' | 'full' | 'failed';

/**
 * Why the database cannot be used, in words a person can act on. The message never says whether
 * anything was lost: only the caller knows that (a failed save of a set means its latest reps are
 * not stored; a failed import changed nothing).
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly problem: StoreProblem,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGES: Readonly<Record<Exclude<StoreProblem, 'failed'>, string>> = {
  unavailable: msg(
    'The browser will not let Form Coach store data here (storage blocked, or a private window that allows none).',
  ),
  'newer-version': msg(
    'A newer version of Form Coach, open in another tab, has updated the data kept in this browser: reload this page to use it.',
  ),
  // Closing the other tab is enough: every operation opens the database afresh (no reload, which
  // would lose a set on screen).
  blocked: msg('Form Coach is open in another tab with an older version: close that tab.'),
  full: msg(
    'This device is out of storage space for Form Coach: free some space (files, or other sites’ data in the browser’s settings).',
  ),
};

/** IndexedDB itself, or a StoreError where even reaching it throws (storage blocked for the site). */
function indexedDbHere(): IDBFactory {
  try {
    // Typed as always there, but absent in some embedded browsers and old private modes.
    const factory = globalThis.indexedDB as IDBFactory | undefined;
    if (factory) return factory;
  } catch {
    // A SecurityError from the getter: site data blocked (cookies off, a sandboxed frame).
  }
  throw new StoreError('unavailable', MESSAGES.unavailable);
}

export async function openStore(): Promise<FormCoachDb> {
  indexedDbHere();
  let blocked = (): void => undefined;
  const wasBlocked = new Promise<never>((_, reject) => {
    blocked = () => reject(new StoreError('blocked', MESSAGES.blocked));
  });
  const opening = openOrThrow(blocked);
  try {
    return await Promise.race([opening, wasBlocked]);
  } catch (error) {
    // Lost the race to `blocked`: the open still goes on, and succeeds once the other tab lets go.
    // Nobody will use that connection, and left open it would block the next upgrade in turn.
    opening.then(
      (db) => db.close(),
      () => undefined,
    );
    throw storeError(error);
  }
}

/** Opens (and upgrades) the database; `indexedDB.open` throwing at once becomes a StoreError. */
function openOrThrow(blocked: () => void): Promise<FormCoachDb> {
  try {
    return openDB<FormCoachSchema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) db.createObjectStore('routines', { keyPath: 'id' });
        if (oldVersion < 2) db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
        // Sets saved before version 3 lack their place in the plan: worked out once, here. A
        // failure aborts the upgrade, so the database stays as it was.
        if (oldVersion === 2) placeStoredSets(tx.objectStore('sessions')).catch(() => tx.abort());
      },
      blocked,
      // A newer version in another tab wants to upgrade: let go at once (every operation opens the
      // database afresh), or that tab would wait on this one.
      blocking(_current, _wanted, event) {
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    throw storeError(error);
  }
}

async function placeStoredSets(
  sessions: IDBPObjectStore<FormCoachSchema, ArrayLike<'routines' | 'sessions'>, 'sessions', 'versionchange'>,
): Promise<void> {
  for await (const cursor of sessions) {
    const old = cursor.value as Omit<SessionRecord, 'sets'> & { sets: readonly UnplacedSet[] };
    await cursor.update({ ...old, sets: placeSets(old.plan, old.sets) });
  }
}

/** Turns browser storage errors into what to do about them. */
export function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return new StoreError('full', MESSAGES.full);
  // The database on disk has a higher version than this page knows: a newer Form Coach upgraded it.
  if (name === 'VersionError') return new StoreError('newer-version', MESSAGES['newer-version']);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StoreError('unavailable', MESSAGES.unavailable);
  }
  return new StoreError('failed', msg(str`Storage failed: ${error instanceof Error ? error.message : String(error)}`));
}

async function run<T>(work: (db: FormCoachDb) => Promise<T>): Promise<T> {
  const db = await openStore();
  try {
    return await work(db);
  } catch (error) {
    throw storeError(error);
  } finally {
    db.close();
  }
}

export const loadRoutines = (): Promise<Routine[]> => run((db) => db.getAll('routines'));
export const saveRoutine = (routine: Routine): Promise<void> =>
  run(async (db) => {
    await db.put('routines', valid(RoutineSchema, { ...routine, builtIn: false }, 'routine'));
  });
export const deleteRoutine = (id: string): Promise<void> => run((db) => db.delete('routines', id));

export const loadSessions = (): Promise<SessionRecord[]> => run((db) => db.getAllFromIndex('sessions', 'startedAt'));
export const saveSession = (session: SessionRecord): Promise<void> =>
  run(async (db) => {
    await db.put('sessions', valid(SessionSchema, session, 'session'));
  });
export const deleteSession = (id: string): Promise<void> => run((db) => db.delete('sessions', id));

/** Everything, for export. */
export const loadEverything = (): Promise<{ routines: Routine[]; sessions: SessionRecord[] }> =>
  run(async (db) => ({
    routines: await db.getAll('routines'),
    sessions: await db.getAllFromIndex('sessions', 'startedAt'),
  }));

/**
 * Adds imported routines and sessions in one transaction: all of them, or (on any failure) none.
 * Records with an id already kept are replaced by the imported ones.
 */
export const importEverything = (data: {
  routines: readonly Routine[];
  sessions: readonly SessionRecord[];
}): Promise<void> =>
  run(async (db) => {
    const tx = db.transaction(['routines', 'sessions'], 'readwrite');
    const routines = tx.objectStore('routines');
    const sessions = tx.objectStore('sessions');
    const writes: Promise<unknown>[] = [];
    let failure: unknown = null;
    try {
      for (const routine of data.routines) {
        writes.push(routines.put(valid(RoutineSchema, { ...routine, builtIn: false }, 'routine')));
      }
      for (const session of data.sessions) writes.push(sessions.put(valid(SessionSchema, session, 'session')));
    } catch (error) {
      failure = error; // a put that failed at once (a bad key) does not abort the others by itself
      tx.abort();
    }
    const settled = await Promise.allSettled([...writes, tx.done]);
    const rejected = settled.find((result) => result.status === 'rejected');
    if (failure !== null) throw storeError(failure);
    if (rejected) throw storeError(rejected.reason);
  });

/**
 * The record as it is kept, checked against the app's one schema (./schema.ts) before it is
 * written: the store never holds what the backup import would refuse, so every export imports back.
 */
function valid<S extends typeof RoutineSchema | typeof SessionSchema>(
  schema: S,
  record: unknown,
  what: string,
): v.InferOutput<S> {
  const checked = check(schema, record);
  if (checked.ok) return checked.value;
  const [first] = checked.issues;
  throw new StoreError('failed', `This ${what} was not saved: ${first ? describeIssue(first) : 'it is not valid'}.`);
}

/** Deletes every routine and session kept on this device. */
export const deleteEverything = (): Promise<void> =>
  run(async (db) => {
    const tx = db.transaction(['routines', 'sessions'], 'readwrite');
    await Promise.all([tx.objectStore('routines').clear(), tx.objectStore('sessions').clear(), tx.done]);
  });

/** Asks the browser not to evict this data when space runs low; says whether it agreed. */
export async function persistStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('storage' in navigator)) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
