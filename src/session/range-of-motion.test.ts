/**
 * The range of motion a person reads is in the unit its measure counts in. Reverse fly and
 * scapular squeeze count on body-length ratios (hands below the shoulders in trunk lengths; the
 * shoulder off the ear–hip line in lengths of it): three clean reps used to read "1° on
 * average" / "0° on average".
 */
import { describe, expect, it } from 'vitest';
import { renderFrames, replay, reps, rowStart, rowTop } from '../../tests/support';
import { flyHang, flyTop } from '../exercises/reverse-fly.presets';
import { squeezeBack, squeezeRest } from '../exercises/scapular-squeeze.presets';
import { formatMeasure } from '../coach/measures';
import { findExercise } from '../exercises';
import { reverseFly } from '../exercises/reverse-fly';
import { row } from '../exercises/row';
import { scapularSqueeze } from '../exercises/scapular-squeeze';
import type { ExerciseSpec } from '../coach/exercise';
import type { PoseFrame } from '../pose/types';
import { exerciseSeries, personalBests } from './progress';
import { setRecord, summarizeSets, type SessionRecord } from './session-summary';

function threeReps(exercise: ExerciseSpec, frames: PoseFrame[]) {
  const summary = replay(exercise, frames).summary;
  const item = { exercise: exercise.id, sets: 1, reps: 3 };
  const set = setRecord({ exercise, item }, { item: 0, set: 1, side: null }, 3, 3, summary, 9000, 'completed');
  const [result] = summarizeSets([item], [set], findExercise);
  return { summary, set, result };
}

describe('range of motion keeps its unit, on every screen and in the export', () => {
  it('reverse fly: the reps, the set and the summary say trunk lengths (×), not degrees', () => {
    const { summary, set, result } = threeReps(
      reverseFly,
      renderFrames(reps(flyHang, { to: flyTop, count: 3, repMs: 2500 })),
    );
    expect(summary.counts.reps).toBe(3);
    expect(summary.reps.every((rep) => rep.rangeUnit === 'ratio')).toBe(true);
    expect(set.rangeUnit).toBe('ratio');
    expect(result?.rangeUnit).toBe('ratio');
    const shown = formatMeasure(result?.rangeOfMotion ?? Number.NaN, result?.rangeUnit ?? 'deg');
    expect(shown).not.toContain('°');
    expect(shown).toMatch(/^\d\.\d\d×$/);
    expect(shown).not.toBe('0.00×');
  });

  it('scapular squeeze: the shoulder drawn back in lengths of the ear–hip line (×), not degrees', () => {
    const frames = renderFrames(reps(squeezeRest, { to: squeezeBack, count: 3, pauseTopMs: 3000 }));
    const { summary, result } = threeReps(scapularSqueeze, frames);
    expect(summary.counts.reps).toBe(3);
    expect(result?.rangeUnit).toBe('ratio');
    const shown = formatMeasure(result?.rangeOfMotion ?? Number.NaN, result?.rangeUnit ?? 'deg');
    expect(shown).not.toContain('°');
    expect(shown).not.toBe('0.00×');
  });

  it('row: degrees, as before', () => {
    const { result } = threeReps(row, renderFrames(reps(rowStart, { to: rowTop, count: 3 })));
    expect(result?.rangeUnit).toBe('deg');
    expect(formatMeasure(result?.rangeOfMotion ?? Number.NaN, 'deg')).toMatch(/^\d+°$/);
  });

  it('a set saved before units were recorded reads as degrees, and is not mixed with ratios', () => {
    const { set } = threeReps(reverseFly, renderFrames(reps(flyHang, { to: flyTop, count: 3, repMs: 2500 })));
    const { rangeUnit, ...old } = set;
    expect(rangeUnit).toBe('ratio');
    const session = (startedAt: string, sets: SessionRecord['sets']): SessionRecord => ({
      id: startedAt,
      routineId: 'r',
      routineName: 'R',
      startedAt,
      updatedAt: startedAt,
      status: 'finished',
      painBefore: null,
      painAfter: null,
      durationMs: 1,
      plan: [],
      sets,
    });
    const sessions = [
      session('2026-11-01T09:00:00.000Z', [{ ...old, rangeOfMotion: 40 }]),
      session('2026-11-02T09:00:00.000Z', [set]),
    ];
    const series = exerciseSeries(sessions, 'reverse-fly');
    expect(series.rangeUnit).toBe('ratio');
    expect(series.rangeOfMotion).toEqual([null, set.rangeOfMotion]);
    const [best] = personalBests(sessions);
    expect(best?.bestRangeUnit).toBe('ratio');
    expect(best?.bestRangeOfMotion).toBe(set.rangeOfMotion);
  });
});
