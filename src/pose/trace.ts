/**
 * Landmark traces: what the detector saw, frame by frame, saved as JSON so a session (a real
 * camera, a video file) can be replayed through the engine in tests without the video. The file's
 * shape is one valibot schema, and the trace's type is inferred from it.
 */
import * as v from 'valibot';
import { LANDMARK_COUNT } from './landmarks';
import type { Landmark, PoseFrame } from './types';

export const TRACE_FORMAT = 'form-coach-trace';
export const TRACE_VERSION = 1;

const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const LandmarkSchema = v.object({ x: finite, y: finite, z: finite, visibility: finite });
const landmarks = v.pipe(
  v.array(LandmarkSchema),
  v.length(LANDMARK_COUNT, `a pose needs ${LANDMARK_COUNT} landmarks`),
  v.readonly(),
);
const FrameSchema = v.object({
  timestampMs: finite,
  imageWidth: v.pipe(finite, v.minValue(1, 'must be a frame size in pixels')),
  imageHeight: v.pipe(finite, v.minValue(1, 'must be a frame size in pixels')),
  poses: v.pipe(v.array(v.object({ image: landmarks, world: landmarks })), v.readonly()),
});

/** Where timestamps stop increasing (the engine's clocks need them to), or -1. */
const backwards = (frames: readonly { readonly timestampMs: number }[]): number =>
  frames.findIndex((frame, i) => i > 0 && !(frame.timestampMs > (frames[i - 1]?.timestampMs ?? 0)));

/** A landmark trace file; unknown fields are dropped, so a newer writer's extras do no harm. */
export const TraceSchema = v.object({
  format: v.literal(TRACE_FORMAT, 'not a Form Coach landmark trace'),
  version: v.literal(TRACE_VERSION),
  /** Where it came from, in words (a file name, "camera"). */
  source: v.optional(v.string(), ''),
  /** The model variant that produced it. */
  model: v.optional(v.string(), ''),
  /** The exercise being coached when it was recorded, if any. */
  exercise: v.optional(v.string()),
  frames: v.pipe(
    v.array(FrameSchema, 'trace has no frames'),
    v.check(
      (frames) => backwards(frames) < 0,
      (issue) => `frame ${backwards(issue.input)}: timestamps must increase`,
    ),
    v.readonly(),
  ),
});

export type PoseTrace = v.InferOutput<typeof TraceSchema>;

/** Rounds to 5 decimals (0.01 px on a 1000 px frame), which keeps traces small. */
const round = (value: number): number => Math.round(value * 1e5) / 1e5;
const compact = (landmark: Landmark): Landmark => ({
  x: round(landmark.x),
  y: round(landmark.y),
  z: round(landmark.z),
  visibility: round(landmark.visibility),
});

export function makeTrace(
  frames: readonly PoseFrame[],
  details: { source: string; model: string; exercise?: string },
): PoseTrace {
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    ...details,
    frames: frames.map((frame) => ({
      timestampMs: frame.timestampMs,
      imageWidth: frame.imageWidth,
      imageHeight: frame.imageHeight,
      poses: frame.poses.map((pose) => ({ image: pose.image.map(compact), world: pose.world.map(compact) })),
    })),
  };
}

/** Reads a trace back, checking its shape; throws an Error saying what is wrong (and where). */
export function parseTrace(text: string): PoseTrace {
  const data: unknown = JSON.parse(text);
  // Format and version first: a different file deserves that answer, not a list of missing fields.
  if (typeof data !== 'object' || data === null || !('format' in data) || data.format !== TRACE_FORMAT) {
    throw new Error('not a Form Coach landmark trace');
  }
  if (!('version' in data) || data.version !== TRACE_VERSION) {
    throw new Error(`trace version ${'version' in data ? String(data.version) : '(none)'} is not supported`);
  }
  const result = v.safeParse(TraceSchema, data);
  if (result.success) return result.output;
  const [first] = result.issues;
  const where = v.getDotPath(first) ?? 'the trace';
  // valibot says "Invalid key" for a field that is not there at all: say it plainly.
  if (first.kind === 'schema' && first.input === undefined) throw new Error(`${where} is missing`);
  throw new Error(first.message.startsWith('frame ') ? first.message : `${where}: ${first.message}`);
}
