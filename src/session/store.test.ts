import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UPPER_BACK_RELIEF } from './routines';
import type { SessionRecord } from './session-summary';
import {
  DB_NAME,
  DB_VERSION,
  deleteEverything,
  deleteRoutine,
  importEverything,
  loadRoutines,
  loadSessions,
  openStore,
  saveRoutine,
  saveSession,
  storeError,
  StoreError,
} from './store';

const mine = { ...UPPER_BACK_RELIEF, id: 'mine', name: 'My upper back', items: UPPER_BACK_RELIEF.items.slice(0, 3) };
const session = (id: string, startedAt: string): SessionRecord => ({
  id,
  routineId: 'mine',
  routineName: 'My upper back',
  startedAt,
  updatedAt: startedAt,
  status: 'finished',
  painBefore: 3,
  painAfter: 2,
  durationMs: 600_000,
  plan: mine.items,
  sets: [],
});

beforeEach(async () => {
  await deleteEverything();
});

describe('the store', () => {
  it('keeps a person’s routine across reopening, as their own copy, until deleted', async () => {
    await saveRoutine(mine);
    expect(await loadRoutines()).toEqual([{ ...mine, builtIn: false }]);
    await deleteRoutine('mine');
    expect(await loadRoutines()).toEqual([]);
  });

  it('keeps sessions in the order they started', async () => {
    await saveSession(session('b', '2026-11-20T10:00:00.000Z'));
    await saveSession(session('a', '2026-11-18T10:00:00.000Z'));
    expect((await loadSessions()).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('imports all or nothing: one bad record leaves the data as it was', async () => {
    await saveSession(session('kept', '2026-11-01T10:00:00.000Z'));
    const bad = { ...session('new', '2026-11-02T10:00:00.000Z'), id: undefined } as unknown as SessionRecord;
    await expect(
      importEverything({ routines: [mine], sessions: [session('ok', '2026-11-03T00:00:00.000Z'), bad] }),
    ).rejects.toThrow();
    expect((await loadSessions()).map((s) => s.id)).toEqual(['kept']);
    expect(await loadRoutines()).toEqual([]);
  });

  it('migrates a version-1 database (routines only), keeping its routines', async () => {
    indexedDB.deleteDatabase(DB_NAME);
    const v1 = await openDB(DB_NAME, 1, { upgrade: (db) => db.createObjectStore('routines', { keyPath: 'id' }) });
    await v1.put('routines', mine);
    v1.close();
    const db = await openStore();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['routines', 'sessions']);
    db.close();
    expect(await loadRoutines()).toEqual([mine]);
    expect(await loadSessions()).toEqual([]);
  });

  it('migrates a version-2 database: each set is given its place in the plan, a move done twice included', async () => {
    indexedDB.deleteDatabase(DB_NAME);
    const v2 = await openDB(DB_NAME, 2, {
      upgrade: (db) => {
        db.createObjectStore('routines', { keyPath: 'id' });
        db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
      },
    });
    const plan = [
      { exercise: 'superman', sets: 1, reps: 10 },
      { exercise: 'neck-rotation', sets: 1, reps: 5 },
      { exercise: 'superman', sets: 1, reps: 10 },
    ];
    const set = (exercise: string, side: 'left' | 'right' | null) => ({
      exercise,
      set: 1,
      side,
      unit: 'reps',
      done: 5,
      target: 5,
      cleanReps: 5,
      faultyReps: 0,
      rangeOfMotion: null,
      longestHoldMs: 0,
      faults: [],
      durationMs: 10_000,
      outcome: 'completed',
    });
    const sets = [
      set('superman', null),
      set('neck-rotation', 'left'),
      set('neck-rotation', 'right'),
      set('superman', null),
    ];
    await v2.put('sessions', { ...session('old', '2026-11-01T10:00:00.000Z'), plan, sets });
    v2.close();
    const [migrated] = await loadSessions();
    expect(migrated?.sets.map((s) => [s.exercise, s.item])).toEqual([
      ['superman', 0],
      ['neck-rotation', 1],
      ['neck-rotation', 1],
      ['superman', 2],
    ]);
  });
});

describe('storage errors', () => {
  it('say what to do about a full disk, and never that nothing was lost (the caller knows what was)', () => {
    const error = storeError(new DOMException('', 'QuotaExceededError'));
    expect(error.problem).toBe('full');
    expect(error.message).toMatch(/out of storage space.*free some space/);
    expect(error.message).not.toMatch(/nothing was lost/i);
  });

  it('storage blocked for the site (reaching IndexedDB throws, or opening it does): "unavailable", never a crash', async () => {
    const factory = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      await expect(loadSessions()).rejects.toMatchObject({ problem: 'unavailable' });
    } finally {
      if (factory) Object.defineProperty(globalThis, 'indexedDB', factory);
    }
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expect(saveSession(session('x', '2026-11-01T10:00:00.000Z'))).rejects.toMatchObject({
      problem: 'unavailable',
    });
    open.mockRestore();
    expect(await loadSessions()).toEqual([]);
  });

  it('say when the browser will not store anything', () => {
    expect(storeError(new DOMException('', 'InvalidStateError')).message).toMatch(/private window/);
    expect(storeError(new DOMException('', 'SecurityError')).problem).toBe('unavailable');
  });
});

describe('the database and other tabs', () => {
  it('a database from a newer version is left as it is, and the person is told to reload', async () => {
    await saveRoutine(mine);
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    const error = await openStore().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).problem).toBe('newer-version');
    expect((error as StoreError).message).toMatch(/reload this page/);
    // Nothing kept there was touched.
    const check = await openDB(DB_NAME);
    expect(check.version).toBe(DB_VERSION + 1);
    expect(await check.getAll('routines')).toEqual([{ ...mine, builtIn: false }]);
    check.close();
    indexedDB.deleteDatabase(DB_NAME);
  });

  it('an older tab holding the database: "close that tab", and the connection that opens later is closed', async () => {
    indexedDB.deleteDatabase(DB_NAME);
    const older = await openDB(DB_NAME, 2, {
      upgrade: (db) => {
        db.createObjectStore('routines', { keyPath: 'id' });
        db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
      },
    }); // and no versionchange handler: it does not let go
    const closes = vi.spyOn(IDBDatabase.prototype, 'close');
    await expect(openStore()).rejects.toMatchObject({ problem: 'blocked', message: /close that tab/ });
    older.close();
    // The open goes on once the older tab let go; the app's connection is then closed at once.
    await vi.waitFor(() =>
      expect(closes.mock.contexts.some((db) => (db as IDBDatabase).version === DB_VERSION)).toBe(true),
    );
    closes.mockRestore();
    // Nobody is blocked by it: a newer version opens without waiting.
    let blockedNewer = false;
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { blocked: () => (blockedNewer = true) });
    expect(blockedNewer).toBe(false);
    newer.close();
    indexedDB.deleteDatabase(DB_NAME);
  });

  it('an open connection lets go when a newer version in another tab asks', async () => {
    const db = await openStore();
    let blockedNewer = false;
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { blocked: () => (blockedNewer = true) });
    expect(blockedNewer).toBe(false);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    db.close();
    indexedDB.deleteDatabase(DB_NAME);
  });
});
