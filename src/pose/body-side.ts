import type { LandmarkName } from './landmarks';

export type BodySide = 'left' | 'right';

/** Landmarks that come in left/right pairs, by their name without the side. */
export type PairedPart =
  | 'eye'
  | 'ear'
  | 'shoulder'
  | 'elbow'
  | 'wrist'
  | 'pinky'
  | 'index'
  | 'thumb'
  | 'hip'
  | 'knee'
  | 'ankle'
  | 'heel'
  | 'foot_index';

/** Which of a pair a measure reads: a fixed side, the side nearer/farther from the camera, or both's midpoint. */
export type SideChoice = BodySide | 'near' | 'far' | 'mid';

export const otherSide = (side: BodySide): BodySide => (side === 'left' ? 'right' : 'left');

export function sidedName(part: PairedPart, side: BodySide): LandmarkName {
  return `${side}_${part}`;
}

/** The concrete side for a choice, given which side faces the camera ('mid' has none). */
export function resolveSide(choice: Exclude<SideChoice, 'mid'>, near: BodySide): BodySide {
  if (choice === 'near') return near;
  if (choice === 'far') return otherSide(near);
  return choice;
}
