/**
 * Body proportions: every length is a fraction of standing height, after Drillis & Contini's
 * segment table as reprinted in Winter, "Biomechanics and Motor Control of Human Movement"
 * (4th ed., fig. 4.1): shoulder joint 0.818 H, hip joint 0.530 H, knee 0.285 H, ankle 0.039 H,
 * upper arm 0.186 H, forearm 0.146 H, eyes 0.936 H. Widths are narrowed to where MediaPipe puts
 * its landmarks: its shoulders sit near the joint centres (~0.22 H apart) and its hips about
 * two thirds of the shoulder width apart (see the still in ../shared/footage/still).
 */
import { vec, type Vec3 } from './vec';

export interface BodyShape {
  /** Standing height in metres. */
  readonly heightM: number;
  /**
   * One person's proportions against the table's average, as factors (1 = the table): people of
   * one height differ by a few per cent in limb and trunk length and by up to ~10 % in shoulder
   * width and neck length (the test population samples them; the app's figure uses none).
   */
  readonly scale?: BodyScale;
}

export interface BodyScale {
  readonly trunk?: number;
  readonly upperArm?: number;
  readonly forearm?: number;
  readonly thigh?: number;
  readonly shin?: number;
  readonly neck?: number;
  readonly shoulderWidth?: number;
  readonly hipWidth?: number;
}

export const DEFAULT_BODY: BodyShape = { heightM: 1.7 };

/** Segment lengths and landmark offsets in metres for one body. */
export interface Proportions {
  readonly heightM: number;
  /** Hip joint centre to the midpoint between the shoulder joints. */
  readonly trunk: number;
  readonly hipHalfWidth: number;
  /** Midline pivot of the clavicle, lateral offset from the shoulder midpoint. */
  readonly claviclePivot: number;
  readonly shoulderHalfWidth: number;
  readonly upperArm: number;
  readonly forearm: number;
  readonly thigh: number;
  readonly shin: number;
  /** Base of the neck (C7) relative to the shoulder midpoint in the upper-trunk frame. */
  readonly neckBase: Vec3;
  /** Base of the neck to the head pivot (upper neck, between and below the ears). */
  readonly neck: Vec3;
  /** Face and ear points relative to the head pivot, for the person's left side (x = left). */
  readonly head: {
    readonly nose: Vec3;
    readonly eyeInner: Vec3;
    readonly eye: Vec3;
    readonly eyeOuter: Vec3;
    readonly ear: Vec3;
    readonly mouth: Vec3;
    /** Centre of the sphere that stands for the skull when testing occlusion. */
    readonly centre: Vec3;
    readonly radius: number;
  };
  /** Hand points relative to the wrist: long axis −y, thumb side +z, palm toward −x. */
  readonly hand: { readonly index: Vec3; readonly pinky: Vec3; readonly thumb: Vec3 };
  /** Foot points relative to the ankle, in the shin frame with the foot at 90°. */
  readonly foot: { readonly heel: Vec3; readonly toe: Vec3 };
  /** Hip joint height above a chair seat, and the seat height. */
  readonly hipAboveSeat: number;
  readonly seatHeight: number;
  /** Hip joint height above the floor when lying prone or supine. */
  readonly lyingHipHeight: number;
  /** How far above the floor the landmarks sit when that part rests on it. */
  readonly clearance: { readonly foot: number; readonly knee: number; readonly hand: number };
  /** Capsule radii for occlusion: how thick each part is. */
  readonly radius: {
    readonly spine: number;
    readonly pelvis: number;
    readonly neck: number;
    readonly upperArm: number;
    readonly forearm: number;
    readonly hand: number;
    readonly thigh: number;
    readonly shin: number;
    readonly foot: number;
  };
}

export function proportions(body: BodyShape = DEFAULT_BODY): Proportions {
  const h = body.heightM;
  const k = body.scale ?? {};
  const v = (x: number, y: number, z: number): Vec3 => vec(x * h, y * h, z * h);
  const neck = k.neck ?? 1;
  return {
    heightM: h,
    trunk: 0.288 * h * (k.trunk ?? 1),
    hipHalfWidth: 0.072 * h * (k.hipWidth ?? 1),
    claviclePivot: 0.012 * h,
    shoulderHalfWidth: 0.11 * h * (k.shoulderWidth ?? 1),
    upperArm: 0.186 * h * (k.upperArm ?? 1),
    forearm: 0.146 * h * (k.forearm ?? 1),
    thigh: 0.245 * h * (k.thigh ?? 1),
    shin: 0.246 * h * (k.shin ?? 1),
    neckBase: v(0, 0.02 * neck, -0.015),
    neck: v(0, 0.075 * neck, 0.015),
    head: {
      // Ear over the shoulder, eyes ~8 cm ahead of it, nose tip ~4 cm under the eyes.
      nose: v(0, -0.002, 0.057),
      eyeInner: v(0.009, 0.023, 0.047),
      eye: v(0.019, 0.023, 0.045),
      eyeOuter: v(0.027, 0.023, 0.04),
      ear: v(0.045, 0.012, -0.005),
      mouth: v(0.014, -0.022, 0.048),
      centre: v(0, 0.022, 0.012),
      radius: 0.045 * h,
    },
    hand: {
      // Index and pinky at the knuckles, where BlazePose puts them (~8 cm past the wrist).
      index: v(0, -0.05, 0.012),
      pinky: v(0, -0.045, -0.014),
      thumb: v(-0.008, -0.03, 0.025),
    },
    foot: { heel: v(0, -0.029, -0.03), toe: v(0, -0.032, 0.115) },
    hipAboveSeat: 0.055 * h,
    seatHeight: 0.25 * h,
    lyingHipHeight: 0.075 * h,
    clearance: { foot: 0.008 * h, knee: 0.03 * h, hand: 0.018 * h },
    radius: {
      spine: 0.065 * h,
      pelvis: 0.055 * h,
      neck: 0.03 * h,
      upperArm: 0.028 * h,
      forearm: 0.022 * h,
      hand: 0.018 * h,
      thigh: 0.035 * h,
      shin: 0.028 * h,
      foot: 0.02 * h,
    },
  };
}
