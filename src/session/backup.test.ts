import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../tests/support';
import { findExercise } from '../exercises';
import { exportJson, parseImport, type Settings } from './export';
import { routineProblems, type Routine, type RoutineItem } from './routine';
import { check, LIMITS, RoutineSchema } from './schema';
import type { SessionRecord, SetRecord } from './session-summary';
import { deleteEverything, importEverything, loadEverything, saveRoutine, saveSession } from './store';

/**
 * The app's own backup imports back: a store holding every edge the app can write (the limits of
 * the one schema, unicode, sets cut short, sessions with nothing done…) is exported, imported into
 * an empty store, and comes back equal field for field. And what the routine editor lets a person
 * save, the import takes.
 */

const settings: Settings = { weeklyGoal: 14, equipment: ['chair', 'wall', 'band'], mirror: false, language: 'de' };

const text = (length: number, unit = 'ä'): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** 80 UTF-16 units, emoji and all: the name limit as an input's maxlength counts it. */
const EMOJI_NAME = `Nacken 🧘‍♀️ & Rücken — 首と肩 ${'💪'.repeat(30)}`.slice(0, LIMITS.name);

const LIMIT_ROUTINE: Routine = {
  id: 'own-limits',
  name: EMOJI_NAME,
  description: text(LIMITS.description, 'ß'),
  builtIn: false,
  items: [
    { exercise: 'row', sets: LIMITS.sets.max, reps: LIMITS.reps.max, restS: LIMITS.restS.max },
    { exercise: 'wall-angel', sets: LIMITS.sets.min, reps: LIMITS.reps.min, restS: LIMITS.restS.min },
    { exercise: 'childs-pose', sets: 1, holdS: LIMITS.holdS.max, note: text(LIMITS.note, '✓') },
    { exercise: 'butterfly', sets: 1, holdS: LIMITS.holdS.min },
    { exercise: 'neck-roll', sets: 1, durationS: LIMITS.durationS.min },
    { exercise: 'arm-circles', sets: 2, durationS: LIMITS.durationS.max, restS: 12.5 },
    {
      exercise: 'face-pull',
      sets: 3,
      reps: 12,
      alternatives: Array.from({ length: LIMITS.alternatives }, (_, i) => (i % 2 ? 'reverse-fly' : 'superman')),
    },
  ],
};
/** As many exercises as a routine may have. */
const LONG_ROUTINE: Routine = {
  id: 'own-long',
  name: 'x',
  description: '',
  builtIn: false,
  items: Array.from({ length: LIMITS.items }, () => ({ exercise: 'neck-rotation', sets: 1, reps: 5 })),
};

const set = (extra: Partial<SetRecord>): SetRecord => ({
  exercise: 'row',
  item: 0,
  set: 1,
  side: null,
  unit: 'reps',
  done: 0,
  target: 10,
  cleanReps: 0,
  faultyReps: 0,
  rangeOfMotion: null,
  rangeUnit: 'deg',
  longestHoldMs: 0,
  faults: [],
  durationMs: 0,
  outcome: 'completed',
  ...extra,
});

const session = (id: string, extra: Partial<SessionRecord>): SessionRecord => ({
  id,
  routineId: LIMIT_ROUTINE.id,
  routineName: LIMIT_ROUTINE.name,
  startedAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
  status: 'finished',
  painBefore: LIMITS.pain.min,
  painAfter: LIMITS.pain.max,
  durationMs: LIMITS.durationMs,
  plan: LIMIT_ROUTINE.items,
  sets: [],
  ...extra,
});

const SESSIONS: SessionRecord[] = [
  // Every kind of set, at the limits: sided, cut short, skipped, still under way, old (no unit).
  session('s-edges', {
    sets: [
      set({ done: LIMITS.count, target: LIMITS.count, cleanReps: LIMITS.count, faultyReps: 0, rangeOfMotion: 180 }),
      set({
        set: 2,
        done: 3,
        cleanReps: 1,
        faultyReps: 2,
        rangeOfMotion: 0.4523,
        rangeUnit: 'ratio',
        faults: [{ id: 'elbow-tucked', cue: `Elbow close — ${text(150, '🙂')}`, times: LIMITS.count }],
        durationMs: LIMITS.durationMs,
        outcome: 'ended',
      }),
      set({ set: 3, rangeOfMotion: -LIMITS.rangeOfMotion, rangeUnit: undefined, outcome: 'in-progress' }),
      set({ exercise: 'wall-angel', item: 1, rangeOfMotion: LIMITS.rangeOfMotion, outcome: 'skipped' }),
      set({
        exercise: 'childs-pose',
        item: 2,
        unit: 'holds',
        target: 1,
        done: 1,
        longestHoldMs: LIMITS.longestHoldMs,
        outcome: 'time-up',
      }),
      // A duration from performance.now() deltas: fractions of a millisecond, kept exactly.
      set({ exercise: 'arm-circles', item: 5, unit: 'circles', target: 0, done: 7, durationMs: 300_000.123_456 }),
    ].map(({ rangeUnit, ...rest }) => (rangeUnit === undefined ? rest : { ...rest, rangeUnit })),
  }),
  // Sided sets, left then right, ending early with no pain after.
  session('s-sided', {
    routineId: 'desk-break',
    routineName: 'Desk break',
    status: 'ended-early',
    painAfter: null,
    durationMs: 0,
    plan: [{ exercise: 'upper-trap-stretch', sets: 1, holdS: 15 }],
    sets: [
      set({ exercise: 'upper-trap-stretch', side: 'left', unit: 'holds', target: 1, done: 1, longestHoldMs: 15_000 }),
      set({ exercise: 'upper-trap-stretch', side: 'right', unit: 'holds', target: 1, outcome: 'ended' }),
    ],
  }),
  // Started and nothing done: still in progress, no pain given.
  session('s-empty', { status: 'in-progress', painBefore: null, painAfter: null, durationMs: 0, sets: [] }),
  // A set from the Exercises page (a one-item plan).
  session('single-1', {
    routineId: 'single-superman',
    routineName: 'Superman',
    plan: [{ exercise: 'superman', sets: 1 }],
    sets: [set({ exercise: 'superman', target: 0, done: 4, cleanReps: 4, rangeUnit: 'ratio', rangeOfMotion: 0.2 })],
  }),
  session('s-long', { routineId: LONG_ROUTINE.id, routineName: LONG_ROUTINE.name, plan: LONG_ROUTINE.items }),
];

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

beforeEach(async () => {
  await deleteEverything();
});

describe('a backup of a store full of edge cases', () => {
  it('imports into an empty store equal field for field', async () => {
    for (const routine of [LIMIT_ROUTINE, LONG_ROUTINE]) await saveRoutine(routine);
    for (const record of SESSIONS) await saveSession(record);
    const kept = await loadEverything();
    // The store kept what it was given (nothing trimmed or dropped on the way in).
    expect(byId(kept.routines)).toStrictEqual(byId([LIMIT_ROUTINE, LONG_ROUTINE]));
    expect(byId(kept.sessions)).toStrictEqual(byId(SESSIONS));

    const file = exportJson(kept.routines, kept.sessions, settings);
    await deleteEverything();
    expect(await loadEverything()).toEqual({ routines: [], sessions: [] });

    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.clamped).toBe(0);
    await importEverything(parsed.data);
    const back = await loadEverything();
    expect(byId(back.routines)).toStrictEqual(byId(kept.routines));
    expect(byId(back.sessions)).toStrictEqual(byId(kept.sessions));
    expect(parsed.data.settings).toStrictEqual(settings);
  });

  it('brings a session’s impossible wall-clock durations within range instead of refusing the file', async () => {
    const [edges] = SESSIONS;
    if (!edges) throw new Error('the fixture has sessions');
    const file = JSON.parse(exportJson([], [edges], settings)) as { sessions: Record<string, unknown>[] };
    const old = file.sessions[0] as { durationMs: number; sets: { durationMs: number }[] };
    old.durationMs = -3_600_000; // the clock went back an hour mid-session
    const [first, second] = old.sets;
    if (!first || !second) throw new Error('the fixture has sets');
    first.durationMs = -12;
    second.durationMs = 9e15; // a set "lasting" far longer than a day

    const parsed = parseImport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.clamped).toBe(3); // said on the History page
    await importEverything(parsed.data);
    const [back] = (await loadEverything()).sessions;
    expect(back?.durationMs).toBe(0);
    expect(back?.sets.map((s) => s.durationMs).slice(0, 2)).toEqual([0, LIMITS.durationMs]);
    // Everything else as it was.
    expect({ ...back, durationMs: 0, sets: [] }).toStrictEqual({ ...edges, durationMs: 0, sets: [] });
  });

  it('the store refuses a record the import would refuse, saying which field', async () => {
    await expect(saveRoutine({ ...LIMIT_ROUTINE, name: `${EMOJI_NAME}!` })).rejects.toThrow(
      `This routine was not saved: name is longer than ${LIMITS.name} characters.`,
    );
    await expect(saveSession({ ...SESSIONS[2], id: 's-x', painBefore: 11 } as SessionRecord)).rejects.toThrow(
      'This session was not saved: painBefore must be 0 to 10.',
    );
    expect(await loadEverything()).toEqual({ routines: [], sessions: [] });
  });
});

// --- editor accepts ⇒ import accepts ------------------------------------------------------------

/**
 * Each field is usually within its limits (at them, or just inside) and sometimes just outside or
 * a slip a person makes, so routines land on both sides of every bound.
 */
const SLIP = 0.1;
const either = <T>(rng: Rng, inside: [T, ...T[]], outside: [T, ...T[]]): T =>
  rng.chance(SLIP) ? rng.pick(outside) : rng.pick(inside);
const bounded = (rng: Rng, { min, max }: { readonly min: number; readonly max: number }, whole: boolean): number =>
  either(
    rng,
    [min, max, Math.round((min + max) / 2), ...(whole ? [] : [min + 0.5, max - 0.5])],
    [min - 1, max + 1, whole ? min + 0.5 : -0.5, 1e21, Number.NaN],
  );
const NAME_OK: [string, ...string[]] = ['a', EMOJI_NAME, text(LIMITS.name), 'Back & neck', 'Rücken 🧘'];
const NAME_BAD: [string, ...string[]] = ['', '   ', `${EMOJI_NAME}x`, text(LIMITS.name + 1), '<b>Back</b>', 'a\tb'];
const NOTE_OK: [string, ...string[]] = ['', 'after the workout', text(LIMITS.note), 'Dehnen 🧘 nach dem Training'];
const NOTE_BAD: [string, ...string[]] = [text(LIMITS.note + 1), 'a <note>'];
const EXERCISE_OK: [string, ...string[]] = [
  'row',
  'wall-angel',
  'childs-pose',
  'neck-roll',
  'arm-circles',
  'butterfly',
];

function randomItem(rng: Rng): RoutineItem {
  const exercise = either(rng, EXERCISE_OK, ['no-such', 'Row!']);
  const fields: Record<string, unknown> = { exercise, sets: bounded(rng, LIMITS.sets, true) };
  const hold = findExercise(exercise)?.counting.kind === 'hold';
  // What the editor writes for this exercise, usually; now and then a field it would not.
  if (rng.chance(0.25)) fields['durationS'] = bounded(rng, LIMITS.durationS, false);
  if (hold || rng.chance(SLIP)) fields['holdS'] = bounded(rng, LIMITS.holdS, false);
  if (!hold || rng.chance(SLIP)) fields['reps'] = bounded(rng, LIMITS.reps, true);
  if (rng.chance(0.5)) fields['restS'] = bounded(rng, LIMITS.restS, false);
  if (rng.chance(0.5)) fields['note'] = either(rng, NOTE_OK, NOTE_BAD);
  if (rng.chance(0.2)) {
    const length = either(rng, [1, LIMITS.alternatives], [LIMITS.alternatives + 1]);
    fields['alternatives'] = Array.from({ length }, () => 'superman');
  }
  return fields as unknown as RoutineItem;
}

function randomRoutine(rng: Rng): Routine {
  const length = either(rng, [1, 2, 3, LIMITS.items], [0, LIMITS.items + 1]);
  return {
    id: 'own-prop',
    name: either(rng, NAME_OK, NAME_BAD),
    description: either(rng, ['', text(LIMITS.description)], [text(LIMITS.description + 1)]),
    builtIn: false,
    items: Array.from({ length }, () => randomItem(rng)),
  };
}

describe('what the routine editor accepts', () => {
  it(
    'the store keeps and the import accepts, and what the schema refuses the editor refuses (2,000 routines around every limit)',
    { timeout: 60_000 },
    async () => {
      const rng = createRng(7);
      const tally = { saved: 0, refused: 0 };
      for (let i = 0; i < 2000; i++) {
        const routine = randomRoutine(rng);
        const problems = routineProblems(routine, findExercise);
        const label = JSON.stringify(routine).slice(0, 400);
        if (problems.length === 0) {
          tally.saved++;
          const result = parseImport(exportJson([routine], [], settings));
          expect(result.ok ? '' : result.problem, label).toBe('');
          expect(result.ok && result.data.routines[0], label).toStrictEqual(routine);
          // The store too (a sample: each save opens the database).
          if (tally.saved <= 50) await expect(saveRoutine(routine), label).resolves.toBeUndefined();
        } else {
          tally.refused++;
        }
        // The other way round: nothing the schema refuses gets past the editor.
        if (!check(RoutineSchema, routine).ok) expect(problems.length, label).toBeGreaterThan(0);
      }
      // Both sides of the bounds were tried.
      expect(tally.saved).toBeGreaterThan(50);
      expect(tally.refused).toBeGreaterThan(200);
    },
  );
});
