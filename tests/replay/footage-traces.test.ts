/**
 * Replays landmark traces of the shared footage through the engine, in milliseconds instead of
 * minutes: record them once with `npm run eval -- ../shared/footage/manifest.json --traces .traces`
 * (the browser does the slow part), then tune rules against these tests. Skipped without traces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/exercises';
import { parseTrace } from '../../src/pose/trace';
import { replay } from '../support';

const TRACES = resolve(import.meta.dirname, '../../.traces');
const MANIFEST = resolve(import.meta.dirname, '../../../shared/footage/manifest.json');

interface Clip {
  readonly id: string;
  readonly exercise: string;
  readonly expect: {
    readonly reps?: number;
    readonly holds?: number;
    readonly min_hold_s?: number;
    readonly tolerance?: number;
  };
}

const clips = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { clips: Clip[] }).clips : [];
const traced = existsSync(TRACES)
  ? clips.filter((clip) => existsSync(join(TRACES, `${clip.id}.json`)) && findExercise(clip.exercise))
  : [];

describe.skipIf(traced.length === 0)('recorded traces of the shared footage (none in .traces: skipped)', () => {
  it.each(traced.map((clip) => [clip.id, clip] as const))('%s counts within its tolerance', (_id, clip) => {
    const exercise = findExercise(clip.exercise);
    if (!exercise) return;
    const trace = parseTrace(readFileSync(join(TRACES, `${clip.id}.json`), 'utf8'));
    const { summary } = replay(exercise, trace.frames);
    const expected = clip.expect.reps ?? clip.expect.holds ?? 0;
    const counted =
      clip.expect.holds === undefined
        ? exercise.counting.kind === 'cycles'
          ? summary.counts.cycles
          : summary.counts.reps
        : summary.holds.filter((hold) => hold.heldMs >= (clip.expect.min_hold_s ?? 0) * 1000).length;
    expect(Math.abs(counted - expected)).toBeLessThanOrEqual(clip.expect.tolerance ?? 0);
  });
});
