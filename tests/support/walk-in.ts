/**
 * The seconds before an exercise, which the engine must not count: the person walks in from
 * outside the frame, across and then up to the laptop (too close to be seen whole), leans in to
 * adjust it (the camera wobbles), steps back while turning, and settles into the start position. Floor and chair
 * positions are reached through a squat, kneeling and all fours; a change of posture is a jump
 * between two frames (see `lerpPose`), which is as abrupt as detectors are when someone drops
 * to the floor.
 */
import { DEFAULT_CAMERA, type CameraSpec } from '../../src/puppet/camera';
import { mergePose, ZERO_POSE, type Posture, type PuppetPose } from '../../src/puppet/puppet-pose';
import { createRng } from './rng';
import { easeInOut, fromFunction, keyframes, type Keyframe, type Timeline } from '../../src/puppet/timeline';
import { toRadians } from '../../src/puppet/vec';

export interface WalkInOptions {
  /** Side of the (non-mirrored) image the person enters from. Default: chosen by the seed. */
  readonly from?: 'left' | 'right';
  /** Varies the path, the timing, the lean and the camera wobble. Default 1. */
  readonly seed?: number;
  /** Default 10000. */
  readonly durationMs?: number;
  /** The camera the frames will be rendered with, so the walk starts outside its view. */
  readonly camera?: CameraSpec;
}

const STANDING: PuppetPose = mergePose(ZERO_POSE, {
  both: { shoulderAbduction: 6, elbowFlexion: 10 },
});

/** Steps between standing and the target's posture, each a pose the person passes through. */
function waypoints(target: PuppetPose): PuppetPose[] {
  const at = { xM: target.xM, depthM: target.depthM, facing: target.facing };
  const squat = mergePose(STANDING, at, {
    torsoPitch: 40,
    both: { hipFlexion: 95, kneeFlexion: 110, ankleFlexion: 15, shoulderFlexion: 40 },
  });
  const kneel = mergePose(STANDING, at, {
    posture: 'kneeling',
    torsoPitch: 20,
    both: { kneeFlexion: 90, ankleFlexion: -75, shoulderFlexion: 30 },
  });
  const fours = mergePose(ZERO_POSE, at, {
    posture: 'allFours',
    torsoPitch: -15,
    both: { shoulderFlexion: 75, hipFlexion: 90, kneeFlexion: 90, ankleFlexion: -75 },
  });
  const prone = mergePose(ZERO_POSE, at, { posture: 'prone', both: { ankleFlexion: -70 } });
  const chain: Record<Posture, PuppetPose[]> = {
    standing: [],
    seated: [mergePose(STANDING, at, { torsoPitch: 35, both: { hipFlexion: 80, kneeFlexion: 80 } })],
    kneeling: [squat],
    allFours: [squat, kneel],
    prone: [squat, kneel, fours],
    supine: [squat, kneel, fours, prone],
  };
  return chain[target.posture];
}

/** Legs and arms swinging in opposition: one stride (two steps) per `strideMs`. */
function withGait(pose: PuppetPose, amount: number, phase: number): PuppetPose {
  if (amount <= 0) return pose;
  const s = Math.sin(phase);
  // The knee bends while its leg swings through, i.e. while the hip flexes.
  const knee = (p: number): number => 8 + 35 * Math.max(0, Math.sin(p + Math.PI / 3));
  return mergePose(pose, {
    left: {
      hipFlexion: pose.left.hipFlexion + amount * 22 * s,
      kneeFlexion: pose.left.kneeFlexion + amount * knee(phase),
      shoulderFlexion: pose.left.shoulderFlexion - amount * 18 * s,
    },
    right: {
      hipFlexion: pose.right.hipFlexion - amount * 22 * s,
      kneeFlexion: pose.right.kneeFlexion + amount * knee(phase + Math.PI),
      shoulderFlexion: pose.right.shoulderFlexion + amount * 18 * s,
    },
  });
}

export function walkIn(target: PuppetPose, options: WalkInOptions = {}): Timeline {
  const rng = createRng(options.seed ?? 1);
  const from = options.from ?? rng.pick(['left', 'right'] as const);
  const durationMs = options.durationMs ?? 10000;
  const camera = options.camera ?? DEFAULT_CAMERA;
  const sign = from === 'left' ? -1 : 1;

  // Start half a metre beyond the edge of the view at the starting depth.
  const startDepth = rng.range(0.3, 1.2);
  const halfView = Math.tan(toRadians(camera.horizontalFovDeg / 2)) * (camera.distanceM + startDepth);
  const startX = sign * (halfView + 0.5);
  // Within arm's reach of the laptop: far too close to be seen whole.
  const nearDepth = -(camera.distanceM - rng.range(0.55, 0.8));
  const nearX = sign * rng.range(0, 0.3);
  // Across the room first, then up to the laptop; facing where the feet are going.
  const crossX = -sign * rng.range(0, 0.5);
  const crossDepth = startDepth * rng.range(0.3, 0.7);
  const heading = (dx: number, dDepth: number): number => (Math.atan2(dx, -dDepth) * 180) / Math.PI;
  const lean = rng.range(25, 50);

  const t = (fraction: number): number => fraction * durationMs;
  const walking = mergePose(STANDING, {
    xM: startX,
    depthM: startDepth,
    facing: heading(crossX - startX, crossDepth - startDepth),
  });
  const crossing = mergePose(STANDING, {
    xM: crossX,
    depthM: crossDepth,
    facing: heading(nearX - crossX, nearDepth - crossDepth),
  });
  const atLaptop = mergePose(STANDING, { xM: nearX, depthM: nearDepth, facing: 0 });
  const adjusting = mergePose(atLaptop, {
    torsoPitch: lean,
    neckFlexion: 25,
    both: { shoulderFlexion: 75, elbowFlexion: 45, shoulderAbduction: 10 },
  });
  const placed = mergePose(STANDING, { xM: target.xM, depthM: target.depthM, facing: target.facing });
  const steps = waypoints(target);

  const frames: Keyframe[] = [
    { tMs: 0, pose: walking },
    { tMs: t(0.17), pose: crossing, ease: (x) => x },
    { tMs: t(0.3), pose: atLaptop, ease: easeInOut },
    { tMs: t(0.36), pose: adjusting },
    { tMs: t(0.44), pose: mergePose(adjusting, { torsoPitch: lean - 8, neckFlexion: 10 }) },
    { tMs: t(0.5), pose: atLaptop },
    { tMs: t(0.72), pose: placed },
  ];
  const settle = [...steps, target];
  settle.forEach((pose, i) => {
    frames.push({ tMs: t(0.72 + (0.28 * (i + 1)) / settle.length), pose, ease: easeInOut });
  });
  const path = keyframes(target, frames);

  // Walking in (full strides) and stepping back (short ones); still while adjusting.
  const gait = (ms: number): number => {
    const f = ms / durationMs;
    const ramp = (a: number, b: number) => Math.min(1, Math.max(0, (f - a) / (b - a)));
    return f < 0.3 ? 1 - ramp(0.26, 0.3) : 0.6 * ramp(0.5, 0.53) * (1 - ramp(0.68, 0.72));
  };
  const strideMs = rng.range(1000, 1200);
  const wobble = { tilt: rng.range(3, 6), pan: rng.range(-4, 4), roll: rng.range(-2, 2) };
  const nudge = (ms: number): Partial<CameraSpec> => {
    const f = (ms / durationMs - 0.34) / 0.14;
    if (f <= 0 || f >= 1) return {};
    // The screen is pushed back and forth, then lets go where it started.
    const k = Math.sin(Math.PI * f) * Math.cos(3 * Math.PI * f);
    return {
      tiltDeg: camera.tiltDeg + wobble.tilt * k,
      panDeg: camera.panDeg + wobble.pan * k,
      rollDeg: camera.rollDeg + wobble.roll * k,
    };
  };

  return fromFunction(durationMs, (ms) => withGait(path.at(ms), gait(ms), (2 * Math.PI * ms) / strideMs), nudge);
}
