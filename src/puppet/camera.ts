/**
 * A pinhole camera in the room (see skeleton.ts for the room frame) and MediaPipe's two
 * coordinate systems. Image z follows MediaPipe: depth relative to the hip midpoint, scaled like
 * x (so a metre of depth counts as much as a metre across at the hips' distance); the still in
 * ../shared/footage/still bears that scale out. World landmarks are metres from the hip midpoint
 * in the camera's axes (x right, y down, z away), tilt included, because the detector has only
 * the image to go by.
 */
import { apply, mul, rotX, rotY, rotZ, sub, toRadians, transpose, vec, type Mat3, type Vec3 } from './vec';

export interface CameraSpec {
  /** Horizontal distance from the camera to the person's nominal spot (room origin), metres. */
  readonly distanceM: number;
  /** Lens height above the floor, metres. */
  readonly heightM: number;
  /** + looks down. */
  readonly tiltDeg: number;
  /** + turns the camera to its right. */
  readonly panDeg: number;
  /** + turns the camera about its axis so the scene appears rotated counter-clockwise. */
  readonly rollDeg: number;
  readonly horizontalFovDeg: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** Selfie view: image x is 1 − x and world x is negated; left/right labels are kept. */
  readonly mirrored: boolean;
}

/** A laptop on a table across the room: sees a standing person head to toe. */
export const DEFAULT_CAMERA: CameraSpec = {
  distanceM: 2.5,
  heightM: 1.1,
  tiltDeg: 5,
  panDeg: 0,
  rollDeg: 0,
  horizontalFovDeg: 65,
  imageWidth: 640,
  imageHeight: 480,
  mirrored: false,
};

export const CAMERAS = {
  /** Default: laptop ~2.5 m away, whole body in view standing, seated or on the floor. */
  laptop: DEFAULT_CAMERA,
  /** Laptop lower and tilted down more for floor exercises (prone, supine, all fours). */
  floor: { ...DEFAULT_CAMERA, heightM: 0.8, tiltDeg: 12 },
  /** Laptop on the desk in front of a seated person: head to chest, hips below the frame. */
  desk: { ...DEFAULT_CAMERA, distanceM: 0.9, heightM: 1.05, tiltDeg: 0 },
  /** As the desk, but the selfie preview most webcam apps show. */
  deskMirrored: { ...DEFAULT_CAMERA, distanceM: 0.9, heightM: 1.05, tiltDeg: 0, mirrored: true },
} as const satisfies Record<string, CameraSpec>;

export function makeCamera(patch: Partial<CameraSpec> = {}): CameraSpec {
  return { ...DEFAULT_CAMERA, ...patch };
}

/** A point seen by the camera: pixels, plus depth along the optical axis (metres). */
export interface Projected {
  readonly u: number;
  readonly v: number;
  readonly depth: number;
}

export interface CameraModel {
  readonly spec: CameraSpec;
  readonly position: Vec3;
  /** Focal length in pixels. */
  readonly focal: number;
  /** Room vector → camera axes (x right, y down, z forward). */
  toCamera(v: Vec3): Vec3;
  project(point: Vec3): Projected;
}

export function cameraModel(spec: CameraSpec = DEFAULT_CAMERA): CameraModel {
  // Columns of `axes` are the camera's right, down and forward in the room; at rest it looks
  // along −Z with down = −Y.
  const rest: Mat3 = [1, 0, 0, 0, -1, 0, 0, 0, -1];
  const axes = mul(rotY(-spec.panDeg), rest, rotX(-spec.tiltDeg), rotZ(spec.rollDeg));
  const toCameraAxes = transpose(axes);
  const position = vec(0, spec.heightM, spec.distanceM);
  const focal = spec.imageWidth / 2 / Math.tan(toRadians(spec.horizontalFovDeg) / 2);
  return {
    spec,
    position,
    focal,
    toCamera: (v) => apply(toCameraAxes, v),
    project(point) {
      const c = apply(toCameraAxes, sub(point, position));
      // Points behind the lens have no image; keep the numbers finite and let visibility say so.
      const depth = Math.max(c.z, 1e-3);
      return {
        u: spec.imageWidth / 2 + (focal * c.x) / depth,
        v: spec.imageHeight / 2 + (focal * c.y) / depth,
        depth: c.z,
      };
    },
  };
}
