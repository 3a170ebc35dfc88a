/**
 * One puppet pose to what PoseLandmarker would report for it: 33 image landmarks (normalised,
 * z relative to the hips) and 33 world landmarks (metres, hip-centred, camera axes), with
 * visibility. No noise here: see noise.ts.
 */
import type { Landmark, Pose, PoseFrame } from '../pose/types';
import { DEFAULT_BODY, type BodyShape } from './body';
import { cameraModel, DEFAULT_CAMERA, type CameraSpec } from './camera';
import type { PuppetPose } from './puppet-pose';
import { buildSkeleton, type Skeleton } from './skeleton';
import { sub } from './vec';
import { visibilities, type VisibilityOptions } from './visibility';

export interface RenderOptions {
  readonly body?: BodyShape;
  readonly camera?: CameraSpec;
  readonly visibility?: VisibilityOptions;
}

export interface RenderedPose {
  readonly pose: Pose;
  /** The posed body in the room frame, for tests that want the ground truth in 3-D. */
  readonly skeleton: Skeleton;
}

export function renderDetailed(puppet: PuppetPose, options: RenderOptions = {}): RenderedPose {
  const spec = options.camera ?? DEFAULT_CAMERA;
  const camera = cameraModel(spec);
  const skeleton = buildSkeleton(puppet, options.body ?? DEFAULT_BODY);
  const pixels = skeleton.points.map((point) => camera.project(point));
  const visibility = visibilities(skeleton, camera, pixels, options.visibility);
  const hipDepth = Math.max(camera.project(skeleton.hipMid).depth, 1e-3);
  // MediaPipe's image z: depth behind the hips, on the scale of x at the hips' distance.
  const zScale = camera.focal / hipDepth / spec.imageWidth;
  const flip = spec.mirrored ? -1 : 1;

  const image: Landmark[] = pixels.map((px, i) => {
    const x = px.u / spec.imageWidth;
    return {
      x: spec.mirrored ? 1 - x : x,
      y: px.v / spec.imageHeight,
      z: (px.depth - hipDepth) * zScale,
      visibility: visibility[i] ?? 0,
    };
  });
  const world: Landmark[] = skeleton.points.map((point, i) => {
    const c = camera.toCamera(sub(point, skeleton.hipMid));
    return { x: flip * c.x, y: c.y, z: c.z, visibility: visibility[i] ?? 0 };
  });
  return { pose: { image, world }, skeleton };
}

export function renderPose(puppet: PuppetPose, options: RenderOptions = {}): Pose {
  return renderDetailed(puppet, options).pose;
}

/** A single-person frame at a time, sized to the camera's image. */
export function renderFrame(puppet: PuppetPose, timestampMs: number, options: RenderOptions = {}): PoseFrame {
  const spec = options.camera ?? DEFAULT_CAMERA;
  return {
    timestampMs,
    imageWidth: spec.imageWidth,
    imageHeight: spec.imageHeight,
    poses: [renderPose(puppet, options)],
  };
}
