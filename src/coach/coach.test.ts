import { describe, expect, it } from 'vitest';
import {
  addNoise,
  armCircles,
  hold,
  holdPose,
  keyframes,
  mergePose,
  move,
  renderFrames,
  reps,
  rowStart,
  rowTop,
  sequence,
  standing,
  walkIn,
  type PosePatch,
  type PuppetPose,
} from '../../tests/support';
import type { PoseFrame } from '../pose/types';
import { Coach, type CoachSummary, type CoachUpdate } from './coach';
import type { CueTiming } from './cue-scheduler';
import { defineExercise, type ExerciseSpec } from './exercise';
import {
  angle,
  ANGLE_SMOOTHING,
  armRaise,
  bothSides,
  combine,
  heightAbove,
  inclination,
  towardCamera,
} from './measures';
import { above, below } from './threshold';

const CARD = { equipment: [], camera: 'test', steps: ['test'] };

/** A row-like pull seen side-on: the elbow drives the count, the trunk must stay hinged while pulling. */
const pull = defineExercise({
  id: 'test-pull',
  name: 'Test pull',
  phase: 'strength',
  view: 'side',
  sided: false,
  dosage: { reps: 8, text: '8 reps' },
  measures: {
    elbow: angle('shoulder', 'elbow', 'wrist'),
    trunk: inclination('hip', 'shoulder'),
  },
  counting: { kind: 'reps', measure: 'elbow', start: above(150), peak: below(110), partial: below(135) },
  checks: [
    {
      on: 'band',
      id: 'hinge',
      measure: 'trunk',
      min: 30,
      max: 60,
      low: 'Hinge forward',
      high: 'Lift your chest',
      priority: 2,
      // Judged while pulling only: faults seen at rest are charged to the next rep, so without
      // phases, standing upright side-on before hinging into position would mark rep 1 faulty.
      during: ['out', 'peak', 'back'],
    },
    {
      on: 'rep',
      id: 'full-pull',
      cue: 'Pull all the way up',
      uses: ['elbow'],
      fault: (rep) => rep.min.elbow > 100,
    },
    {
      on: 'frame',
      id: 'long-arm',
      cue: 'Let the arm hang long',
      uses: ['elbow'],
      during: ['start'],
      fault: (values) => values.elbow < 165,
    },
  ],
  card: CARD,
});

/** Arms held overhead, front view: a hold with a shrug check while the clock runs. */
const reach = defineExercise({
  id: 'test-reach',
  name: 'Test reach',
  phase: 'cool-down',
  view: 'front',
  sided: false,
  dosage: { holds: 1, holdS: 3, text: 'hold 3 s' },
  measures: {
    arms: bothSides((side) => armRaise({ side }), 'min'),
    gap: heightAbove(['left_ear', 'right_ear'], ['left_shoulder', 'right_shoulder'], { smoothing: ANGLE_SMOOTHING }),
  },
  counting: { kind: 'hold', measure: 'arms', enter: above(140), exit: below(125), minHoldS: 3 },
  checks: [
    { on: 'frame', id: 'no-shrug', cue: 'Shoulders down', uses: ['gap'], during: ['hold'], fault: (v) => v.gap < 0.4 },
  ],
  card: CARD,
});

/** One arm at a time raised to the side, front view, counted per side. */
const sideRaise = defineExercise({
  id: 'test-side-raise',
  name: 'Test side raise',
  phase: 'warm-up',
  view: 'front',
  sided: true,
  dosage: { reps: 3, text: '3 each side' },
  measures: { left: armRaise({ side: 'left' }), right: armRaise({ side: 'right' }) },
  counting: { kind: 'reps', measure: { left: 'left', right: 'right' }, start: below(40), peak: above(120) },
  checks: [],
  card: CARD,
});

/** Arm circles, front view: the arm's raise and its swing towards the camera trace the circle. */
const circles = defineExercise({
  id: 'test-circles',
  name: 'Test circles',
  phase: 'warm-up',
  view: 'front',
  sided: false,
  dosage: { reps: 3, text: '3 circles' },
  measures: {
    raise: armRaise({ side: 'left' }),
    // The swing's angle out of the picture plane, in degrees like the raise.
    swing: combine(
      [towardCamera('shoulder', 'elbow', { side: 'left' })],
      ([share = 0]) => (Math.asin(share) * 180) / Math.PI,
      'Swing',
      'deg',
    ),
    arms: bothSides((side) => armRaise({ side }), 'min'),
  },
  counting: { kind: 'cycles', x: 'raise', y: 'swing', minRadius: 8 },
  checks: [
    {
      on: 'band',
      id: 'arms-up',
      measure: 'arms',
      min: 60,
      max: 180,
      low: 'Arms up to shoulder height',
      high: 'Arms down to shoulder height',
    },
  ],
  card: CARD,
});

interface Run<M extends string> {
  readonly updates: CoachUpdate<M>[];
  readonly summary: CoachSummary<M>;
}

function play<M extends string>(exercise: ExerciseSpec<M>, frames: readonly PoseFrame[], timing?: CueTiming): Run<M> {
  const coach = new Coach(exercise, timing);
  const updates = frames.map((frame) => coach.update(frame));
  return { updates, summary: coach.finish() };
}

const cueIds = (run: Run<string>) => run.summary.cues.map((cue) => cue.id);
const eventsOf = (run: Run<string>, type: string) =>
  run.updates.flatMap((update) => update.events).filter((event) => event.type === type);

/** `count` pulls of 2.5 s from the row's start (with a fault patched onto every pose), jittered. */
function pulls(count: number, options: { fault?: PosePatch; to?: PuppetPose; fps?: number; seed?: number } = {}) {
  const { fault = {}, fps = 15, seed = 1 } = options;
  const start = mergePose(rowStart, fault);
  const top = mergePose(options.to ?? rowTop, fault);
  return renderFrames(reps(start, { to: top, count, repMs: 2500 }), { fps, noise: { seed } });
}

/** Frames rendered once and shared by the tests that only read them. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const clean = once(() => pulls(4));
const upright = once(() => pulls(4, { fault: { torsoPitch: 15 } }));

describe('Coach: set-up before counting', () => {
  it('counts nothing while the person walks in and sets up, then every rep', () => {
    const walking = walkIn(rowStart, { seed: 2, durationMs: 7000 });
    const frames = renderFrames(sequence(walking, reps(rowStart, { to: rowTop, count: 3, repMs: 2500 })), {
      fps: 15,
      noise: { seed: 2 },
    });
    const { updates, summary } = play(pull, frames);
    const walkingIn = updates.filter((update) => update.timestampMs < walking.durationMs);
    expect(walkingIn.filter((update) => update.guidance !== null).length).toBeGreaterThan(30);
    expect(walkingIn.every((update) => update.counts.reps === 0 && update.counts.partialReps === 0)).toBe(true);
    expect(summary.counts).toMatchObject({ reps: 3, cleanReps: 3, partialReps: 0 });
    expect(summary.cues).toEqual([]);
  });

  it('starts counting only once the set-up has been right for half a second', () => {
    const { updates } = play(pull, renderFrames(hold(rowStart, 1500), { fps: 15 }));
    const first = updates.find((update) => update.trackable);
    expect(first?.timestampMs).toBeGreaterThanOrEqual(500);
    expect(first?.timestampMs).toBeLessThanOrEqual(600);
    expect(updates.filter((update) => update.timestampMs >= 100).every((update) => update.guidance === null)).toBe(
      true,
    );
    expect(updates.at(-1)?.phase).toBe('start');
  });

  it('asks to step in when nobody is seen, and counts nothing', () => {
    const empty: PoseFrame[] = Array.from({ length: 30 }, (_, i) => ({
      timestampMs: i * 33,
      imageWidth: 640,
      imageHeight: 480,
      poses: [],
    }));
    const { updates, summary } = play(pull, empty);
    expect(updates.at(-1)).toMatchObject({
      guidance: { id: 'step-in', text: 'Step into view of the camera' },
      trackable: false,
      cue: null,
      values: { elbow: null, trunk: null },
    });
    expect(summary).toMatchObject({ exerciseId: 'test-pull', frames: 30, trackableFrames: 0 });
  });

  it('does not count from the wrong view, and asks the person to turn side-on', () => {
    const { updates, summary } = play(pull, pulls(2, { fault: { facing: 0 } }));
    expect(summary.counts.reps).toBe(0);
    expect(summary.trackableFrames).toBe(0);
    expect(updates.at(-1)?.guidance).toEqual({ id: 'turn-side', text: 'Turn side-on to the camera' });
  });

  it('asks a side-on person to face the camera for a front-view exercise', () => {
    const { updates, summary } = play(
      reach,
      renderFrames(hold(mergePose(standing, { facing: 90 }), 2000), { fps: 15 }),
    );
    expect(updates.at(-1)?.guidance).toEqual({ id: 'face-camera', text: 'Face the camera' });
    expect(summary.trackableFrames).toBe(0);
  });

  it('names the body part the camera cannot see, and stops counting', () => {
    const frames = addNoise(renderFrames(hold(rowStart, 2000), { fps: 15 }), {
      seed: 1,
      glitches: [{ startMs: 1000, endMs: 2001, landmarks: ['right_wrist'], visibility: 0.1 }],
    });
    const { updates } = play(pull, frames);
    expect(updates.at(-1)?.guidance).toEqual({ id: 'in-frame', text: 'Move so that your hands are in view' });
    expect(updates.at(-1)?.trackable).toBe(false);
    expect(updates.at(-1)?.values.elbow).toBeNull();
  });
});

describe('Coach: settling and smoothing', () => {
  // Frame-to-frame jitter (no drift), which is what smoothing is for.
  const still = once(() =>
    renderFrames(hold(rowStart, 7000), { fps: 15, noise: { seed: 6, imageSigmaPx: 3, correlation: 0 } }),
  );

  it('does not settle again after a brief loss of the person, but does after a long one', () => {
    const frames = addNoise(still(), {
      seed: 1,
      dropRanges: [
        { startMs: 2000, endMs: 2300 },
        { startMs: 4000, endMs: 5500 },
      ],
    });
    const { updates } = play(pull, frames);
    const firstAfter = (ms: number) => updates.find((update) => update.timestampMs >= ms && update.guidance === null);
    expect(firstAfter(2300)?.trackable).toBe(true);
    expect(firstAfter(5500)?.trackable).toBe(false);
    const back = updates.find((update) => update.timestampMs >= 5500 && update.trackable);
    expect(back?.timestampMs).toBeGreaterThanOrEqual(5500 + 500);
  });

  it('smooths each measure: a still arm under jitter reads steadier than the raw angle', () => {
    const { updates } = play(pull, still());
    const elbow = pull.measures.elbow;
    const raw = still().flatMap((frame) => {
      const pose = frame.poses[0];
      const value = pose ? elbow.compute({ pose, imageWidth: 640, imageHeight: 480, near: 'right' }) : null;
      return value === null || frame.timestampMs < 1000 ? [] : [value];
    });
    const smoothed = updates.flatMap((update) =>
      update.values.elbow === null || update.timestampMs < 1000 ? [] : [update.values.elbow],
    );
    const std = (values: readonly number[]) => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    };
    expect(smoothed).toHaveLength(raw.length);
    expect(std(smoothed)).toBeLessThan(0.6 * std(raw));
  });

  it('does not judge a check whose landmarks are not seen, while counting goes on', () => {
    const withTrunkCheck = defineExercise({
      ...pull,
      checks: [
        ...pull.checks,
        { on: 'rep', id: 'trunk-rep', cue: 'Trunk', uses: ['trunk'], fault: (rep) => rep.min.trunk < 30 },
      ],
    });
    // An upright trunk, but the hip is hidden the whole time: nothing can say so.
    const frames = addNoise(pulls(2, { fault: { torsoPitch: 15 } }), {
      seed: 2,
      glitches: [{ startMs: 0, endMs: 60_000, landmarks: ['right_hip'], visibility: 0.1 }],
    });
    const { summary, updates } = play(withTrunkCheck, frames);
    expect(updates.every((update) => update.values.trunk === null)).toBe(true);
    expect(summary.counts).toMatchObject({ reps: 2, cleanReps: 2 });
    expect(summary.cues).toEqual([]);
  });
});

describe('Coach: counting reps', () => {
  it('counts clean reps with jitter and says nothing', () => {
    const { summary } = play(pull, clean());
    expect(summary.counts).toMatchObject({ reps: 4, cleanReps: 4, faultyReps: 0, partialReps: 0, holds: 0 });
    expect(summary.cues).toEqual([]);
    expect(summary.reps.every((rep) => rep.faults.length === 0 && rep.side === null)).toBe(true);
    expect(summary.counts).not.toHaveProperty('left');
  });

  it('counts the same motion at 15 and 30 fps the same', () => {
    const slow = play(pull, clean()).summary;
    const fast = play(pull, pulls(2, { fps: 30 })).summary; // the same first two pulls
    expect(fast.counts.reps).toBe(2);
    slow.reps.slice(0, 2).forEach((rep, i) => {
      expect(Math.abs(rep.startMs - (fast.reps[i]?.startMs ?? 0))).toBeLessThan(150);
      expect(Math.abs(rep.endMs - (fast.reps[i]?.endMs ?? 0))).toBeLessThan(150);
    });
  });

  it('reports each rep with its range of motion, duration, extremes and pause at the top', () => {
    const run = play(pull, clean());
    const rep = run.summary.reps[0];
    expect(rep?.rangeOfMotion).toBeGreaterThan(75); // ≈ 175° → 90°
    expect(rep?.stats.min.elbow).toBeGreaterThan(85);
    expect(rep?.stats.min.elbow).toBeLessThan(97);
    expect(rep?.stats.max.elbow).toBeGreaterThan(165);
    expect(rep?.stats.min.trunk).toBeGreaterThan(35);
    expect(rep?.stats.durationMs).toBe((rep?.endMs ?? 0) - (rep?.startMs ?? 0));
    expect(rep?.stats.durationMs).toBeGreaterThan(1500);
    expect(rep?.stats.topMs).toBeGreaterThan(300); // the script pauses 400 ms at the top
    expect(eventsOf(run, 'rep')).toHaveLength(4);
    expect(run.updates.at(-1)?.counts.reps).toBe(4);
  });

  it('reports a pull that stops halfway as a partial rep, not a rep', () => {
    const half = mergePose(rowTop, { right: { shoulderFlexion: 10, elbowFlexion: 55 } });
    const run = play(pull, pulls(2, { to: half }));
    expect(run.summary.counts).toMatchObject({ reps: 0, partialReps: 2 });
    expect(eventsOf(run, 'partial')).toHaveLength(2);
  });

  it('does not count a rep faster than the minimum', () => {
    const frames = renderFrames(reps(rowStart, { to: rowTop, count: 3, repMs: 400, pauseTopMs: 0 }), {
      noise: { seed: 1 },
    });
    expect(play(pull, frames).summary.counts).toMatchObject({ reps: 0, partialReps: 0 });
  });

  it('abandons the rep under way when the person is lost for two seconds, and counts the others', () => {
    // Pull i runs from 400 + 3300 i ms; the third is at its top around 8 s.
    const frames = addNoise(renderFrames(reps(rowStart, { to: rowTop, count: 4, repMs: 2500 }), { fps: 15 }), {
      seed: 3,
      dropRanges: [{ startMs: 7800, endMs: 9800 }],
    });
    const { summary, updates } = play(pull, frames);
    expect(summary.counts.reps).toBe(3);
    const lost = updates.filter((update) => update.timestampMs >= 7800 && update.timestampMs < 9800);
    expect(lost.every((update) => !update.trackable && update.events.length === 0 && update.cue === null)).toBe(true);
  });

  it('judges the rep after an abandoned one on its own extremes', () => {
    // A full pull lost from sight at its top, then a pull that stops short (elbow ≈ 105°).
    const short = mergePose(rowTop, { right: { elbowFlexion: 75 } });
    const timeline = sequence(
      reps(rowStart, { to: rowTop, count: 1, repMs: 2500 }),
      reps(rowStart, { to: short, count: 1, repMs: 2500 }),
    );
    const frames = addNoise(renderFrames(timeline, { fps: 15 }), {
      seed: 1,
      dropRanges: [{ startMs: 1900, endMs: 3900 }],
    });
    const { summary } = play(pull, frames);
    expect(summary.counts.reps).toBe(1);
    expect(summary.reps[0]?.stats.min.elbow).toBeGreaterThan(100);
    expect(summary.reps[0]?.faults).toContain('full-pull');
  });

  it('counts the first rep of a person who starts pulling as soon as the set-up is right', () => {
    // The pull begins at 400 ms, as the person comes into view: the coach settles mid-pull
    // (row-single-arm-chair opens this way), and the rep still counts when it ends.
    const frames = renderFrames(reps(rowStart, { to: rowTop, count: 3, repMs: 2500 }), {
      fps: 15,
      noise: { seed: 2 },
    }).filter((frame) => frame.timestampMs >= 400);
    const { summary } = play(pull, frames);
    expect(summary.counts).toMatchObject({ reps: 3, partialReps: 0 });
    expect(summary.reps[0]?.startMs).toBeLessThan(1000);
  });

  it('counts a last rep held at its peak as the set ends in view, not one the person left out of view', () => {
    const lastHeld = sequence(
      reps(rowStart, { to: rowTop, count: 2, repMs: 2500 }),
      move(rowStart, rowTop, 1250),
      hold(rowTop, 1000),
    );
    const frames = renderFrames(lastHeld, { fps: 15, noise: { seed: 4 } });
    const ended = play(pull, frames).summary;
    expect(ended.counts).toMatchObject({ reps: 3, partialReps: 0 });
    expect(ended.reps[2]?.endMs).toBe(frames.at(-1)?.timestampMs);
    // The same set, the person out of view for its last second (gone to the screen): not a rep.
    const gone = addNoise(frames, { seed: 4, dropRanges: [{ startMs: lastHeld.durationMs - 1000, endMs: 1e9 }] });
    expect(play(pull, gone).summary.counts).toMatchObject({ reps: 2, partialReps: 0 });
  });

  it('keeps counting through dropped frames', () => {
    const frames = addNoise(clean(), { seed: 5, dropRate: 0.1 });
    expect(play(pull, frames).summary.counts.reps).toBe(4);
  });

  it('counts each side of a sided exercise separately', () => {
    const frames = renderFrames(
      sequence(
        reps(standing, { to: { left: { shoulderAbduction: 150 } }, count: 3, repMs: 2000 }),
        reps(standing, { to: { right: { shoulderAbduction: 150 } }, count: 2, repMs: 2000 }),
      ),
      { fps: 15, noise: { seed: 1 } },
    );
    const { summary } = play(sideRaise, frames);
    expect(summary.counts).toMatchObject({ reps: 5, left: { reps: 3, holds: 0 }, right: { reps: 2, holds: 0 } });
    expect(summary.reps.map((rep) => rep.side)).toEqual(['left', 'left', 'left', 'right', 'right']);
  });
});

describe('Coach: form checks and cues', () => {
  it('flags a trunk out of its band with the band’s cue, and counts the reps, as faulty', () => {
    const low = play(pull, upright());
    expect(cueIds(low)).toContain('hinge');
    expect(low.summary.cues.find((cue) => cue.id === 'hinge')?.text).toBe('Hinge forward');
    expect(low.summary.counts).toMatchObject({ reps: 4, faultyReps: 4, cleanReps: 0 });
    expect(low.summary.reps.every((rep) => rep.faults.includes('hinge'))).toBe(true);

    const flat = play(pull, pulls(2, { fault: { torsoPitch: 75 } }));
    expect(flat.summary.cues.find((cue) => cue.id === 'hinge')?.text).toBe('Lift your chest');
  });

  it('shows the cue while it is up, and points at the joints a present fault is about', () => {
    const { updates } = play(pull, upright());
    const faulty = updates.find((update) => update.faults.includes('hinge'));
    expect(faulty?.cue).toMatchObject({ id: 'hinge', text: 'Hinge forward' });
    expect(faulty?.faultyJoints).toEqual(expect.arrayContaining(['right_hip', 'right_shoulder']));
    expect(faulty?.faultyJoints).not.toContain('right_wrist');
  });

  it('does not repeat a cue within the cooldown, however long the fault lasts', () => {
    const { summary } = play(pull, upright(), { minShowMs: 1000, cooldownMs: 5000 }); // ≈ 14 s of faulty pulls
    const times = summary.cues.filter((cue) => cue.id === 'hinge').map((cue) => cue.timeMs);
    expect(times.length).toBeGreaterThanOrEqual(2);
    times.slice(1).forEach((t, i) => expect(t - (times[i] ?? 0)).toBeGreaterThanOrEqual(5000));
  });

  it('shows the higher-priority fault when two appear together', () => {
    const checks = (hingePriority: number, armPriority: number) =>
      defineExercise({
        ...pull,
        checks: [
          {
            on: 'band',
            id: 'hinge',
            measure: 'trunk',
            min: 30,
            max: 60,
            low: 'Hinge',
            high: 'Lift',
            priority: hingePriority,
          },
          {
            on: 'frame',
            id: 'long-arm',
            cue: 'Long arm',
            uses: ['elbow'],
            priority: armPriority,
            fault: (v) => v.elbow < 165,
          },
        ],
      });
    // Standing upright side-on with the arm a little bent: both faults, from the same frame.
    const frames = renderFrames(hold(mergePose(rowStart, { torsoPitch: 10, right: { elbowFlexion: 25 } }), 2000), {
      fps: 15,
    });
    expect(cueIds(play(checks(2, 1), frames))).toEqual(['hinge']);
    expect(cueIds(play(checks(1, 2), frames))).toEqual(['long-arm']);
  });

  it('judges a check only in its phases: an arm bent at rest is flagged, the same bend mid-pull is not', () => {
    expect(cueIds(play(pull, pulls(2, { fault: { right: { elbowFlexion: 25 } } })))).toContain('long-arm');
    expect(cueIds(play(pull, clean()))).not.toContain('long-arm');
  });

  it('judges rep checks on the rep’s extremes: a pull that stops short is flagged after the rep', () => {
    const short = mergePose(rowTop, { right: { elbowFlexion: 75 } }); // elbow ≈ 105°: a rep, not a full one
    const run = play(pull, pulls(3, { to: short }));
    expect(run.summary.counts).toMatchObject({ reps: 3, faultyReps: 3 });
    expect(run.summary.reps.every((rep) => rep.faults.includes('full-pull'))).toBe(true);
    const firstRep = run.updates.find((update) => update.events.some((event) => event.type === 'rep'));
    const cue = run.summary.cues.find((c) => c.id === 'full-pull');
    expect(cue?.text).toBe('Pull all the way up');
    expect(cue?.timeMs).toBeGreaterThanOrEqual(firstRep?.timestampMs ?? Infinity);
  });

  it('gives each rep where it started from: the arm straight before the pull, not on its way', () => {
    const run = play(pull, pulls(2));
    expect(run.summary.reps).toHaveLength(2);
    for (const rep of run.summary.reps) {
      // rowStart's elbow is near straight; the rep begins once it bends under 150°.
      expect(rep.stats.start?.elbow).toBeGreaterThan(160);
    }
  });

  it('needs a per-frame fault to last before it counts (debounce)', () => {
    const alwaysOn = (forMs?: number) =>
      defineExercise({
        ...pull,
        measures: { ...pull.measures, trunk: { ...pull.measures.trunk, smoothing: null } },
        checks: [{ on: 'band', id: 'hinge', measure: 'trunk', min: 30, max: 60, low: 'Hinge', high: 'Lift', forMs }],
      });
    // At rest, the trunk straightens up for ~250 ms.
    const twitch = keyframes(rowStart, [
      { tMs: 0, pose: {} },
      { tMs: 1500, pose: {} },
      { tMs: 1600, pose: { torsoPitch: 5 } },
      { tMs: 1750, pose: { torsoPitch: 5 } },
      { tMs: 1850, pose: {} },
      { tMs: 3000, pose: {} },
    ]);
    const frames = renderFrames(twitch);
    const brief = play(alwaysOn(), frames);
    expect(brief.updates.some((update) => (update.values.trunk ?? 90) < 20)).toBe(true);
    expect(brief.summary.cues).toEqual([]);
    expect(cueIds(play(alwaysOn(100), frames))).toEqual(['hinge']);
  });

  it('never fires a cue, judges or counts on frames it cannot trust', () => {
    const frames = addNoise(upright(), { seed: 9, dropRate: 0.2 });
    const { updates } = play(pull, frames);
    const untrusted = updates.filter((update) => !update.trackable);
    expect(untrusted.length).toBeGreaterThan(20);
    for (const update of untrusted) {
      expect(update.cue).toBeNull();
      expect(update.faults).toEqual([]);
      expect(update.events).toEqual([]);
    }
  });
});

describe('Coach: holds', () => {
  const overhead = mergePose(standing, { both: { shoulderAbduction: 160, elbowFlexion: 5 } });
  const fiveSeconds = once(() => renderFrames(holdPose(standing, { pose: overhead, holdMs: 5000 }), { fps: 15 }));

  it('times a hold and counts it once it is long enough', () => {
    const { summary, updates } = play(reach, addNoise(fiveSeconds(), { seed: 1 }));
    expect(summary.counts.holds).toBe(1);
    const held = summary.holds[0];
    expect(held).toMatchObject({ counted: true, side: null, faults: [] });
    expect(held?.heldMs).toBeGreaterThan(5000);
    expect(held?.heldMs).toBeLessThan(6500);
    expect(Math.max(...updates.map((update) => update.holdMs))).toBe(held?.heldMs);
    expect(eventsOf({ summary, updates }, 'hold')).toHaveLength(1);
  });

  it('records a hold too short to count, but does not count it', () => {
    const frames = renderFrames(holdPose(standing, { pose: overhead, holdMs: 800 }), { fps: 15 });
    const { summary } = play(reach, frames);
    expect(summary.holds).toHaveLength(1);
    expect(summary.holds[0]?.counted).toBe(false);
    expect(summary.counts.holds).toBe(0);
  });

  it('ends a hold under way at finish()', () => {
    const frames = fiveSeconds().filter((frame) => frame.timestampMs < 5000);
    const coach = new Coach(reach);
    for (const frame of frames) coach.update(frame);
    expect(coach.summary().holds).toEqual([]);
    const summary = coach.finish();
    expect(summary.counts.holds).toBe(1);
    expect(summary.holds[0]?.heldMs).toBeGreaterThan(3000);
  });

  it('neither ends nor times the hold while the person is briefly out of sight', () => {
    const seen = play(reach, fiveSeconds()).summary;
    const gap = addNoise(fiveSeconds(), {
      seed: 1,
      imageSigmaPx: 0,
      worldSigmaCm: 0,
      visibilitySigma: 0,
      dropRanges: [{ startMs: 4000, endMs: 4600 }],
    });
    const unseen = play(reach, gap).summary;
    expect(unseen.holds).toHaveLength(1);
    const lost = (seen.holds[0]?.heldMs ?? 0) - (unseen.holds[0]?.heldMs ?? 0);
    expect(lost).toBeGreaterThanOrEqual(600);
    expect(lost).toBeLessThan(800);
  });

  it('judges hold checks only while the clock runs, and attaches their faults to the hold', () => {
    const shrugged = mergePose(overhead, { both: { shoulderElevation: 40 } });
    const frames = renderFrames(holdPose(standing, { pose: shrugged, holdMs: 4000 }), { fps: 15 });
    const run = play(reach, frames);
    expect(cueIds(run)).toEqual(['no-shrug']);
    expect(run.summary.holds[0]?.faults).toEqual(['no-shrug']);
    const shown = run.updates.find((update) => update.events.some((event) => event.type === 'cue'));
    expect(shown?.phase).toBe('hold');
  });

  it('judges a check with firstMs only early in the hold: a shrug from the start is told, one at the end is not', () => {
    const shrugged = mergePose(overhead, { both: { shoulderElevation: 40 } });
    const early = defineExercise({
      ...reach,
      checks: reach.checks.map((check) => ({ ...check, firstMs: 2000 })),
    });
    const fromStart = renderFrames(holdPose(standing, { pose: shrugged, holdMs: 5000 }), { fps: 15 });
    expect(cueIds(play(early, fromStart))).toEqual(['no-shrug']);
    const atTheEnd = renderFrames(
      keyframes(standing, [
        { tMs: 0, pose: {} },
        { tMs: 1000, pose: overhead },
        { tMs: 4000, pose: overhead },
        { tMs: 4300, pose: shrugged },
        { tMs: 6000, pose: shrugged },
        { tMs: 7000, pose: {} },
      ]),
      { fps: 15 },
    );
    expect(cueIds(play(reach, atTheEnd))).toEqual(['no-shrug']);
    expect(cueIds(play(early, atTheEnd))).toEqual([]);
  });
});

describe('Coach: circles', () => {
  const level = mergePose(standing, { both: { shoulderAbduction: 90 } });
  const circling = (base: PuppetPose) =>
    renderFrames(sequence(hold(base, 1500), armCircles(base, { count: 3, direction: 'forward', periodMs: 3000 })), {
      fps: 15,
      noise: { seed: 1 },
    });

  it('counts arm circles, in one direction', () => {
    const run = play(circles, circling(level));
    expect(run.summary.counts.cycles).toBe(3);
    expect(new Set(run.summary.cycles.map((cycle) => cycle.direction)).size).toBe(1);
    expect(eventsOf(run, 'cycle')).toHaveLength(3);
    expect(run.summary.cues).toEqual([]);
  });

  it('judges per-frame checks while circling', () => {
    // Circles around 45° instead of level: the arms are not up at shoulder height.
    const run = play(circles, circling(mergePose(standing, { both: { shoulderAbduction: 45 } })));
    expect(cueIds(run)).toContain('arms-up');
  });

  it('judges each circle as a whole, like a rep: too quick ones get the cue and carry the fault', () => {
    const slowly = defineExercise({
      ...circles,
      checks: [
        {
          on: 'rep',
          id: 'slowly',
          uses: ['raise'],
          fault: ({ durationMs }) => durationMs < 4000,
          cue: 'Slower circles',
        },
      ],
    });
    const run = play(slowly, circling(level));
    expect(run.summary.counts.cycles).toBe(3);
    expect(run.summary.cycles.every((cycle) => cycle.faults.includes('slowly'))).toBe(true);
    expect(run.summary.cycles[0]?.stats.durationMs).toBeGreaterThan(2000);
    expect(cueIds(run)).toEqual(['slowly']);
  });

  it('never judges a check the view cannot measure, whatever the movement', () => {
    const unmeasured = defineExercise({
      ...circles,
      checks: circles.checks.map((check) => ({ ...check, notMeasuredReason: 'needs a side view' })),
    });
    const run = play(unmeasured, circling(mergePose(standing, { both: { shoulderAbduction: 45 } })));
    expect(run.summary.cues).toEqual([]);
    expect(run.updates.flatMap((update) => update.faults)).toEqual([]);
  });
});
