import { describe, expect, it } from 'vitest';
import { need } from '../../tests/support/need';
import { findExercise } from '../exercises';
import { neckTurnLeft } from '../exercises/neck-rotation.presets';
import {
  makeCamera,
  mergePose,
  renderFrames,
  replay,
  reps,
  rowStart,
  rowTop,
  seatedTall,
  wallAngelGoalPost,
  wallAngelOverhead,
  type CameraSpec,
  type PuppetPose,
} from '../../tests/support';
import { changeMargin, rangeTrust, sessionMargin } from './uncertainty';

/** Camera set-ups a person plausibly uses from one day to the next: a little higher, lower, tilted, turned, nearer. */
const SETUPS: readonly ((base: CameraSpec) => Partial<CameraSpec>)[] = [
  () => ({}),
  (c) => ({ heightM: c.heightM - 0.15, tiltDeg: c.tiltDeg + 4 }),
  (c) => ({ heightM: c.heightM + 0.15, tiltDeg: c.tiltDeg - 4 }),
  (c) => ({ panDeg: -8, distanceM: c.distanceM * 0.85 }),
  (c) => ({ panDeg: 8, distanceM: c.distanceM * 1.2 }),
];

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: readonly number[]) => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - 1));

function measure(id: string, from: PuppetPose, to: PuppetPose, base: Partial<CameraSpec> = {}) {
  const spec = need(findExercise(id), id);
  const sessionMeans: number[] = [];
  const repSds: number[] = [];
  SETUPS.forEach((vary, i) => {
    const setup = vary(makeCamera(base));
    const frames = renderFrames(reps(from, { to, count: 5, repMs: 2500 }), {
      camera: makeCamera({ ...base, ...setup }),
      noise: { seed: 100 + i, dropRate: 0.02 },
    });
    const roms = replay(spec, frames).summary.reps.map((rep) => rep.rangeOfMotion);
    expect(roms.length, `${id} counted under ${JSON.stringify(setup)}`).toBeGreaterThanOrEqual(4);
    sessionMeans.push(mean(roms));
    repSds.push(sd(roms));
  });
  return { spec, setup: sd(sessionMeans), perRep: Math.max(...repSds) };
}

describe('the ± beside a range covers what the puppet measures', () => {
  it.each([
    ['row', rowStart, rowTop, {}],
    ['wall-angel', wallAngelGoalPost, wallAngelOverhead, {}],
    ['neck-rotation', seatedTall, neckTurnLeft, { distanceM: 0.9, heightM: 1.05, tiltDeg: 0 }],
  ] as const)(
    '%s: set-up and rep-to-rep spread within the table',
    (id, from, to, base) => {
      const { spec, setup, perRep } = measure(id, from, mergePose(to, {}), base);
      const trust = rangeTrust(spec);
      expect(trust.kind).toBe('measured');
      if (trust.kind !== 'measured') return;
      console.info(
        `${id}: set-up SD ${setup.toFixed(2)}, per-rep SD ${perRep.toFixed(2)} (table ${trust.setup}, ${trust.perRep})`,
      );
      expect(trust.setup).toBeGreaterThanOrEqual(setup);
      expect(trust.perRep).toBeGreaterThanOrEqual(perRep);
    },
    60_000,
  );
});

describe('margins', () => {
  const row = rangeTrust(need(findExercise('row'), 'row'));
  it('narrow with more reps but never below the set-up term', () => {
    if (row.kind !== 'measured') throw new Error('row is measured');
    expect(sessionMargin(row, 1)).toBeGreaterThan(sessionMargin(row, 10));
    expect(sessionMargin(row, 1000)).toBeCloseTo(2 * row.setup, 1);
    expect(changeMargin(row, 10, 10)).toBeGreaterThan(sessionMargin(row, 10));
  });

  it('depth-based measures are trends, not numbers', () => {
    for (const id of ['shoulder-roll', 'face-pull', 'chair-rotation', 'knee-grab-back-stretch'])
      expect(rangeTrust(need(findExercise(id), id)).kind, id).toBe('trend');
    expect(rangeTrust(need(findExercise('row'), 'row')).kind).toBe('measured');
  });

  it('a head turn carries the camera-position bias seen on real footage', () => {
    const neck = rangeTrust(need(findExercise('neck-rotation'), 'neck-rotation'));
    if (neck.kind !== 'measured' || row.kind !== 'measured') throw new Error('both measured');
    expect(neck.sideBias).toBeGreaterThan(row.sideBias);
    expect(neck.perRep).toBeGreaterThan(row.perRep);
  });
});
