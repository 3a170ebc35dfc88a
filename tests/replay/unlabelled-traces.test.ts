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
/** A labelled clip's trace (tests/fixtures/footage-traces), replayed as another exercise. */
const LABELLED = 'footage-traces/';
const traceFile = (trace: string) =>
  trace.startsWith(LABELLED) ? resolve(DIR, '..', `${trace}.json.gz`) : join(DIR, `${trace}.json.gz`);

interface Unlabelled {
  readonly id: string;
  /** The trace replayed, when it was recorded under another exercise (landmarks do not depend on it). */
  readonly trace?: string;
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
  {
    // A bent-over dumbbell "face pull" (../shared/footage README): hinged forward, the dumbbells
    // pulled up and out to the face, elbows high — a row with the elbows flared, seen
    // front-oblique. Its tops (wrists highest in the trace: 1.97, 4.37, 6.70, 8.90 s) match the
    // frames. Counted as a row; whether the flared elbows should be cued is left open here.
    id: 'vivek_bent_face_pull as a row',
    trace: 'vivek_bent_face_pull',
    exercise: 'row',
    repsAtS: [2.0, 4.4, 6.7, 8.9],
    truth: 'the footage README, tops from the wrists in the trace',
    tolerance: 0,
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
  {
    // Backward shoulder rolls filmed from behind (../shared/footage README: 10 rolls; the wrong
    // view for the catalog's shoulder roll, which reads the ears' line): the person is asked to
    // turn around, never counted from the back of the head.
    id: 'deep_shoulder_rolls_back_view',
    exercise: 'shoulder-roll',
    reps: 10,
    truth: 'the footage README',
    guidance: 'face-camera',
  },
];

interface NotTheExercise {
  /** The trace's name here, or `footage-traces/<id>` for a labelled clip's. */
  readonly trace: string;
  readonly exercise: string;
  /** What the person does instead, and why it is not the exercise. */
  readonly why: string;
  /** Judged only over this part of the clip (seconds), where the clip is not one movement. */
  readonly fromS?: number;
  readonly toS?: number;
  /** A known miss: it.fails until the part of the engine named here is fixed (then delete it). */
  readonly knownMiss?: string;
}

/**
 * Close variants of an exercise, which a held-out set may label with `reps: 0`: the coach must
 * count nothing and cue nothing (the audit of issue 14's "no phantom reps, no false cue").
 */
const NOT_THE_EXERCISE: readonly NotTheExercise[] = [
  {
    trace: 'malik_claps_overhead',
    exercise: 'face-pull',
    why: 'claps overhead: straight arms swept from the sides up to a clap above the head, never pulled to the face',
  },
  {
    trace: 'malik_claps_overhead',
    exercise: 'overhead-arm-reach',
    why: 'claps overhead: both arms up together and the torso upright, no side bend',
  },
  {
    trace: 'vivek_bent_face_pull',
    exercise: 'face-pull',
    why: "a bent-over dumbbell pull, hinged forward: not the catalog's standing band face pull",
  },
  {
    trace: 'myoxyn_plank_shrugs',
    exercise: 'scapular-squeeze',
    why: 'plank shrugs, side-on: the shoulder blades move in a plank on the hands, not a squeeze standing tall',
  },
  {
    trace: 'myoxyn_plank_shrugs',
    exercise: 'cat-cow',
    why: 'plank shrugs, side-on: a straight plank on hands and toes, the back never rounds or dips',
  },
  {
    trace: 'hans_chest_opener',
    exercise: 'upper-back-stretch',
    why: 'a standing chest opener, side-on: hands clasped behind the back and the chest lifted, the reverse of arms pushed forward with the back rounded',
  },
  {
    trace: 'hans_chest_opener',
    exercise: 'doorway-pec-stretch',
    why: 'a standing chest opener filmed side-on: the doorway stretch is judged from the front (the person is asked to face the camera)',
  },
  {
    // Frames: 11.9–13.8 s a hand on the head pulls it towards the shoulder (the stretch itself,
    // ~19° of tilt, too short for a hold); a cross-body stretch before, overhead triceps stretches
    // after (where the upper-trap cues may fire: the arm overhead pushes the head over).
    trace: 'hans_shoulder_stretch',
    exercise: 'upper-trap-stretch',
    why: 'a hand-assisted upper-trap stretch held ~2 s: correct form, no cue (and too short to count)',
    fromS: 11.0,
    toS: 14.8,
  },
  {
    // Knee to chest is lying face up. Before the hold was gated on lying face up
    // (knee-to-chest.ts), each of these four counted a hold or cued "head down".
    trace: 'vivek_bent_face_pull',
    exercise: 'knee-to-chest',
    why: 'standing bent over, knees below the hips: the hip bends as far, but nobody is lying down',
  },
  {
    trace: `${LABELLED}childs-pose-puppy`,
    exercise: 'knee-to-chest',
    why: 'a puppy stretch on all fours (labelled clip): knees on the floor under the hips',
  },
  {
    trace: `${LABELLED}row-single-arm-chair`,
    exercise: 'knee-to-chest',
    why: 'a one-arm row, a hand on a chair (labelled clip): standing, hinged forward',
  },
  {
    trace: `${LABELLED}row-two-arm-oblique`,
    exercise: 'knee-to-chest',
    why: 'a bent-over two-dumbbell row (labelled clip): standing, hinged forward',
  },
  {
    trace: 'myoxyn_plank_shrugs',
    exercise: 'knee-to-chest',
    why: 'a plank on hands and toes: face down, legs long',
  },
  {
    // Cat-cow is on all fours. Before its all-fours gate read the shins (cat-cow.ts), this counted
    // a round with two cues: the arms hang and the thighs stand within 30° of plumb bent over too.
    trace: 'vivek_bent_face_pull',
    exercise: 'cat-cow',
    why: 'standing bent over a pair of dumbbells, the shins upright: not on all fours',
  },
  {
    trace: `${LABELLED}row-single-arm-chair`,
    exercise: 'cat-cow',
    why: 'a one-arm row, a hand on a chair (labelled clip): standing, not on all fours',
  },
  {
    // treadtv's "back behinds" (SOURCES.md: arm swings, a distractor for arm circles): arms out,
    // one forearm at a time swung behind the back, alternating every ~1.5 s. The cycle counter
    // that turned a swing where it passed a moving middle joined the rising swing of one arm's
    // return to the next one's across the 1.1 s the arm is behind the back (the circle's
    // measures unseen): a circle at 3.65 s. Turning where a swing comes back a share of the
    // person's own swings (cycle-counter.ts, countOn) finds no circle in it.
    trace: 'tread_back_behinds',
    exercise: 'arm-circles',
    why: 'one arm at a time swung behind the back, never circling',
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
      const trace = unpackTrace(readFileSync(join(DIR, `${clip.trace ?? clip.id}.json.gz`)));
      if (!clip.trace) expect(trace.exercise).toBe(clip.exercise);
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

  for (const clip of NOT_THE_EXERCISE) {
    const part = clip.fromS === undefined ? '' : ` (${clip.fromS}–${clip.toS} s)`;
    const test = clip.knownMiss ? it.fails : it;
    test(`${clip.trace} as ${clip.exercise}${part}: ${clip.why} — nothing counted, nothing cued`, () => {
      const exercise = findExercise(clip.exercise);
      if (!exercise) throw new Error(`${clip.exercise} is not registered`);
      const { summary } = replay(exercise, expandTrace(unpackTrace(readFileSync(traceFile(clip.trace)))));
      const fromMs = (clip.fromS ?? 0) * 1000;
      const toMs = (clip.toS ?? Number.POSITIVE_INFINITY) * 1000;
      const within = (startMs: number, endMs: number) => startMs < toMs && fromMs <= endMs;
      const counted = [
        ...summary.reps.filter((rep) => within(rep.startMs, rep.endMs)),
        ...summary.cycles.filter((cycle) => within(cycle.startMs, cycle.endMs)),
        ...summary.holds.filter((hold) => hold.counted && within(hold.startMs, hold.endMs)),
      ];
      expect(counted, 'reps, circles or holds counted').toEqual([]);
      const cues = summary.cues.filter((cue) => within(cue.timeMs, cue.timeMs));
      expect(
        cues.map((cue) => `${cue.id}@${(cue.timeMs / 1000).toFixed(1)}s`),
        'cues',
      ).toEqual([]);
    });
  }
});
