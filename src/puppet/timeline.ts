/**
 * Motion as a function of time. A timeline says what the puppet does at any instant (and,
 * optionally, how the camera is being nudged); frames.ts samples it at a frame rate. Keyframes
 * are partial poses merged over a base and eased between, so the body comes to rest at each
 * keyframe, as people do at the ends of a movement.
 */
import type { CameraSpec } from './camera';
import { lerpPose, mergePose, type PosePatch, type PuppetPose } from './puppet-pose';

export interface Timeline {
  readonly durationMs: number;
  /** The pose at a time in [0, durationMs]; earlier or later times hold the ends. */
  at(tMs: number): PuppetPose;
  /** Changes to the camera at a time (someone adjusting the laptop); absent = fixed camera. */
  readonly camera?: (tMs: number) => Partial<CameraSpec>;
}

export type Easing = (t: number) => number;

/** Sinusoidal ease in and out: starts and stops at rest, like a person's movement. */
export const easeInOut: Easing = (t) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));
export const linear: Easing = (t) => Math.min(1, Math.max(0, t));

export interface Keyframe {
  readonly tMs: number;
  /** Merged over the timeline's base (not over the previous keyframe). */
  readonly pose: PosePatch;
  /** Easing of the move that arrives at this keyframe. Default `easeInOut`. */
  readonly ease?: Easing;
}

export function keyframes(base: PuppetPose, frames: readonly Keyframe[]): Timeline {
  const poses = frames.map((frame) => mergePose(base, frame.pose));
  for (let i = 1; i < frames.length; i++) {
    if ((frames[i]?.tMs ?? 0) < (frames[i - 1]?.tMs ?? 0)) {
      throw new Error('keyframes must be in time order');
    }
  }
  const first = frames[0];
  const durationMs = frames.at(-1)?.tMs ?? 0;
  return {
    durationMs,
    at(tMs) {
      if (!first || tMs <= first.tMs) return poses[0] ?? base;
      for (let i = 1; i < frames.length; i++) {
        const to = frames[i];
        const from = frames[i - 1];
        if (!to || !from || tMs > to.tMs) continue;
        const span = to.tMs - from.tMs;
        const t = span === 0 ? 1 : (to.ease ?? easeInOut)((tMs - from.tMs) / span);
        return lerpPose(poses[i - 1] ?? base, poses[i] ?? base, t);
      }
      return poses.at(-1) ?? base;
    },
  };
}

/** Motion defined by a function (circles, gait): `at` receives time from 0 to `durationMs`. */
export function fromFunction(
  durationMs: number,
  at: (tMs: number) => PuppetPose,
  camera?: (tMs: number) => Partial<CameraSpec>,
): Timeline {
  const clamp = (t: number): number => Math.min(durationMs, Math.max(0, t));
  return {
    durationMs,
    at: (tMs) => at(clamp(tMs)),
    ...(camera ? { camera: (tMs: number) => camera(clamp(tMs)) } : {}),
  };
}

/** Keeps a pose still. */
export function hold(pose: PuppetPose, durationMs: number): Timeline {
  return { durationMs, at: () => pose };
}

/** Moves from one pose to another over `durationMs` and stops. */
export function move(from: PuppetPose, to: PosePatch, durationMs: number): Timeline {
  return keyframes(from, [
    { tMs: 0, pose: {} },
    { tMs: durationMs, pose: to },
  ]);
}

/**
 * One part after another. Parts should meet (each starting where the previous ends); the
 * helpers in scripts.ts do, because they all start and end at their base pose.
 */
export function sequence(...parts: readonly Timeline[]): Timeline {
  const starts: number[] = [];
  let total = 0;
  for (const part of parts) {
    starts.push(total);
    total += part.durationMs;
  }
  const locate = (tMs: number): [Timeline | undefined, number] => {
    for (let i = parts.length - 1; i >= 0; i--) {
      const start = starts[i] ?? 0;
      if (tMs >= start) return [parts[i], tMs - start];
    }
    return [parts[0], tMs];
  };
  const anyCamera = parts.some((part) => part.camera);
  return {
    durationMs: total,
    at(tMs) {
      const [part, local] = locate(tMs);
      if (!part) throw new Error('sequence() needs at least one part');
      return part.at(local);
    },
    ...(anyCamera
      ? {
          camera: (tMs: number) => {
            const [part, local] = locate(tMs);
            return part?.camera?.(local) ?? {};
          },
        }
      : {}),
  };
}

/** The last pose of a timeline, to start the next part from. */
export const endOf = (timeline: Timeline): PuppetPose => timeline.at(timeline.durationMs);
