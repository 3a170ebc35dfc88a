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
export { DEFAULT_BODY, proportions, type BodyShape, type Proportions } from '../../src/puppet/body';
export {
  CAMERAS,
  cameraModel,
  DEFAULT_CAMERA,
  makeCamera,
  type CameraModel,
  type CameraSpec,
} from '../../src/puppet/camera';
export { renderFrames, type FrameOptions } from './frames';
export { addNoise, type Glitch, type NoiseOptions, type TimeRange } from './noise';
export * from '../../src/puppet/presets';
export {
  lerpPose,
  mergePose,
  mirrorPose,
  NEUTRAL_SIDE,
  swapSides,
  ZERO_POSE,
  type PosePatch,
  type Posture,
  type PuppetPose,
  type SideAngles,
} from '../../src/puppet/puppet-pose';
export {
  renderDetailed,
  renderFrame,
  renderPose,
  type RenderedPose,
  type RenderOptions,
} from '../../src/puppet/render';
export { createRng, mulberry32, type Rng } from './rng';
export {
  alternate,
  armCircles,
  circles,
  headCircles,
  holdPose,
  reps,
  shoulderRolls,
  type AlternateOptions,
  type ArmCircleOptions,
  type CircleOptions,
  type HeadCircleOptions,
  type HoldOptions,
  type RepOptions,
  type Rotation,
  type ShoulderRollOptions,
} from '../../src/puppet/scripts';
export { buildSkeleton, type Capsule, type Skeleton } from '../../src/puppet/skeleton';
export {
  easeInOut,
  endOf,
  fromFunction,
  hold,
  keyframes,
  linear,
  move,
  sequence,
  type Easing,
  type Keyframe,
  type Timeline,
} from '../../src/puppet/timeline';
export { walkIn, type WalkInOptions } from './walk-in';
export { replay, type Replay } from './replay';
