import { LANDMARK_COUNT } from './landmarks';
import type { Landmark, Pose, PoseFrame } from './types';

/**
 * The first pose of a frame as the engine may use it, or undefined when the frame has none it can.
 *
 * MediaPipe reports 33 image and 33 world landmarks with finite numbers and visibility in 0–1, but
 * a corrupt trace, a bug upstream or another model need not, and the engine's arithmetic turns one
 * NaN into a NaN angle on the screen or a phase that never settles. So, once per frame, before
 * anything reads it (found by the fuzz test, src/coach/coach.fuzz.test.ts):
 * - a frame without a usable size, or a pose without 33 image and 33 world landmarks, has no pose
 *   (a truncated array is not a person with the rest of the joints hidden: indices would lie);
 * - a landmark with a non-finite number (image or world) or an impossible visibility is unseen
 *   (visibility 0), so exactly the measures that read it are null, as for an occluded joint.
 * The common case, nothing wrong, returns the pose itself: no copy per frame.
 */
export function usablePose(frame: PoseFrame): Pose | undefined {
  const pose = frame.poses[0];
  if (!pose || !(frame.imageWidth > 0 && frame.imageHeight > 0)) return undefined;
  if (!Number.isFinite(frame.imageWidth) || !Number.isFinite(frame.imageHeight)) return undefined;
  if (pose.image.length !== LANDMARK_COUNT || pose.world.length !== LANDMARK_COUNT) return undefined;
  let broken = false;
  for (let i = 0; i < LANDMARK_COUNT && !broken; i++) broken = !sound(pose.image[i]) || !sound(pose.world[i]);
  if (!broken) return pose;
  const image: Landmark[] = [];
  const world: Landmark[] = [];
  for (let i = 0; i < LANDMARK_COUNT; i++) {
    const [p, w] = [pose.image[i], pose.world[i]];
    const ok = sound(p) && sound(w);
    image.push(ok && p ? p : { x: 0, y: 0, z: 0, visibility: 0 });
    world.push(ok && w ? w : { x: 0, y: 0, z: 0, visibility: 0 });
  }
  return { image, world };
}

const sound = (p: Landmark | undefined): boolean =>
  !!p && Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.z) && p.visibility >= 0 && p.visibility <= 1;
