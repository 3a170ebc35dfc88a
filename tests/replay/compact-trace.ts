/**
 * Compact landmark traces, small enough to keep in the repository (tests/fixtures/footage-traces)
 * so the footage replay runs in `npm test`: numbers, not pictures. Made from full traces
 * (src/pose/trace.ts) by `npm run traces`. What it keeps and why:
 * - the first pose of each frame only: the coach reads `poses[0]` and nothing else;
 * - every landmark, image and world, x y z and visibility, as integers of 1/10 000 (0.1 px on a
 *   1000-px frame, 0.1 mm in the world), each frame as the difference from the last frame with a
 *   pose (people move little between frames, so most are 1–3 digits);
 * - timestamps as they are (hold times and cue times then come out to the same fraction of a ms);
 * then gzip. `npm run traces` checks that each one replays to exactly what the full trace does.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { LANDMARK_COUNT } from '../../src/pose/landmarks';
import type { PoseTrace } from '../../src/pose/trace';
import type { Landmark, PoseFrame } from '../../src/pose/types';

export const COMPACT_FORMAT = 'form-coach-trace-compact';
export const COMPACT_VERSION = 1;
/** Landmark values are kept as integers of 1/SCALE. */
const SCALE = 10_000;
/** x, y, z, visibility for each landmark, image then world. */
const VALUES = LANDMARK_COUNT * 2 * 4;

const finite = v.pipe(v.number(), v.finite('must be a finite number'));

export const CompactTraceSchema = v.object({
  format: v.literal(COMPACT_FORMAT, 'not a compact Form Coach trace'),
  version: v.literal(COMPACT_VERSION),
  source: v.string(),
  model: v.string(),
  exercise: v.optional(v.string()),
  /** Every frame's size in pixels (a trace whose frames change size is not compacted). */
  imageWidth: v.pipe(v.number(), v.minValue(1)),
  imageHeight: v.pipe(v.number(), v.minValue(1)),
  /**
   * Per frame: its timestamp (ms), then, if a pose was found, its VALUES landmark values as
   * differences from the last pose.
   */
  frames: v.array(
    v.pipe(
      v.array(finite),
      v.check(
        (frame) => frame.length === 1 || frame.length === 1 + VALUES,
        `each frame is its time, then nothing or ${VALUES} landmark values`,
      ),
    ),
  ),
});

export type CompactTrace = v.InferOutput<typeof CompactTraceSchema>;

const toInt = (value: number, scale: number): number => Math.round(value * scale);

export function compactTrace(trace: PoseTrace): CompactTrace {
  const [first] = trace.frames;
  const imageWidth = first?.imageWidth ?? 1;
  const imageHeight = first?.imageHeight ?? 1;
  let lastPose: number[] = new Array<number>(VALUES).fill(0);
  const frames = trace.frames.map((frame, index): number[] => {
    if (frame.imageWidth !== imageWidth || frame.imageHeight !== imageHeight) {
      throw new Error(`frame ${index} is ${frame.imageWidth}×${frame.imageHeight}, not ${imageWidth}×${imageHeight}`);
    }
    const row = [frame.timestampMs];
    const pose = frame.poses[0];
    if (pose) {
      const values = [...pose.image, ...pose.world].flatMap((l) =>
        [l.x, l.y, l.z, l.visibility].map((value) => toInt(value, SCALE)),
      );
      row.push(...values.map((value, i) => value - (lastPose[i] ?? 0)));
      lastPose = values;
    }
    return row;
  });
  return {
    format: COMPACT_FORMAT,
    version: COMPACT_VERSION,
    source: trace.source,
    model: trace.model,
    ...(trace.exercise === undefined ? {} : { exercise: trace.exercise }),
    imageWidth,
    imageHeight,
    frames,
  };
}

/** The frames back, as the coach takes them. */
export function expandTrace(compact: CompactTrace): PoseFrame[] {
  const pose: number[] = new Array<number>(VALUES).fill(0);
  return compact.frames.map((row): PoseFrame => {
    const frame = { timestampMs: row[0] ?? 0, imageWidth: compact.imageWidth, imageHeight: compact.imageHeight };
    if (row.length === 1) return { ...frame, poses: [] };
    for (let i = 0; i < VALUES; i++) pose[i] = (pose[i] ?? 0) + (row[i + 1] ?? 0);
    const landmark = (at: number): Landmark => ({
      x: (pose[at] ?? 0) / SCALE,
      y: (pose[at + 1] ?? 0) / SCALE,
      z: (pose[at + 2] ?? 0) / SCALE,
      visibility: (pose[at + 3] ?? 0) / SCALE,
    });
    const part = (offset: number) => Array.from({ length: LANDMARK_COUNT }, (_, i) => landmark(offset + i * 4));
    return { ...frame, poses: [{ image: part(0), world: part(LANDMARK_COUNT * 4) }] };
  });
}

export const packTrace = (compact: CompactTrace): Buffer => gzipSync(JSON.stringify(compact), { level: 9 });

/** Reads a packed compact trace, checking its shape; throws an Error saying what is wrong. */
export function unpackTrace(packed: Uint8Array): CompactTrace {
  const result = v.safeParse(CompactTraceSchema, JSON.parse(gunzipSync(packed).toString('utf8')));
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new Error(`${v.getDotPath(issue) ?? 'the trace'}: ${issue.message}`);
}
