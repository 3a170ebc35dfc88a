/**
 * Measure inputs built by hand, for the measure builders' tests: image points in PIXELS
 * (normalised here, x by the width and y by the height, as MediaPipe does), world points in
 * metres.
 */
import type { BodySide } from '../../src/pose/body-side';
import { LANDMARK, LANDMARK_COUNT, type LandmarkName } from '../../src/pose/landmarks';
import type { Landmark } from '../../src/pose/types';
import type { MeasureInput } from '../../src/coach/measures';

export const WIDTH = 1280;
export const HEIGHT = 720;

export type Points = Partial<Record<LandmarkName, readonly [number, number, number?]>>;

export interface HandFrameOptions {
  readonly world?: Points;
  /** Default 'right'. */
  readonly near?: BodySide;
  readonly width?: number;
  readonly height?: number;
  /**
   * Where unlisted landmarks sit: 'centre' (default: the middle of the picture, the hips' origin
   * in the world) or 'origin' (the picture's top-left corner).
   */
  readonly rest?: 'centre' | 'origin';
  /** Use the image list as the world list too (image-only measures, that never read the world). */
  readonly worldFromImage?: boolean;
}

export function handFrame(pixels: Points, options: HandFrameOptions = {}): MeasureInput {
  const { world = {}, near = 'right', width = WIDTH, height = HEIGHT, rest = 'centre' } = options;
  const list = (points: Points, make: (p: readonly [number, number, number?]) => Landmark, at: Landmark) => {
    const out: Landmark[] = Array.from({ length: LANDMARK_COUNT }, () => at);
    for (const [name, p] of Object.entries(points) as [LandmarkName, readonly [number, number, number?]][]) {
      out[LANDMARK[name]] = make(p);
    }
    return out;
  };
  const c = rest === 'centre' ? 0.5 : 0;
  const image = list(pixels, ([x, y, z = 0]) => ({ x: x / width, y: y / height, z, visibility: 1 }), {
    x: c,
    y: c,
    z: 0,
    visibility: 1,
  });
  const worldList = options.worldFromImage
    ? image
    : list(world, ([x, y, z = 0]) => ({ x, y, z, visibility: 1 }), { x: 0, y: 0, z: 0, visibility: 1 });
  return { pose: { image, world: worldList }, imageWidth: width, imageHeight: height, near };
}

/** The input with one landmark absent altogether (a hole in the lists). */
export function without(input: MeasureInput, name: LandmarkName): MeasureInput {
  const drop = (list: readonly Landmark[]) => {
    const out: Landmark[] = [];
    list.forEach((landmark, i) => {
      if (i !== LANDMARK[name]) out[i] = landmark;
    });
    return out;
  };
  return { ...input, pose: { image: drop(input.pose.image), world: drop(input.pose.world) } };
}

/** The same frame seen in a mirror: image x → width − x, world x → −x, labels kept. */
export function mirrored(input: MeasureInput): MeasureInput {
  return {
    ...input,
    pose: {
      image: input.pose.image.map((p) => ({ ...p, x: 1 - p.x })),
      world: input.pose.world.map((p) => ({ ...p, x: -p.x })),
    },
  };
}
