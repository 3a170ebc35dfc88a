import { describe, expect, it } from 'vitest';
import { LANDMARK, type LandmarkName } from '../pose/landmarks';
import type { Landmark, Pose } from '../pose/types';
import { drawCoaching, type ArcLabel } from './draw-coaching';
import { drawSkeleton } from './draw-skeleton';

/** One drawing call, with the pen it was made with. */
interface Call {
  readonly op: string;
  readonly args: readonly unknown[];
  readonly strokeStyle: string;
  readonly fillStyle: string;
  readonly lineWidth: number;
  readonly dash: readonly number[];
}

/**
 * A 2-D context that records what is drawn (the shapes, their colours, widths and dashes) instead
 * of drawing it: enough of CanvasRenderingContext2D for the skeleton and the coaching layer.
 */
class RecordingContext {
  readonly calls: Call[] = [];
  strokeStyle = '';
  fillStyle = '';
  lineWidth = 1;
  lineCap = 'butt';
  globalAlpha = 1;
  font = '';
  textBaseline = 'alphabetic';
  private dash: number[] = [];

  private record(op: string, args: readonly unknown[]): void {
    const { strokeStyle, fillStyle, lineWidth, dash } = this;
    this.calls.push({ op, args, strokeStyle, fillStyle, lineWidth, dash: [...dash] });
  }
  setLineDash(dash: number[]): void {
    this.dash = [...dash];
  }
  measureText(text: string): { width: number } {
    return { width: text.length * 8 };
  }
  save(): void {}
  restore(): void {}
  beginPath(): void {
    this.record('beginPath', []);
  }
  closePath(): void {
    this.record('closePath', []);
  }
  moveTo(...args: number[]): void {
    this.record('moveTo', args);
  }
  lineTo(...args: number[]): void {
    this.record('lineTo', args);
  }
  arc(...args: (number | boolean)[]): void {
    this.record('arc', args);
  }
  stroke(): void {
    this.record('stroke', []);
  }
  fill(): void {
    this.record('fill', []);
  }
  fillRect(...args: number[]): void {
    this.record('fillRect', args);
  }
  fillText(text: string, x: number, y: number): void {
    this.record('fillText', [text, x, y]);
  }
  strokeText(text: string, x: number, y: number): void {
    this.record('strokeText', [text, x, y]);
  }
}

const FRAME = { x: 0, y: 0, width: 640, height: 480 };

/** A side-on pose: shoulder above hip, knee in front; every other point far off to the side. */
function pose(): Pose {
  const image: Landmark[] = Array.from({ length: 33 }, () => ({ x: 0.05, y: 0.05, z: 0, visibility: 1 }));
  const place = (name: LandmarkName, x: number, y: number) => (image[LANDMARK[name]] = { x, y, z: 0, visibility: 1 });
  place('left_shoulder', 0.4, 0.3);
  place('left_hip', 0.4, 0.6);
  place('left_knee', 0.6, 0.6);
  return { image, world: image };
}

const draw = (arcs: readonly ArcLabel[], faulty: readonly LandmarkName[]): RecordingContext => {
  const context = new RecordingContext();
  drawCoaching(context as unknown as CanvasRenderingContext2D, pose(), FRAME, false, arcs, faulty);
  return context;
};

const HIP: ArcLabel = { at: 'left_hip', from: 'left_shoulder', to: 'left_knee', value: 90, faulty: false };
const ops = (calls: readonly Call[]) => calls.map((call) => call.op);

describe('the coaching overlay: colour is never the only signal', () => {
  it('marks a faulty joint with a diamond outline, where a good joint is a filled dot', () => {
    const good = new RecordingContext();
    drawSkeleton(good as unknown as CanvasRenderingContext2D, pose(), FRAME, false);
    const hipDot = good.calls.findIndex((call) => call.op === 'arc' && call.args[0] === 0.4 * 640);
    // A good joint: a round dot, filled.
    expect(ops(good.calls.slice(hipDot, hipDot + 2))).toEqual(['arc', 'fill']);

    const faulty = draw([], ['left_hip']).calls;
    const shape = faulty.slice(0, faulty.findIndex((call) => call.op === 'stroke') + 1);
    // A faulty one: four corners joined, stroked, and no circle at all.
    expect(ops(shape)).toEqual(['beginPath', 'moveTo', 'lineTo', 'lineTo', 'lineTo', 'closePath', 'stroke']);
    const corners = shape.filter((call) => call.op === 'moveTo' || call.op === 'lineTo').map((call) => call.args);
    expect(new Set(corners.map(([x]) => x)).size).toBe(3); // left, centre, right: a diamond
    expect(faulty.some((call) => call.op === 'arc')).toBe(false);
  });

  it('labels a faulty joint in words, on a dark plate', () => {
    const calls = draw([], ['left_hip']).calls;
    const label = calls.findIndex((call) => call.op === 'fillText');
    expect(calls[label]?.args[0]).toBe('fix');
    expect(calls[label - 1]?.op).toBe('fillRect');
    expect(calls[label - 1]?.fillStyle).toBe('rgb(0 0 0 / 80%)');
  });

  it('marks every faulty joint, but joints close together share one label', () => {
    // Both ears sit on the same spot in this pose; the hip is far from them.
    const calls = draw([], ['left_ear', 'right_ear', 'left_hip']).calls;
    expect(calls.filter((call) => call.op === 'closePath')).toHaveLength(3);
    expect(calls.filter((call) => call.op === 'fillText').map((call) => call.args[0])).toEqual(['fix', 'fix']);
  });

  it('dashes and thickens a faulty arc and marks its value with "!"; a good arc is solid and plain', () => {
    const good = draw([HIP], []).calls;
    const bad = draw([{ ...HIP, faulty: true }], []).calls;
    const arcStroke = (calls: readonly Call[]) => calls[calls.findIndex((call) => call.op === 'arc') + 1];
    expect(arcStroke(good)).toMatchObject({ op: 'stroke', dash: [], lineWidth: 3 });
    expect(arcStroke(bad)?.dash.length).toBeGreaterThan(0);
    expect(arcStroke(bad)?.lineWidth).toBeGreaterThan(3);
    const text = (calls: readonly Call[]) => calls.find((call) => call.op === 'fillText')?.args[0];
    expect(text(good)).toBe('90°');
    expect(text(bad)).toBe('! 90°');
  });

  it('puts every label on a plate that covers it, so it reads on any video', () => {
    const calls = draw(
      [HIP, { ...HIP, at: 'left_knee', from: 'left_hip', to: 'left_shoulder', faulty: true }],
      ['left_hip'],
    ).calls;
    const labels = calls.flatMap((call, i) => (call.op === 'fillText' ? [i] : []));
    expect(labels).toHaveLength(3);
    for (const i of labels) {
      const [text, x, y] = calls[i]?.args as [string, number, number];
      const [px, py, width, height] = calls[i - 1]?.args as number[] as [number, number, number, number];
      expect(calls[i - 1]?.op).toBe('fillRect');
      expect(px).toBeLessThan(x);
      expect(px + width).toBeGreaterThan(x + text.length * 8);
      expect(py).toBeLessThan(y - 7);
      expect(py + height).toBeGreaterThan(y + 7);
    }
    expect(calls.some((call) => call.op === 'strokeText')).toBe(false);
  });
});
