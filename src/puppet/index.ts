/**
 * The synthetic pose puppet: joint angles and a camera in, MediaPipe PoseLandmarker output out.
 * The engine's tests count against it (tests/support adds noise, walk-ins and frame rendering
 * on top), and the app draws each exercise's demonstration from the same poses, so what a card
 * shows is exactly what the tests count. Conventions: tests/support/README.md.
 */
export { DEFAULT_BODY, proportions, type BodyShape, type Proportions } from './body';
export { CAMERAS, cameraModel, DEFAULT_CAMERA, makeCamera, type CameraModel, type CameraSpec } from './camera';
export * from './presets';
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
} from './puppet-pose';
export { renderDetailed, renderFrame, renderPose, type RenderedPose, type RenderOptions } from './render';
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
} from './scripts';
export { buildSkeleton, type Capsule, type Skeleton } from './skeleton';
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
} from './timeline';
