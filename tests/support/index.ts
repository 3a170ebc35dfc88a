/**
 * The synthetic pose puppet: joint angles and a camera in, MediaPipe PoseLandmarker output
 * out, so the coaching engine can be tested against known answers. See README.md here for the
 * conventions and for which measures are faithful in image and in world coordinates.
 *
 *   const frames = renderFrames(
 *     sequence(walkIn(rowStart), reps(rowStart, { to: rowTop, count: 10 })),
 *     { noise: { seed: 7 } },
 *   );
 */
export * from '../../src/puppet';
export { faceSeenFromBehind, renderFrames, type FrameOptions } from './frames';
export { addNoise, type Glitch, type NoiseOptions, type TimeRange } from './noise';
export { walkIn, type WalkInOptions } from './walk-in';
export { replay, type Replay } from './replay';
export { createRng, mulberry32, type Rng } from './rng';
export * from './population';
export {
  describePopulation,
  describeSubject,
  type PopulationCase,
  type FaultCase,
  type CleanSet,
} from './population-cases';
