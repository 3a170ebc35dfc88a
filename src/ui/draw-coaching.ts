import { formatMeasure, type MeasureArc } from '../coach/measures';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { Pose } from '../pose/types';
import { toBoxPoint, type Point, type Rect } from './geometry';

/** An angle to draw at its joint, with its value. */
export interface ArcLabel extends MeasureArc {
  readonly value: number;
  readonly faulty: boolean;
}

const OK_COLOUR = 'rgb(255, 255, 255)';
const FAULT_COLOUR = 'rgb(255, 92, 92)';
const ARC_RADIUS = 28;

/**
 * The angles that matter, as arcs at their joints with their value in degrees, and the joints of
 * a fault ringed in red. Same coordinates as the skeleton (CSS pixels of the stage box).
 */
export function drawCoaching(
  context: CanvasRenderingContext2D,
  pose: Pose,
  frame: Rect,
  mirrored: boolean,
  arcs: readonly ArcLabel[],
  faultyJoints: readonly LandmarkName[],
): void {
  const at = (name: LandmarkName): Point | null => {
    const landmark = pose.image[LANDMARK[name]];
    return landmark ? toBoxPoint(landmark, frame, mirrored) : null;
  };
  context.save();
  context.lineWidth = 3;
  for (const name of faultyJoints) {
    const p = at(name);
    if (!p) continue;
    context.strokeStyle = FAULT_COLOUR;
    context.beginPath();
    context.arc(p.x, p.y, 11, 0, 2 * Math.PI);
    context.stroke();
  }
  context.font = '600 15px system-ui, sans-serif';
  context.textBaseline = 'middle';
  for (const arc of arcs) {
    const centre = at(arc.at);
    const end = at(arc.to);
    if (!centre || !end) continue;
    const toAngle = Math.atan2(end.y - centre.y, end.x - centre.x);
    const start = arc.from === 'up' ? null : arc.from === 'level' ? null : at(arc.from);
    const fromAngle =
      arc.from === 'up'
        ? -Math.PI / 2
        : arc.from === 'level'
          ? end.x >= centre.x
            ? 0
            : Math.PI
          : start
            ? Math.atan2(start.y - centre.y, start.x - centre.x)
            : null;
    if (fromAngle === null) continue;
    // The short way round between the two rays.
    let sweep = toAngle - fromAngle;
    while (sweep > Math.PI) sweep -= 2 * Math.PI;
    while (sweep < -Math.PI) sweep += 2 * Math.PI;
    const colour = arc.faulty ? FAULT_COLOUR : OK_COLOUR;
    context.strokeStyle = colour;
    context.beginPath();
    context.arc(centre.x, centre.y, ARC_RADIUS, fromAngle, fromAngle + sweep, sweep < 0);
    context.stroke();
    const middle = fromAngle + sweep / 2;
    // Arcs are drawn for angles only (the builders that define one measure degrees).
    const label = formatMeasure(arc.value, 'deg');
    const x = centre.x - Math.cos(middle) * (ARC_RADIUS + 22);
    const y = centre.y - Math.sin(middle) * (ARC_RADIUS + 22);
    context.lineWidth = 4;
    context.strokeStyle = 'rgb(0 0 0 / 70%)';
    context.strokeText(label, x - 12, y);
    context.fillStyle = colour;
    context.fillText(label, x - 12, y);
    context.lineWidth = 3;
  }
  context.restore();
}
