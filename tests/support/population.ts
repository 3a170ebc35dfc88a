/**
 * A population of puppets: the same exercise done by people of other proportions, ranges of
 * motion and tempos, in front of cameras set up within what the exercise's card allows, seen
 * through detector noise fitted on real footage (fitted-noise.ts). Everything comes from a seed,
 * so a failing person can be replayed alone: `population(seed, n)[i]`.
 *
 *   for (const person of population(14, 8)) {
 *     const subject = person.doing({ camera: CAMERAS.laptop, view: 'side' });
 *     const frames = subject.render(subject.reps(rowStart, { to: rowTop, count: 3 }));
 *   }
 *
 * What varies, and within what (each drawn uniformly unless said otherwise):
 * - **body**: height 1.50–1.95 m; trunk, upper arm, forearm, thigh and shin each ±6 % of the
 *   segment table (body.ts) for that height, shoulder width ±10 %, hip width ±8 %, neck ±12 %:
 *   about ±2 standard deviations of the adult spread in anthropometric surveys (ANSUR II's
 *   segment lengths vary 4–5 % (1 SD) once height is accounted for, widths more).
 * - **range of motion**: a fraction of the preset's amplitude, by default 70–110 %, narrowed per
 *   exercise to what its spec still calls the movement (the test names the bound and why), with
 *   each rep ±5 % of the person's own.
 * - **tempo**: 0.6–1.6× the preset's speed of movement (narrowed where the spec sets a pace), each
 *   rep's duration ±15 % of the person's own. Pauses and holds are not scaled with it: the card
 *   sets them ("pause at the top", "hold 10 s") and the clock counts them; they vary ±15 % a rep.
 * - **camera**: distance (farther for people over 1.70 m, who step back to be in view), height, tilt and the person's turn to it (yaw) within the allowance of
 *   the view (`ALLOWANCE`), and 15–30 frames a second (a slow machine analyses fewer).
 * - **noise**: the fitted per-landmark jitter, wander, world jitter and visibility model, sized
 *   to the person in the picture and scaled 0.3–1.3× (the clips' own spread about the fitted median:
 *   the still neck close-ups are the quietest, the dim row the noisiest), with
 *   real-depth.ts's depth offsets and wander on the world landmarks.
 */
import { isSeen } from '../../src/coach/setup';
import type { LandmarkName } from '../../src/pose/landmarks';
import type { Pose, PoseFrame } from '../../src/pose/types';
import type { BodyShape } from '../../src/puppet/body';
import type { CameraSpec } from '../../src/puppet/camera';
import { lerpPose, mergePose, type PosePatch, type PuppetPose } from '../../src/puppet/puppet-pose';
import { renderFrame } from '../../src/puppet/render';
import type { RepOptions } from '../../src/puppet/scripts';
import { fromFunction, keyframes, sequence, type Keyframe, type Timeline } from '../../src/puppet/timeline';
import { FITTED_NOISE } from './fitted-noise';
import { addNoise, type NoiseOptions } from './noise';
import { JITTER_GROUPS, personSizePx } from './noise-fit';
import { realDepth } from './real-depth';
import { createRng, type Rng } from './rng';

export type Range = readonly [number, number];

/** How far a set-up may stray from the exercise's camera and still follow its card. */
export interface CameraAllowance {
  /** Factor on the camera's distance. */
  readonly distance: Range;
  /** Metres added to the camera's height. */
  readonly height: Range;
  /** Degrees added to its tilt. */
  readonly tilt: Range;
  /** Degrees the person stands turned from the view the card asks for. */
  readonly yaw: Range;
}

/**
 * The card's set-ups, by view. A front view tolerates less turn than a side view: the front
 * exercises read left against right, and "face the camera" is easy to do within ~10°. A side
 * view is rarely square: the shared row and superman clips are 10–20° off. Desk cameras (a
 * laptop in front of a seated person) move little in height but are often set at an angle.
 */
export const ALLOWANCE = {
  front: { distance: [0.85, 1.2], height: [-0.15, 0.15], tilt: [-4, 4], yaw: [-10, 10] },
  side: { distance: [0.85, 1.2], height: [-0.15, 0.15], tilt: [-4, 4], yaw: [-15, 15] },
  desk: { distance: [0.9, 1.2], height: [-0.06, 0.06], tilt: [-4, 4], yaw: [-8, 8] },
  floor: { distance: [0.9, 1.2], height: [-0.1, 0.15], tilt: [-3, 4], yaw: [-12, 12] },
} as const satisfies Record<string, CameraAllowance>;

export interface SubjectOptions {
  /** The camera the exercise's tests use; the person's set-up varies around it. */
  readonly camera: CameraSpec;
  readonly allowance: CameraAllowance;
  /** Fraction of the preset's amplitude. Default 0.7–1.1. */
  readonly rom?: Range;
  /** Speed against the preset's. Default 0.6–1.6. */
  readonly tempo?: Range;
  /** Frames a second. Default 15–30. */
  readonly fps?: Range;
  /**
   * Parts of the variation to leave out (the preset's instead), to find which one a failure
   * comes from: `POPULATION_EXPLAIN=1` has describePopulation do this for every failing person.
   */
  readonly neutral?: readonly Factor[];
}

export type Factor = 'body' | 'camera' | 'yaw' | 'rom' | 'tempo' | 'noise' | 'depth';
export const FACTORS: readonly Factor[] = ['body', 'camera', 'yaw', 'rom', 'tempo', 'noise', 'depth'];

const DEFAULT_ROM: Range = [0.7, 1.1];
const DEFAULT_TEMPO: Range = [0.6, 1.6];
const DEFAULT_FPS: Range = [15, 30];
const NOISE_SCALE: Range = [0.3, 1.3];
/** Rep-to-rep variation: amplitude and duration, relative standard deviations. */
const REP_AMPLITUDE = 0.05;
const REP_DURATION = 0.15;

const within = (range: Range, u: number): number => range[0] + (range[1] - range[0]) * u;

/** One sampled person: their body and the unit draws their set-up and movement are made from. */
export interface Person {
  readonly index: number;
  readonly seed: number;
  readonly body: BodyShape;
  /** Draws in [0, 1) that each exercise maps onto its own ranges. */
  readonly draws: {
    readonly rom: number;
    readonly tempo: number;
    readonly fps: number;
    readonly noise: number;
    readonly distance: number;
    readonly height: number;
    readonly tilt: number;
    readonly yaw: number;
  };
  /** This person doing an exercise in front of its camera. */
  doing(options: SubjectOptions): Subject;
  /** A short description for test names and failures. */
  readonly label: string;
}

/** The puppet's repetitions (`reps`), with how a person's own range and a fault apply to them. */
export interface RepScript extends RepOptions {
  /**
   * Which end the person's range of motion moves: 'to' (default) stops short of or goes past the
   * turning point; 'from' starts nearer it or farther away, for movements whose spec fixes the
   * turning point ("upper arms to parallel") but not where they start.
   */
  readonly vary?: 'to' | 'from';
  /**
   * Merged over the turning point after the person's range is applied, so that a fault keeps
   * its size (a shrug of 25° stays 25° whatever the person's range).
   */
  readonly atTurn?: PosePatch;
}

export interface HoldScript {
  readonly pose: PosePatch;
  /** Merged over the held pose after the person's range is applied (a fault keeps its size). */
  readonly atHold?: PosePatch;
  readonly holdMs: number;
  readonly moveMs?: number;
  readonly restMs?: number;
}

export interface CircleScript {
  readonly count: number;
  readonly periodMs: number;
  readonly direction: 1 | -1;
  /** The pose at a phase, for this person's range of motion (1 = the preset's). */
  readonly at: (phaseRad: number, rom: number) => PosePatch;
  readonly rampMs?: number;
}

/** A person doing one exercise: scripts with their range and tempo, and their camera. */
export interface Subject {
  readonly person: Person;
  readonly camera: CameraSpec;
  readonly fps: number;
  /** The person's range of motion, a fraction of the preset's. */
  readonly rom: number;
  /** The person's speed, against the preset's. */
  readonly tempo: number;
  /** Degrees the person stands turned from the view the card asks for. */
  readonly yaw: number;
  reps(base: PuppetPose, script: RepScript): Timeline;
  hold(base: PuppetPose, script: HoldScript): Timeline;
  /** Holds on one side, then the other (`count` each), as `alternate` in scripts.ts. */
  alternate(base: PuppetPose, script: Omit<HoldScript, 'pose'> & AlternateSides): Timeline;
  circles(base: PuppetPose, script: CircleScript): Timeline;
  /** Rest at the base, the person's tempo applied. */
  rest(base: PuppetPose, ms: number): Timeline;
  /**
   * Frames as the detector would report this person doing the timeline. With `inView`, the person
   * first does what the app's set-up guidance says ("step back until your … are in view"): the
   * camera moves back 10 % at a time (up to 8 times) until those landmarks are inside the picture
   * throughout. Ones hidden behind the body (the far hand side-on) do not move it: see outOfPicture.
   */
  render(timeline: Timeline, options?: { readonly inView?: readonly LandmarkName[] }): PoseFrame[];
  /** Metres the person stepped back in the last render to get in view. */
  readonly steppedBackM: number;
  /** How large the person was in the last render's picture (noise-fit.ts's personSizePx), px. */
  readonly sizePx: number;
}

export interface AlternateSides {
  readonly left: PosePatch;
  readonly right: PosePatch;
  readonly count: number;
  readonly firstSide?: 'left' | 'right';
}

function sampleBody(rng: Rng): BodyShape {
  const around = (spread: number): number => rng.range(1 - spread, 1 + spread);
  return {
    heightM: rng.range(1.5, 1.95),
    scale: {
      trunk: around(0.06),
      upperArm: around(0.06),
      forearm: around(0.06),
      thigh: around(0.06),
      shin: around(0.06),
      shoulderWidth: around(0.1),
      hipWidth: around(0.08),
      neck: around(0.12),
    },
  };
}

/** `size` people from a seed; the same seed gives the same people. */
export function population(seed: number, size: number): Person[] {
  return Array.from({ length: size }, (_, index) => makePerson(seed * 1000 + index, index));
}

function makePerson(seed: number, index: number): Person {
  const rng = createRng(seed);
  const body = sampleBody(rng);
  const draws = {
    rom: rng.next(),
    tempo: rng.next(),
    fps: rng.next(),
    noise: rng.next(),
    distance: rng.next(),
    height: rng.next(),
    tilt: rng.next(),
    yaw: rng.next(),
  };
  const person: Person = {
    index,
    seed,
    body,
    draws,
    label: `person ${index} (seed ${seed}, ${body.heightM.toFixed(2)} m)`,
    doing: (options) => makeSubject(person, options),
  };
  return person;
}

function makeSubject(someone: Person, options: SubjectOptions): Subject {
  const off = new Set(options.neutral ?? []);
  const person: Person = off.has('body') ? { ...someone, body: { heightM: 1.7 } } : someone;
  const { draws } = person;
  const still: Range = [0, 0];
  const a: CameraAllowance = off.has('camera')
    ? { distance: [1, 1], height: still, tilt: still, yaw: off.has('yaw') ? still : options.allowance.yaw }
    : off.has('yaw')
      ? { ...options.allowance, yaw: still }
      : options.allowance;
  const base = options.camera;
  const camera: CameraSpec = {
    ...base,
    // A taller person stands farther back, as the card's "step back until you are in the
    // picture" has them do: the allowance is relative to a 1.70 m person.
    distanceM: base.distanceM * within(a.distance, draws.distance) * Math.max(1, person.body.heightM / 1.7),
    heightM: base.heightM + within(a.height, draws.height),
    tiltDeg: base.tiltDeg + within(a.tilt, draws.tilt),
  };
  const yaw = within(a.yaw, draws.yaw);
  const romRange = options.rom ?? DEFAULT_ROM;
  const rom = off.has('rom') ? 1 : within(romRange, draws.rom);
  const tempo = off.has('tempo') ? 1 : within(options.tempo ?? DEFAULT_TEMPO, draws.tempo);
  const fps = Math.round(within(options.fps ?? DEFAULT_FPS, draws.fps));
  // Each script draws its reps' variation from its own stream, so adding a part to a test does
  // not change the others.
  let scripts = 0;
  const variation = (): Rng => createRng(person.seed * 31 + ++scripts);
  const clampRom = (v: number): number => (off.has('rom') ? 1 : Math.min(romRange[1], Math.max(romRange[0], v)));
  const wiggle = (rng: Rng, sd: number, limit: number): number =>
    Math.min(1 + limit, Math.max(1 - limit, 1 + rng.gaussian(0, sd)));
  const time = (ms: number): number => ms / tempo;

  const subject: Subject = {
    person,
    camera,
    fps,
    rom,
    tempo,
    yaw,
    reps(pose, script) {
      const { count, repMs = 3000, pauseTopMs = 400, pauseBottomMs = 400 } = script;
      const preset = mergePose(pose, script.from ?? {});
      const top = mergePose(pose, script.to);
      const fromEnd = script.vary === 'from';
      const start = fromEnd ? lerpPose(top, preset, clampRom(rom)) : preset;
      const rng = variation();
      const frames: Keyframe[] = [{ tMs: 0, pose: {} }];
      let t = time(pauseBottomMs);
      frames.push({ tMs: t, pose: {} });
      for (let i = 0; i < count; i++) {
        const amplitude = clampRom(rom * wiggle(rng, REP_AMPLITUDE, 0.1));
        const reach = mergePose(fromEnd ? top : lerpPose(start, top, amplitude), script.atTurn ?? {});
        const stretch = wiggle(rng, REP_DURATION, 0.3);
        t += (time(repMs) / 2) * stretch;
        frames.push({ tMs: t, pose: reach });
        t += pauseTopMs * stretch;
        frames.push({ tMs: t, pose: reach });
        t += (time(repMs) / 2) * stretch;
        frames.push({ tMs: t, pose: {} });
        t += pauseBottomMs * stretch;
        frames.push({ tMs: t, pose: {} });
      }
      return turned(keyframes(start, frames), yaw);
    },
    hold(pose, script) {
      const { holdMs, moveMs = 1500, restMs = 500 } = script;
      const held = mergePose(lerpPose(pose, mergePose(pose, script.pose), rom), script.atHold ?? {});
      const move = time(moveMs);
      const rest = time(restMs);
      return turned(
        keyframes(pose, [
          { tMs: 0, pose: {} },
          { tMs: rest, pose: {} },
          { tMs: rest + move, pose: held },
          { tMs: rest + move + holdMs, pose: held },
          { tMs: rest + 2 * move + holdMs, pose: {} },
          { tMs: 2 * rest + 2 * move + holdMs, pose: {} },
        ]),
        yaw,
      );
    },
    alternate(pose, script) {
      const order = (script.firstSide ?? 'left') === 'left' ? [script.left, script.right] : [script.right, script.left];
      const parts: Timeline[] = [];
      for (let i = 0; i < script.count; i++) {
        for (const side of order) parts.push(subject.hold(pose, { ...script, pose: side }));
      }
      return sequence(...parts);
    },
    circles(pose, script) {
      const { count, periodMs, direction, at, rampMs = 800 } = script;
      const period = time(periodMs);
      const ramp = time(rampMs);
      const sweepMs = count * period;
      const phase = (tMs: number): number => (direction * 2 * Math.PI * tMs) / period;
      return turned(
        sequence(
          keyframes(pose, [
            { tMs: 0, pose: {} },
            { tMs: ramp, pose: at(0, rom) },
          ]),
          fromFunction(sweepMs, (tMs) => mergePose(pose, at(phase(tMs), rom))),
          keyframes(pose, [
            { tMs: 0, pose: at(phase(sweepMs), rom) },
            { tMs: ramp, pose: {} },
          ]),
        ),
        yaw,
      );
    },
    rest(pose, ms) {
      return turned(
        keyframes(pose, [
          { tMs: 0, pose: {} },
          { tMs: time(ms), pose: {} },
        ]),
        yaw,
      );
    },
    steppedBackM: 0,
    sizePx: 0,
    render(timeline, renderOptions = {}) {
      const count = Math.floor((timeline.durationMs * fps) / 1000 + 1e-9) + 1;
      const frameAt = (i: number, spec: CameraSpec): PoseFrame => {
        const tMs = Math.round((i * 1000) / fps);
        const nudge = timeline.camera?.(tMs);
        return renderFrame(timeline.at(tMs), tMs, { body: person.body, camera: nudge ? { ...spec, ...nudge } : spec });
      };
      let placed = camera;
      const joints = renderOptions.inView;
      if (joints) {
        const every = Math.max(1, Math.round(fps / 4));
        const hidden = (spec: CameraSpec): boolean => {
          for (let i = 0; i < count; i += every) {
            const pose = frameAt(i, spec).poses[0];
            if (!pose || outOfPicture(pose, joints)) return true;
          }
          return false;
        };
        for (let step = 0; step < 8 && hidden(placed); step++) {
          placed = { ...placed, distanceM: placed.distanceM * 1.1 };
        }
      }
      Object.assign(subject, { steppedBackM: placed.distanceM - camera.distanceM });
      const clean = Array.from({ length: count }, (_, i) => frameAt(i, placed));
      const size = personSizePx(clean.filter((_, i) => i % 10 === 0));
      Object.assign(subject, { sizePx: size });
      const noisy = off.has('noise')
        ? clean
        : addNoise(clean, fittedNoiseFor(size, within(NOISE_SCALE, draws.noise), person.seed));
      return off.has('depth') ? noisy : realDepth(noisy, { seed: person.seed });
    },
  };
  return subject;
}

/**
 * Whether any of `joints` lies outside the picture, by the app's own rule for what is in it
 * (setup.ts's isSeen, its visibility set aside). Only that is what stepping back mends. A joint
 * hidden behind the body — side-on, the far hand behind the trunk, which the puppet reports at a
 * visibility of ~0.5 like MediaPipe (visibility.ts) — lies inside the picture however far the
 * person stands. Most side-view exercises do not ask for it (they count from the near side; a
 * sided one needs one whole side: coach.ts's sidedJoints), and where one does (the superman's far
 * wrist) the app's set-up waits for it, which a test should see rather than a person walk away
 * from. Counting it sent side-on people back up to 3.6 m whenever their far hand hid (8 of the
 * reverse fly's 20, all 10 of the upper-back stretch's: 118–177 px tall where their drawn set-ups
 * make them 257–345 px), so those populations hardly tested a close framing.
 */
function outOfPicture(pose: Pose, joints: readonly LandmarkName[]): boolean {
  const placed: Pose = { ...pose, image: pose.image.map((p) => ({ ...p, visibility: 1 })) };
  return joints.some((name) => !isSeen(placed, name));
}

/** The timeline with the person turned `yaw` degrees further from the camera than scripted. */
function turned(timeline: Timeline, yaw: number): Timeline {
  if (yaw === 0) return timeline;
  return {
    ...timeline,
    at: (tMs) => {
      const pose = timeline.at(tMs);
      return { ...pose, facing: pose.facing + yaw };
    },
  };
}

/** The fitted noise model for a person `sizePx` tall (or wide) in the picture. */
export function fittedNoiseFor(sizePx: number, scale: number, seed: number): NoiseOptions {
  const f = FITTED_NOISE;
  return {
    seed,
    landmarkSigmaPx: f.jitter.map((j) => j * sizePx * scale),
    correlation: f.jitterCorrelation,
    sharedJitter: [
      { landmarks: JITTER_GROUPS.face, share: f.shared.face },
      { landmarks: JITTER_GROUPS.leftHand, share: f.shared.hand },
      { landmarks: JITTER_GROUPS.rightHand, share: f.shared.hand },
    ],
    wanderPx: f.wander * sizePx * scale,
    wanderCorrelation: f.wanderCorrelation,
    worldSigmaCm: f.worldAcrossCm * scale,
    worldLandmarkSigmaCm: f.worldAcross.map((cm) => cm * scale),
    worldDepthSigmaCm: f.worldDepthCm * scale,
    visibilitySigma: f.visibilitySigma,
    visibilityDipRate: f.visibilityDipRate,
    dropRate: f.dropRate,
  };
}
