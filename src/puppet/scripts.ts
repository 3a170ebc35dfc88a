/**
 * Scripts for the motions the catalog counts: repetitions, holds, alternating sides and
 * circles. Every script starts and ends at its base pose (merged with `from` where given), so
 * scripts chain with `sequence()` without jumps.
 */
import { mergePose, type PosePatch, type PuppetPose } from './puppet-pose';
import { fromFunction, keyframes, sequence, type Keyframe, type Timeline } from './timeline';

export interface RepOptions {
  /** The start/rest position, merged over the base. Default: the base itself. */
  readonly from?: PosePatch;
  /** The turning point of each repetition. */
  readonly to: PosePatch;
  readonly count: number;
  /** Time to go from `from` to `to` and back, pauses excluded. Default 3000. */
  readonly repMs?: number;
  /** Pause at `to`. Default 400. */
  readonly pauseTopMs?: number;
  /** Pause at `from`, also before the first repetition. Default 400. */
  readonly pauseBottomMs?: number;
}

/**
 * `count` repetitions: rest, then for each rep move to `to`, pause, move back, pause. The
 * timeline lasts pauseBottom + count × (repMs + pauseTop + pauseBottom).
 */
export function reps(base: PuppetPose, options: RepOptions): Timeline {
  const { to, count, repMs = 3000, pauseTopMs = 400, pauseBottomMs = 400 } = options;
  const start = mergePose(base, options.from ?? {});
  const frames: Keyframe[] = [{ tMs: 0, pose: {} }];
  let t = pauseBottomMs;
  frames.push({ tMs: t, pose: {} });
  for (let i = 0; i < count; i++) {
    t += repMs / 2;
    frames.push({ tMs: t, pose: to });
    t += pauseTopMs;
    frames.push({ tMs: t, pose: to });
    t += repMs / 2;
    frames.push({ tMs: t, pose: {} });
    t += pauseBottomMs;
    frames.push({ tMs: t, pose: {} });
  }
  return keyframes(start, frames);
}

export interface HoldOptions {
  readonly pose: PosePatch;
  /** Time at the held pose. */
  readonly holdMs: number;
  /** Time to get into and out of it. Default 1500. */
  readonly moveMs?: number;
  /** Rest at the base before and after. Default 500. */
  readonly restMs?: number;
}

/** Rest, move into `pose`, hold still, move back, rest. */
export function holdPose(base: PuppetPose, options: HoldOptions): Timeline {
  const { pose, holdMs, moveMs = 1500, restMs = 500 } = options;
  return keyframes(base, [
    { tMs: 0, pose: {} },
    { tMs: restMs, pose: {} },
    { tMs: restMs + moveMs, pose },
    { tMs: restMs + moveMs + holdMs, pose },
    { tMs: restMs + 2 * moveMs + holdMs, pose: {} },
    { tMs: 2 * restMs + 2 * moveMs + holdMs, pose: {} },
  ]);
}

export interface AlternateOptions {
  readonly left: PosePatch;
  readonly right: PosePatch;
  /** Holds per side. */
  readonly count: number;
  readonly holdMs?: number;
  readonly moveMs?: number;
  readonly restMs?: number;
  /** Default 'left'. */
  readonly firstSide?: 'left' | 'right';
}

/** Left, right, left, right… each a `holdPose` from the base: 2 × count holds in all. */
export function alternate(base: PuppetPose, options: AlternateOptions): Timeline {
  const { count, holdMs = 2000, moveMs = 1500, restMs = 500, firstSide = 'left' } = options;
  const order = firstSide === 'left' ? [options.left, options.right] : [options.right, options.left];
  const parts: Timeline[] = [];
  for (let i = 0; i < count; i++) {
    for (const pose of order) parts.push(holdPose(base, { pose, holdMs, moveMs, restMs }));
  }
  return sequence(...parts);
}

export interface CircleOptions {
  readonly count: number;
  /** One full circle. */
  readonly periodMs: number;
  /** +1 runs the phase forward, −1 backward. */
  readonly direction: 1 | -1;
  /** The pose at a phase angle in radians; phase 0 is where the circle starts and ends. */
  readonly at: (phaseRad: number) => PosePatch;
  /** Time to ease from the base to phase 0 and back at the end. Default 800. */
  readonly rampMs?: number;
}

/** Continuous circles: a constant-speed sweep of the phase, eased in from and out to the base. */
export function circles(base: PuppetPose, options: CircleOptions): Timeline {
  const { count, periodMs, direction, at, rampMs = 800 } = options;
  const sweepMs = count * periodMs;
  const phase = (tMs: number): number => (direction * 2 * Math.PI * tMs) / periodMs;
  return sequence(
    keyframes(base, [
      { tMs: 0, pose: {} },
      { tMs: rampMs, pose: at(0) },
    ]),
    fromFunction(sweepMs, (tMs) => mergePose(base, at(phase(tMs)))),
    keyframes(base, [
      { tMs: 0, pose: at(phase(sweepMs)) },
      { tMs: rampMs, pose: {} },
    ]),
  );
}

/** Direction as the person feels it: clockwise on a clock face they are looking at. */
export type Rotation = 'clockwise' | 'counterclockwise';

export interface HeadCircleOptions {
  readonly count: number;
  readonly direction: Rotation;
  /** Default 6000 (the spec flags circles under ~4 s as too fast). */
  readonly periodMs?: number;
  readonly tiltDeg?: number;
  readonly flexionDeg?: number;
}

/**
 * Neck rolls. The nose traces a circle: phase 0 looking up, then for `clockwise` toward the
 * person's right (tilt right), chin down, toward the left. In a non-mirrored image the person's
 * clockwise looks counter-clockwise on screen; in the mirrored (selfie) image it looks clockwise.
 */
export function headCircles(base: PuppetPose, options: HeadCircleOptions): Timeline {
  const { count, direction, periodMs = 6000, tiltDeg = 30, flexionDeg = 30 } = options;
  return circles(base, {
    count,
    periodMs,
    direction: direction === 'clockwise' ? 1 : -1,
    at: (phase) => ({
      neckFlexion: -flexionDeg * Math.cos(phase),
      headTilt: -tiltDeg * Math.sin(phase),
    }),
  });
}

export interface ShoulderRollOptions {
  readonly count: number;
  /** `backward`: up, back, down, forward — the top of the circle moves backward. */
  readonly direction: 'backward' | 'forward';
  readonly periodMs?: number;
  readonly elevationDeg?: number;
  readonly protractionDeg?: number;
}

/** Both shoulders circling in the sagittal plane, starting and ending at rest (bottom). */
export function shoulderRolls(base: PuppetPose, options: ShoulderRollOptions): Timeline {
  const { count, direction, periodMs = 2500, elevationDeg = 30, protractionDeg = 18 } = options;
  const sense = direction === 'backward' ? 1 : -1;
  return circles(base, {
    count,
    periodMs,
    direction: 1,
    rampMs: 300,
    at: (phase) => ({
      both: {
        shoulderElevation: (elevationDeg * (1 - Math.cos(phase))) / 2,
        shoulderProtraction: sense * protractionDeg * Math.sin(phase),
      },
    }),
  });
}

export interface ArmCircleOptions {
  readonly count: number;
  /** `forward`: the hands move forward over the top of the circle. */
  readonly direction: 'forward' | 'backward';
  readonly periodMs?: number;
  /** Angular radius of the circle around the arm's level position. */
  readonly radiusDeg?: number;
}

/** Arms held out level to the sides (abduction 90) drawing circles; starts at the top. */
export function armCircles(base: PuppetPose, options: ArmCircleOptions): Timeline {
  const { count, direction, periodMs = 1500, radiusDeg = 20 } = options;
  return circles(base, {
    count,
    periodMs,
    direction: direction === 'forward' ? 1 : -1,
    at: (phase) => ({
      both: {
        shoulderAbduction: 90 + radiusDeg * Math.cos(phase),
        shoulderHorizontalAdduction: radiusDeg * Math.sin(phase),
        shoulderFlexion: 0,
        elbowFlexion: 5,
      },
    }),
  });
}
