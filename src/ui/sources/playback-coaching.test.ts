import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Coach, type CoachUpdate } from '../../coach/coach';
import { findExercise } from '../../exercises';
import { expandTrace, unpackTrace } from '../../../tests/replay/compact-trace';
import { PlaybackCoaching } from './playback-coaching';

/** Three supermans, side-on (a recorded trace kept in the repository). */
const frames = expandTrace(
  unpackTrace(
    readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/footage-traces/superman-prone.json.gz')),
  ),
);
const superman = findExercise('superman');

function coached(): CoachUpdate[] {
  if (!superman) throw new Error('superman is not registered');
  const coach = new Coach(superman);
  return frames.map((frame) => coach.update(frame));
}

/** What the HUD and the overlay read of an update (fc-hud, CoachController.arcs). */
const shown = (update: CoachUpdate | null, measures: readonly string[]) =>
  update && {
    timestampMs: update.timestampMs,
    guidance: update.guidance,
    trackable: update.trackable,
    near: update.view.near,
    view: update.view.view,
    phase: update.phase,
    counts: update.counts,
    holdMs: update.holdMs,
    cue: update.cue,
    faults: update.faults,
    faultyJoints: update.faultyJoints,
    values: Object.fromEntries(measures.map((name) => [name, update.values[name] ?? null])),
  };

describe('PlaybackCoaching', () => {
  it('gives back what playback shows of every frame of a real set', () => {
    const updates = coached();
    const measures = superman?.show ?? [];
    expect(measures).toEqual(['trunk']);
    const kept = new PlaybackCoaching(measures);
    for (const update of updates) kept.push(update);
    expect(kept.length).toBe(updates.length);
    expect(updates.at(-1)?.counts.reps).toBeGreaterThanOrEqual(2); // the set has reps, cues and phases to keep
    updates.forEach((update, i) => {
      const back = shown(kept.at(i), measures);
      const original = shown(update, measures);
      // Measures as 32-bit floats: a millionth of a degree, never seen on screen.
      expect({ ...back, values: {} }).toEqual({ ...original, values: {} });
      const value = original?.values['trunk'];
      if (value === null || value === undefined) expect(back?.values['trunk']).toBeNull();
      else expect(back?.values['trunk']).toBeCloseTo(value, 4);
    });
    expect(kept.at(updates.length)).toBeNull();
    expect(kept.at(-1)).toBeNull();
    // What is shown changes far less often than every frame: that is what makes it small.
    expect(kept.runCount).toBeLessThan(updates.length / 3);
  });

  it('holds a frame in under 30 bytes besides the runs', () => {
    const kept = new PlaybackCoaching(['leftElbow', 'rightElbow']);
    const update = coached()[100] as CoachUpdate;
    for (let i = 0; i < 10_000; i++) kept.push({ ...update, timestampMs: i * 33 });
    expect(kept.runCount).toBe(1);
    expect(kept.frameBytes / kept.length).toBeLessThan(30); // a chunk not yet full counts whole
  });
});
