/**
 * Issue 13/15: a 2-hour video is analysed with bounded memory. What a file's analysis keeps of
 * each frame is what the app keeps: the coach controller's playback coaching (every update,
 * compact) and the video controller's playback poses (the first person's image landmarks,
 * packed). This feeds a real recorded set, looped, through those same objects and measures the
 * V8 heap plus array buffers before and after (garbage collected), per frame. No 2-hour file is
 * needed: the analysis loop keeps nothing else per frame (`analyseFile` hands each result on and
 * drops it). FC_MEMORY_FRAMES sets the length (default 20 minutes at 30 frames a second;
 * 216000 is 2 hours).
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import type { CoachUpdate } from '../../src/coach/coach';
import { findExercise } from '../../src/exercises';
import type { PoseFrame } from '../../src/pose/types';
import { CoachController } from '../../src/ui/controllers/coach-controller';
import { PlaybackPoses } from '../../src/ui/sources/playback-poses';
import { expandTrace, unpackTrace } from './compact-trace';
import { traceFile } from './footage-clips';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FRAMES = Number(process.env['FC_MEMORY_FRAMES'] ?? 36_000);
const TWO_HOURS = 2 * 3600 * 30;
/**
 * Issue 13: the heap grows by less than 200 MB over a 2-hour video. 400 B a frame is 86 MB for
 * 2 hours, leaving room for the rest of the page; whole updates kept (as before) took twice that.
 */
const BOUND_BYTES_PER_FRAME = 400;
/** Long enough for 2 hours of frames on a busy 2-core machine (20 minutes take seconds). */
const TIMEOUT_MS = 600_000;

/** Three supermans, side-on: a recorded trace kept in the repository (no footage needed). */
const set = expandTrace(unpackTrace(readFileSync(traceFile('superman-prone'))));
const exercise = findExercise('superman') ?? null;

const host: ReactiveControllerHost = {
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};

/** The set, looped to `count` frames, its timestamps carrying on as one long video's. */
function* longVideo(count: number): Generator<PoseFrame> {
  const periodMs = (set.at(-1)?.timestampMs ?? 0) + 1000 / 30;
  for (let i = 0; i < count; i++) {
    const frame = set[i % set.length] as PoseFrame;
    yield { ...frame, timestampMs: frame.timestampMs + Math.floor(i / set.length) * periodMs };
  }
}

const heapBytes = (): number => {
  gc();
  gc();
  const stats = getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
};

/** Bytes kept per frame by `keep` over `count` frames of the looped set. */
function retainedPerFrame(count: number, keep: (frame: PoseFrame) => unknown): number {
  const before = heapBytes();
  const kept: unknown[] = [];
  for (const frame of longVideo(count)) {
    const held = keep(frame);
    if (held !== undefined) kept.push(held); // whatever the keeper hands back is kept alive
  }
  const after = heapBytes();
  expect(kept.length).toBeGreaterThanOrEqual(0); // keeps `kept` alive past the measurement
  return (after - before) / count;
}

describe('memory over a long video', () => {
  it(
    `keeps under ${BOUND_BYTES_PER_FRAME} bytes a frame, as the app keeps them (2 hours: under 200 MB)`,
    () => {
      const coach = new CoachController(host);
      coach.start(exercise);
      const poses = new PlaybackPoses();
      const perFrame = retainedPerFrame(FRAMES, (frame) => {
        coach.update(frame, true); // the flow's onResult for a video
        poses.push(frame); // the video controller's onFrame
        return undefined;
      });
      expect(coach.playback.length).toBe(FRAMES);
      expect(poses.length).toBe(FRAMES);
      expect(coach.coach?.summary().counts.reps).toBeGreaterThan(FRAMES / 300); // counting ran throughout
      const twoHoursMb = (perFrame * TWO_HOURS) / 1e6;
      console.info(
        `memory: ${FRAMES} frames kept ${((perFrame * FRAMES) / 1e6).toFixed(1)} MB, ${perFrame.toFixed(0)} B a frame ` +
          `(${coach.playback.runCount} coaching runs); 2 hours at that rate: ${twoHoursMb.toFixed(0)} MB`,
      );
      expect(perFrame).toBeLessThan(BOUND_BYTES_PER_FRAME);
      expect(twoHoursMb).toBeLessThan(200);
    },
    TIMEOUT_MS,
  );

  // The positive control: keeping each frame's whole update (as playback did before) beside the
  // poses breaks the bound, so the measurement above would catch a return to it.
  it(
    'would fail if every frame’s whole update were kept',
    () => {
      const coach = new CoachController(host);
      coach.start(exercise);
      const poses = new PlaybackPoses();
      const count = Math.min(FRAMES, 20_000);
      const perFrame = retainedPerFrame(count, (frame): CoachUpdate | undefined => {
        poses.push(frame);
        return coach.update(frame, false) ?? undefined;
      });
      console.info(`memory: whole updates kept, with the poses: ${perFrame.toFixed(0)} B a frame`);
      expect(perFrame).toBeGreaterThan(BOUND_BYTES_PER_FRAME);
    },
    TIMEOUT_MS,
  );
});
