/**
 * Landmark traces: what the detector saw, frame by frame, saved as JSON so a session (a real
 * camera, a video file) can be replayed through the engine in tests without the video.
 */
import { LANDMARK_COUNT } from './landmarks';
import type { Landmark, Pose, PoseFrame } from './types';

export const TRACE_FORMAT = 'form-coach-trace';
export const TRACE_VERSION = 1;

export interface PoseTrace {
  readonly format: typeof TRACE_FORMAT;
  readonly version: typeof TRACE_VERSION;
  /** Where it came from, in words (a file name, "camera"). */
  readonly source: string;
  /** The model variant that produced it. */
  readonly model: string;
  /** The exercise being coached when it was recorded, if any. */
  readonly exercise?: string;
  readonly frames: readonly PoseFrame[];
}

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

/** Reads a trace back, checking its shape; throws an Error saying what is wrong. */
export function parseTrace(text: string): PoseTrace {
  const data: unknown = JSON.parse(text);
  if (!isRecord(data) || data['format'] !== TRACE_FORMAT) throw new Error('not a Form Coach landmark trace');
  if (data['version'] !== TRACE_VERSION) throw new Error(`trace version ${String(data['version'])} is not supported`);
  const frames = data['frames'];
  if (!Array.isArray(frames)) throw new Error('trace has no frames');
  let last = Number.NEGATIVE_INFINITY;
  const checked = frames.map((frame: unknown, index): PoseFrame => {
    if (!isRecord(frame)) throw new Error(`frame ${index} is not an object`);
    const { timestampMs, imageWidth, imageHeight, poses } = frame;
    if (typeof timestampMs !== 'number' || !(timestampMs > last)) {
      throw new Error(`frame ${index}: timestamps must increase`);
    }
    last = timestampMs;
    if (typeof imageWidth !== 'number' || typeof imageHeight !== 'number' || !Array.isArray(poses)) {
      throw new Error(`frame ${index} lacks its size or poses`);
    }
    return { timestampMs, imageWidth, imageHeight, poses: poses.map((pose: unknown) => checkPose(pose, index)) };
  });
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    source: typeof data['source'] === 'string' ? data['source'] : '',
    model: typeof data['model'] === 'string' ? data['model'] : '',
    ...(typeof data['exercise'] === 'string' ? { exercise: data['exercise'] } : {}),
    frames: checked,
  };
}

function checkPose(pose: unknown, index: number): Pose {
  if (!isRecord(pose)) throw new Error(`frame ${index}: a pose is not an object`);
  return { image: checkLandmarks(pose['image'], index), world: checkLandmarks(pose['world'], index) };
}

function checkLandmarks(landmarks: unknown, index: number): Landmark[] {
  if (!Array.isArray(landmarks) || landmarks.length !== LANDMARK_COUNT) {
    throw new Error(`frame ${index}: a pose needs ${LANDMARK_COUNT} landmarks`);
  }
  return landmarks.map((landmark: unknown) => {
    if (!isRecord(landmark)) throw new Error(`frame ${index}: a landmark is not an object`);
    const { x, y, z, visibility } = landmark;
    if (typeof x !== 'number' || typeof y !== 'number' || typeof z !== 'number' || typeof visibility !== 'number') {
      throw new Error(`frame ${index}: a landmark lacks x, y, z or visibility`);
    }
    return { x, y, z, visibility };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
