import { describe, expect, it } from 'vitest';
import type { CoachSummary } from '../coach/coach';
import { findExercise } from '../exercises';
import { exportCsv, exportJson, parseImport } from './export';
import { singleExerciseOf, startSingle, updateSingle } from './single-set';

const superman = findExercise('superman');
if (!superman) throw new Error('superman is in the catalog');

const counted = (reps: number): CoachSummary => ({
  exerciseId: 'superman',
  counts: { reps, cleanReps: reps, faultyReps: 0, partialReps: 0, holds: 0, cycles: 0 },
  reps: [],
  partials: [],
  holds: [],
  cycles: [],
  cues: [],
  frames: 100,
  trackableFrames: 100,
});

describe('a single set as a session of a one-item plan', () => {
  const started = startSingle(superman, 's-single1', new Date('2026-12-01T10:00:00Z'));

  it('is named after the exercise and known as a single set', () => {
    expect(started).toMatchObject({ routineName: 'Superman', status: 'in-progress', sets: [] });
    expect(singleExerciseOf(started)).toBe('superman');
    expect(singleExerciseOf({ routineId: 'desk-break', plan: [{ exercise: 'superman', sets: 1 }] })).toBeNull();
  });

  it('keeps the count so far, in progress, then finished', () => {
    const during = updateSingle(started, superman, counted(2), 12_345.6, false, new Date('2026-12-01T10:00:13Z'));
    expect(during.status).toBe('in-progress');
    expect(during.sets).toHaveLength(1);
    expect(during.sets[0]).toMatchObject({ exercise: 'superman', item: 0, set: 1, done: 2, outcome: 'in-progress' });
    expect(during.durationMs).toBe(12_346);
    const done = updateSingle(during, superman, counted(3), 20_000, true, new Date('2026-12-01T10:00:20Z'));
    expect(done).toMatchObject({ status: 'finished', durationMs: 20_000 });
    expect(done.sets[0]).toMatchObject({ done: 3, outcome: 'completed' });
  });

  it('keeps durations within what a backup accepts (never negative, at most a day)', () => {
    expect(updateSingle(started, superman, counted(0), -5, false, new Date()).durationMs).toBe(0);
    expect(updateSingle(started, superman, counted(0), 9e9, false, new Date()).durationMs).toBe(86_400_000);
  });

  it('goes through the export and back unchanged, and has its row in the CSV', () => {
    const done = updateSingle(started, superman, counted(3), 20_000, true, new Date('2026-12-01T10:00:20Z'));
    const back = parseImport(exportJson([], [done], { weeklyGoal: 3, equipment: [] }));
    expect(back.ok && back.data.sessions).toEqual([done]);
    expect(exportCsv([done])).toContain('Superman');
  });
});
