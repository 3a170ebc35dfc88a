import { msg } from '@lit/localize';
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
/** Faulty joints closer than this (CSS px) share one "fix" label. */
const LABEL_SPACING = 48;

/** Half the diagonal of the diamond that marks a faulty joint (a good joint is a small dot). */
const FAULT_MARK = 13;
/** Faulty arcs are dashed as well as red: colour is never the only signal. */
const FAULT_DASH = [7, 5];
/** Labels sit on a dark plate, readable (WCAG AA) whatever the video behind them. */
const PLATE = 'rgb(0 0 0 / 80%)';
const PLATE_PAD = 4;
const LABEL_HEIGHT = 20;

/**
 * The angles that matter, as arcs at their joints with their value in degrees, and the joints of
 * a fault marked. A fault differs in shape and words as well as colour (for people who do not see
 * red): its joint gets a red diamond and a "fix" label, its arc is dashed and thicker and its
 * value starts with "!". Same coordinates as the skeleton (CSS pixels of the stage box).
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
  context.font = '600 15px system-ui, sans-serif';
  context.textBaseline = 'middle';
  context.lineWidth = 4;
  context.strokeStyle = FAULT_COLOUR;
  const fix = msg('fix');
  // Joints of one fault often sit close together (an ear and a shoulder): each gets its diamond,
  // but one label serves a cluster, so the words don't pile up on each other.
  const labelled: Point[] = [];
  for (const name of faultyJoints) {
    const p = at(name);
    if (!p) continue;
    context.beginPath();
    context.moveTo(p.x, p.y - FAULT_MARK);
    context.lineTo(p.x + FAULT_MARK, p.y);
    context.lineTo(p.x, p.y + FAULT_MARK);
    context.lineTo(p.x - FAULT_MARK, p.y);
    context.closePath();
    context.stroke();
    if (labelled.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < LABEL_SPACING)) continue;
    labelled.push(p);
    plateText(context, fix, p.x + FAULT_MARK + 4, p.y - FAULT_MARK, FAULT_COLOUR);
  }
  context.lineWidth = 3;
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
    context.lineWidth = arc.faulty ? 5 : 3;
    context.setLineDash(arc.faulty ? FAULT_DASH : []);
    context.beginPath();
    context.arc(centre.x, centre.y, ARC_RADIUS, fromAngle, fromAngle + sweep, sweep < 0);
    context.stroke();
    context.setLineDash([]);
    const middle = fromAngle + sweep / 2;
    // Arcs are drawn for angles only (the builders that define one measure degrees).
    const value = formatMeasure(arc.value, 'deg');
    const label = arc.faulty ? `! ${value}` : value;
    const x = centre.x - Math.cos(middle) * (ARC_RADIUS + 22);
    const y = centre.y - Math.sin(middle) * (ARC_RADIUS + 22);
    plateText(context, label, x - 12, y, colour);
  }
  context.restore();
}

/** Text on a dark plate, left edge at `x`, centred on `y` (the context's baseline is 'middle'). */
function plateText(context: CanvasRenderingContext2D, text: string, x: number, y: number, colour: string): void {
  const width = context.measureText(text).width;
  context.fillStyle = PLATE;
  context.fillRect(x - PLATE_PAD, y - LABEL_HEIGHT / 2, width + 2 * PLATE_PAD, LABEL_HEIGHT);
  context.fillStyle = colour;
  context.fillText(text, x, y);
}
