/**
 * What a measure is: a named body signal with its unit, the landmarks it reads and how to compute
 * it from one frame. Every builder in this folder returns one, made by `fromPlaces` (body.ts) or
 * by a combinator.
 *
 * Each measure knows the landmarks it reads, so the engine can tell when a frame lets it be
 * measured (visibility gating) without anybody listing joints twice. Each also says whether it is
 * computed from image landmarks (the picture: faithful for movements across the camera's view)
 * or world landmarks (MediaPipe's 3-D estimate: needed for movement towards the camera).
 */
import type { BodySide } from '../../pose/body-side';
import type { LandmarkName } from '../../pose/landmarks';
import type { OneEuroParams } from '../../pose/one-euro';
import type { Pose } from '../../pose/types';

/**
 * What a measure's numbers are: degrees, or a ratio of two body lengths (shoulder widths, trunk
 * lengths, a line's own length: "×"). It travels with every value downstream (rep and set
 * records, the export, the chart), and `formatMeasure` is the one place that prints it.
 */
export type Unit = 'deg' | 'ratio';

export const UNITS: readonly Unit[] = ['deg', 'ratio'];

export type Space = 'image' | 'world';

/** What a measure sees of one frame. */
export interface MeasureInput {
  readonly pose: Pose;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** The body side nearer the camera (from view tracking). */
  readonly near: BodySide;
}

/**
 * Where a measure can be drawn as an arc: at a joint, between two rays ('up' = straight up,
 * 'level' = horizontal, on the side of `to`).
 */
export interface MeasureArc {
  readonly at: LandmarkName;
  readonly from: LandmarkName | 'up' | 'level';
  readonly to: LandmarkName;
}

export interface Measure<U extends Unit = Unit> {
  readonly label: string;
  readonly unit: U;
  readonly space: Space;
  /** The landmarks read, given which side is near the camera. */
  readonly joints: (near: BodySide) => readonly LandmarkName[];
  /** The value, or null when it cannot be computed (a point missing, a zero-length line). */
  readonly compute: (input: MeasureInput) => number | null;
  /** One Euro smoothing for this signal; null to use it raw. */
  readonly smoothing: OneEuroParams | null;
  /** How to draw it at a joint, when it is an angle at one. */
  readonly arc?: (near: BodySide) => MeasureArc;
}

/** An angle, in degrees. */
export type Angle = Measure<'deg'>;
/** A length in units of another body length. */
export type Ratio = Measure<'ratio'>;

/** Options every builder takes. */
export interface MeasureOptions {
  readonly label?: string;
  /** Overrides the builder's One Euro smoothing (null: raw). */
  readonly smoothing?: OneEuroParams | null;
}
