/**
 * What a demonstration is: an exercise shown by the pose puppet, right and wrong, at the card's
 * tempo. The same puppet poses its tests count (src/exercises/<id>.presets.ts), so what the card
 * shows is what the engine counts; demonstrations.test.ts proves it for every exercise.
 */
import type { LandmarkName } from '../pose/landmarks';
import { hold, holdPose, reps, sequence, type CameraSpec, type PuppetPose, type Timeline } from '../puppet';

/** One way of doing the move: a loop that starts and ends at rest, and its two key frames. */
export interface DemoTake {
  readonly timeline: Timeline;
  /** The still pair for reduced motion: where the move starts, and its peak (the picker's still). */
  readonly restMs: number;
  readonly peakMs: number;
  /** When the take holds still on purpose (a stretch held), so the card can count the seconds. */
  readonly holds?: readonly { readonly startMs: number; readonly endMs: number }[];
}

/** An angle (or a position) that matters, drawn and labelled at its joint. */
export interface DemoMark {
  /** The exercise's own measure: its value, its arc when it is an angle at a joint. */
  readonly measure: string;
  /** What to call it: "elbows" reads "elbows 90°". */
  readonly name: string;
  /** A fixed label instead of the value ("neck in line"), for measures whose number means little. */
  readonly text?: string;
  /** Where to put the label when the measure has no arc of its own. */
  readonly at?: LandmarkName;
  /**
   * A straight line to keep to, drawn dashed from the near side's first joint through the second
   * and on past it (the back's line carried through the head: "neck in line").
   */
  readonly line?: readonly ['hip' | 'shoulder', 'shoulder' | 'ear'];
}

/** What the puppet is doing it against, drawn behind it. */
export type DemoProp =
  | 'chair'
  | 'floor'
  | 'mat'
  | 'wall'
  | 'doorway'
  /** A dumbbell in each hand. */
  | 'dumbbells'
  /** A band stretched between the hands. */
  | 'band'
  /** A band from the hands to an anchor in front, at head height. */
  | 'anchor';

export interface Demonstration {
  readonly exercise: string;
  /** Where the camera stands, as the card asks (the tests' own camera for the exercise). */
  readonly camera: CameraSpec;
  readonly right: DemoTake;
  /** What the right take shows, as the engine should count it. */
  readonly shows: { readonly reps?: number; readonly holds?: number; readonly cycles?: number };
  /** The most common fault, from the exercise's own checks: the id it fires, said plainly. */
  readonly fault: DemoTake & { readonly check: string; readonly caption: string };
  readonly marks: readonly DemoMark[];
  readonly props: readonly DemoProp[];
  /** Frame the head, arms and trunk only (a neck stretch: the face is the lesson, not the legs). */
  readonly upperBody?: boolean;
}

/** The coach settles on a still person before it counts (as the tests' sets start). */
export const SETTLE_MS = 1000;

/** `count` reps from `rest` to `peak` after a settle; key frames at rest and the first peak. */
export function repTake(
  rest: PuppetPose,
  peak: PuppetPose,
  options: { count?: number; repMs?: number; pauseTopMs?: number; pauseBottomMs?: number } = {},
): DemoTake {
  const { count = 2, repMs = 3000, pauseTopMs = 400, pauseBottomMs = 400 } = options;
  return {
    timeline: sequence(hold(rest, SETTLE_MS), reps(rest, { to: peak, count, repMs, pauseTopMs, pauseBottomMs })),
    restMs: 0,
    peakMs: SETTLE_MS + pauseBottomMs + repMs / 2 + pauseTopMs / 2,
  };
}

/** Into `pose` from `rest`, held `holdMs`, and back. */
export function holdTake(rest: PuppetPose, pose: PuppetPose, holdMs: number, moveMs = 1500): DemoTake {
  // holdPose rests 500 ms, moves in, holds, moves out, rests.
  const startMs = SETTLE_MS + 500 + moveMs;
  return {
    timeline: sequence(hold(rest, SETTLE_MS), holdPose(rest, { pose, holdMs, moveMs })),
    restMs: 0,
    peakMs: startMs + holdMs / 2,
    holds: [{ startMs, endMs: startMs + holdMs }],
  };
}

/** Takes one after another (each side of a sided move); the key frames are the first take's. */
export function takes(...parts: readonly DemoTake[]): DemoTake {
  const [first] = parts;
  if (!first) throw new Error('takes: nothing to show');
  const holds: { startMs: number; endMs: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const held of part.holds ?? []) holds.push({ startMs: held.startMs + offset, endMs: held.endMs + offset });
    offset += part.timeline.durationMs;
  }
  return {
    timeline: sequence(...parts.map((part) => part.timeline)),
    restMs: first.restMs,
    peakMs: first.peakMs,
    holds,
  };
}

/** A timeline's own key frames: circles and other scripted moves say where their peak is. */
export const take = (timeline: Timeline, peakMs: number): DemoTake => ({ timeline, restMs: 0, peakMs });
