import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../tests/support';
import { deskBreakSession } from '../../tests/support/session-records';
import { exportJson, parseImport, type Settings } from './export';
import type { Routine } from './routine';
import { DESK_BREAK, UPPER_BACK_RELIEF } from './routines';
import type { SessionRecord } from './session-summary';
import { deleteEverything, importEverything, loadEverything, saveRoutine, saveSession } from './store';

/**
 * Fuzz: a backup damaged in any of the ways files get damaged (a flipped byte, cut short, a field
 * gone, a value of the wrong type, an absurd number, an id twice) either imports whole or changes
 * nothing at all in the store already there. The backup is whatever `exportJson` writes for a
 * store (a round trip), so the test follows the format as it changes; the mutations know nothing
 * of the format but its JSON.
 */
const MUTANTS = 200;

const settings: Settings = { weeklyGoal: 3, equipment: ['chair', 'wall'] };
const routine = (id: string, name: string, base: Routine): Routine => ({ ...base, id, name, builtIn: false });
const session = (id: string, routineId: string, startedAt: string, extra: Partial<SessionRecord> = {}): SessionRecord =>
  deskBreakSession({ id, routineId, startedAt, ...extra });

/** What this device holds before each import: one of its ids also appears in the backup. */
const EXISTING = {
  routines: [routine('shared', 'Kept here', UPPER_BACK_RELIEF), routine('only-here', 'Only here', DESK_BREAK)],
  sessions: [
    session('shared-s', 'shared', '2026-10-01T08:00:00.000Z'),
    session('here-s', 'only-here', '2026-10-02T08:00:00.000Z'),
  ],
};

/** The device the backup comes from: the shared ids with other contents, and records of its own. */
const SOURCE = {
  routines: [routine('shared', 'From the backup', DESK_BREAK), routine('from-backup', 'My desk break', DESK_BREAK)],
  sessions: [
    session('shared-s', 'shared', '2026-11-20T09:00:00.000Z', { painAfter: null, status: 'ended-early' }),
    session('backup-s', 'from-backup', '2026-11-21T09:00:00.000Z', { sets: [] }),
  ],
};

async function fill(data: { routines: readonly Routine[]; sessions: readonly SessionRecord[] }): Promise<void> {
  await deleteEverything();
  for (const r of data.routines) await saveRoutine(r);
  for (const s of data.sessions) await saveSession(s);
}

// --- mutations ---------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every array and object in the tree, to pick one from. */
function containers(value: Json, found: Container[] = []): Container[] {
  if (value !== null && typeof value === 'object') {
    found.push(value);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

const pick = <T>(rng: Rng, items: readonly T[]): T | undefined => items[Math.floor(rng.next() * items.length)];
const keysOf = (container: Container): (string | number)[] =>
  Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
const setIn = (container: Container, key: string | number, value: Json): void => {
  (container as Record<string | number, Json>)[key] = value;
};
const getIn = (container: Container, key: string | number): Json | undefined =>
  (container as Record<string | number, Json>)[key];

/** A value of another type than `value`, or an extreme of its own. */
function swapType(value: Json | undefined, rng: Rng): Json {
  const choices: Json[] = ['', 'four', 0, -1, 1.5, true, null, [], {}, [value ?? null], { value: value ?? null }];
  if (typeof value === 'number') choices.push(String(value));
  if (typeof value === 'string') choices.push(value.length);
  return (
    pick(
      rng,
      choices.filter((choice) => typeof choice !== typeof value || choice === null),
    ) ?? null
  );
}

const HUGE = [1e308, -1e308, 2 ** 53 + 1, 1e21, -1e21, 1e-320, 86_400_001, 3_600_001, 10_001, 1001, 11];

const MUTATIONS: Record<string, (text: string, rng: Rng) => string> = {
  'byte flip': (text, rng) => {
    const at = Math.floor(rng.next() * text.length);
    return text.slice(0, at) + String.fromCharCode(Math.floor(rng.next() * 128)) + text.slice(at + 1);
  },
  truncation: (text, rng) => text.slice(0, Math.floor(rng.next() * text.length)),
  'field deleted': (text, rng) =>
    edit(text, rng, (container, key) => {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else Reflect.deleteProperty(container, String(key));
    }),
  'type swap': (text, rng) =>
    edit(text, rng, (container, key) => setIn(container, key, swapType(getIn(container, key), rng))),
  'huge number': (text, rng) => {
    const tree = JSON.parse(text) as Json;
    const numeric = containers(tree).flatMap((container) =>
      keysOf(container)
        .filter((key) => typeof getIn(container, key) === 'number')
        .map((key) => [container, key] as const),
    );
    const target = pick(rng, numeric);
    if (target) setIn(target[0], target[1], pick(rng, HUGE) ?? 0);
    return JSON.stringify(tree);
  },
  'duplicated id': (text, rng) => {
    const tree = JSON.parse(text) as Json;
    const lists = containers(tree).filter(
      (container): container is Json[] =>
        Array.isArray(container) && container.some((item) => item !== null && typeof item === 'object' && 'id' in item),
    );
    const list = pick(rng, lists);
    const item = list && pick(rng, list);
    if (list && item !== undefined) list.push(JSON.parse(JSON.stringify(item)) as Json); // the same record twice
    return JSON.stringify(tree);
  },
};

/** Applies `change` to a random key of a random container of the parsed file. */
function edit(text: string, rng: Rng, change: (container: Container, key: string | number) => void): string {
  const tree = JSON.parse(text) as Json;
  const candidates = containers(tree).filter((container) => keysOf(container).length > 0);
  const container = pick(rng, candidates);
  const key = container && pick(rng, keysOf(container));
  if (container && key !== undefined) change(container, key);
  return JSON.stringify(tree, null, 2);
}

/** One to three mutations, each on the result of the last (a parse error stops the tree ones). */
function mutate(text: string, rng: Rng): { text: string; how: string[] } {
  const how: string[] = [];
  let result = text;
  const times = 1 + Math.floor(rng.next() * 3);
  for (let i = 0; i < times; i++) {
    const name = pick(rng, Object.keys(MUTATIONS)) ?? 'truncation';
    try {
      result = MUTATIONS[name]?.(result, rng) ?? result;
      how.push(name);
    } catch {
      break; // the text no longer parses: a tree mutation has nothing to edit
    }
  }
  return { text: result, how };
}

// --- the import, as the History page does it -----------------------------------------------------

/** parseImport, then importEverything only if the file passed: the History page's order. */
async function importBackup(
  text: string,
): Promise<{ accepted: boolean; routines: Routine[]; sessions: SessionRecord[] }> {
  const result = parseImport(text);
  if (!result.ok) return { accepted: false, routines: [], sessions: [] };
  try {
    await importEverything(result.data);
  } catch {
    return { accepted: false, routines: [], sessions: [] };
  }
  return { accepted: true, routines: [...result.data.routines], sessions: [...result.data.sessions] };
}

/** The store's contents after `imported` replaced records by id (later ones win). */
function merged<T extends { id: string }>(before: readonly T[], imported: readonly T[]): Map<string, T> {
  const byId = new Map(before.map((record) => [record.id, record]));
  for (const record of imported) byId.set(record.id, record);
  return byId;
}
const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

beforeEach(async () => {
  await deleteEverything();
});

describe('importing a damaged backup', () => {
  it(`changes nothing unless the whole file is valid (${MUTANTS} mutants of an exported store)`, async () => {
    await fill(SOURCE);
    const source = await loadEverything();
    const backup = exportJson(source.routines, source.sessions, settings);
    const rng = createRng(15);
    const outcomes = { accepted: 0, refused: 0 };

    for (let i = 0; i < MUTANTS; i++) {
      await fill(EXISTING);
      const before = await loadEverything();
      const mutant = mutate(backup, rng);
      const result = await importBackup(mutant.text);
      const after = await loadEverything();
      const label = `mutant ${i} (${mutant.how.join(', ')})`;
      if (result.accepted) {
        outcomes.accepted++;
        // A file that passed is imported whole: every record in it, replacing its id.
        const routines = merged(
          before.routines,
          result.routines.map((r) => ({ ...r, builtIn: false })),
        );
        expect(byId(after.routines), label).toEqual(routines);
        expect(byId(after.sessions), label).toEqual(merged(before.sessions, result.sessions));
        // And it was valid: what the store now holds passes the app's own schema (exported again,
        // it imports). A damaged record let through would fail here.
        const again = parseImport(exportJson(after.routines, after.sessions, settings));
        expect(again.ok ? '' : again.problem, label).toBe('');
      } else {
        outcomes.refused++;
        expect(after, label).toEqual(before);
      }
    }
    // The mutations must bite: most files are refused; the count of each is part of the report.
    expect(outcomes.refused).toBeGreaterThan(MUTANTS / 2);
    expect(outcomes.accepted + outcomes.refused).toBe(MUTANTS);
  });

  it('the unmutated backup imports into the existing store, replacing the shared ids', async () => {
    await fill(SOURCE);
    const source = await loadEverything();
    const backup = exportJson(source.routines, source.sessions, settings);
    await fill(EXISTING);
    expect((await importBackup(backup)).accepted).toBe(true);
    const after = await loadEverything();
    expect(byId(after.routines)).toEqual(merged(EXISTING.routines, source.routines));
    expect(byId(after.sessions)).toEqual(merged(EXISTING.sessions, source.sessions));
  });
});
