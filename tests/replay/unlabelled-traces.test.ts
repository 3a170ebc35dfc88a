/**
 * Shared clips no manifest labels (../shared/footage/README.md lists them), replayed from their
 * compact landmark traces in tests/fixtures/unlabelled-traces — numbers derived from the clips,
 * never the clips. Their ground truth is weaker than the manifest's (grade B/C: the README's rep
 * times, or counted by eye and checked against a body signal, said beside each), so each is held
 * to what that truth supports: the count within one, and the reps where the person did them; or,
 * where the clip shows the person from a view the exercise cannot be judged from, that nothing is
 * counted and the coach says why (never a wrong count given silently); or, where the person does
 * a close variant with correct form in a set-up the card rules out, that no cue tells them off.
 *
 * Recorded like the labelled ones: `npm run eval -- <manifest of the clip> --traces <dir>` (model
 * lite), then `npm run traces -- <dir> --out tests/fixtures/unlabelled-traces`. They are kept out
 * of tests/fixtures/footage-traces, whose every trace the fitted noise model reads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuidanceId } from '../../src/coach/setup';
import { findExercise } from '../../src/exercises';
import { replay } from '../support';
import { expandTrace, unpackTrace } from './compact-trace';

const DIR = resolve(import.meta.dirname, '../fixtures/unlabelled-traces');

interface Unlabelled {
  readonly id: string;
  readonly exercise: string;
  /** When the person reached the top of each rep, in seconds, and where that comes from. */
  readonly repsAtS: readonly number[];
  readonly truth: string;
  readonly tolerance: number;
}

const CLIPS: readonly Unlabelled[] = [
  {
    id: 'vivek_incline_reverse_fly',
    exercise: 'reverse-fly',
    repsAtS: [2.0, 4.5, 7.0, 9.4],
    truth: 'the footage README (chest-down on an incline bench, seen from the front-oblique)',
    // The first lift comes before the coach has settled on the view (the person is turned ~35°
    // from the camera, between front and side, until the arms lift): it is lost.
    tolerance: 1,
  },
];

interface Refused {
  readonly id: string;
  readonly exercise: string;
  readonly reps: number;
  readonly truth: string;
  /** What the coach must say instead of counting. */
  readonly guidance: GuidanceId;
}

const REFUSED: readonly Refused[] = [
  {
    // Kipping pull-ups (QUVA repetition set) filmed close up from behind and to one side: the
    // hands leave the top of the picture, the hips its bottom, and the shoulders are seen from
    // behind at an angle. Counted by eye from frames every 0.25–0.3 s (tops at ~0.9, 2.1, 3.5 and
    // 4.8 s, hanging again by 5.15 s) and checked against the nose's height in the trace (lowest
    // at 0.9, 2.0, 3.4, 4.7 s): 4, sure. A lat pulldown is judged from the front; this view reads
    // side-on, and counting it (the view forced) found 2 of the 4.
    id: 'quva_025_pullups',
    exercise: 'lat-pulldown',
    reps: 4,
    truth: 'by eye, grade B',
    guidance: 'face-camera',
  },
];

interface Silent {
  readonly id: string;
  readonly exercise: string;
  /** What the person does, and why no cue is right. */
  readonly truth: string;
}

/**
 * Clips of a close variant in a set-up the exercise's card rules out, done with correct form: the
 * coach may count what it will, but must not tell the person off for a fault they did not make
 * (judged correctly from that set-up, or not judged).
 */
const SILENT: readonly Silent[] = [
  {
    // Seated on the floor, one leg out straight and the other knee bent across, filmed ~45°
    // obliquely; her trunk twisted to her left throughout, her hips and legs still (by eye: the
    // knees sit 1.6–1.9 hip widths off the hips' middle in the picture from her first frame and
    // stay there). Chair rotation's hips-still used to fire at 1.1 s.
    id: 'hans_seated_twist',
    exercise: 'chair-rotation',
    truth: 'by eye, grade C: hips still, sitting tall',
  },
];

describe('unlabelled shared clips replayed through the engine', () => {
  for (const clip of CLIPS) {
    it(`${clip.id}: ${clip.repsAtS.length} reps ±${clip.tolerance} (${clip.truth}), each where the person did one`, () => {
      const trace = unpackTrace(readFileSync(join(DIR, `${clip.id}.json.gz`)));
      expect(trace.exercise).toBe(clip.exercise);
      const exercise = findExercise(clip.exercise);
      if (!exercise) throw new Error(`${clip.exercise} is not registered`);
      const { summary } = replay(exercise, expandTrace(trace));
      expect(Math.abs(summary.counts.reps - clip.repsAtS.length), `counted ${summary.counts.reps}`).toBeLessThanOrEqual(
        clip.tolerance,
      );
      // Every counted rep spans one of the person's reps, and no rep of theirs is counted twice.
      const matched = summary.reps.map((rep) =>
        clip.repsAtS.findIndex((s) => rep.startMs <= s * 1000 + 300 && s * 1000 - 300 <= rep.endMs),
      );
      expect(matched, 'the rep of the person each counted rep spans').not.toContain(-1);
      expect(new Set(matched).size).toBe(matched.length);
    });
  }

  for (const clip of SILENT) {
    it(`${clip.id}: correct form in a set-up the card rules out (${clip.truth}): no cue`, () => {
      const trace = unpackTrace(readFileSync(join(DIR, `${clip.id}.json.gz`)));
      expect(trace.exercise).toBe(clip.exercise);
      const exercise = findExercise(clip.exercise);
      if (!exercise) throw new Error(`${clip.exercise} is not registered`);
      expect(replay(exercise, expandTrace(trace)).cueIds).toEqual([]);
    });
  }

  for (const clip of REFUSED) {
    it(`${clip.id}: ${clip.reps} reps (${clip.truth}) from a view it cannot judge: nothing counted, “${clip.guidance}” said`, () => {
      const trace = unpackTrace(readFileSync(join(DIR, `${clip.id}.json.gz`)));
      expect(trace.exercise).toBe(clip.exercise);
      const exercise = findExercise(clip.exercise);
      if (!exercise) throw new Error(`${clip.exercise} is not registered`);
      const { summary, updates } = replay(exercise, expandTrace(trace));
      expect(summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
      const said = updates.filter((update) => update.guidance?.id === clip.guidance).length;
      expect(said / updates.length, `share of frames saying ${clip.guidance}`).toBeGreaterThan(0.5);
    });
  }
});
