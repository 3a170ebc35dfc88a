import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { row } from '../../src/exercises/row';
import { makeTrace } from '../../src/pose/trace';
import { renderFrames, replay, reps, rowStart, rowTop } from '../support';
import { compactTrace, expandTrace, packTrace, unpackTrace } from './compact-trace';

const frames = renderFrames(reps(rowStart, { to: rowTop, count: 4 }), { noise: { seed: 7, dropRate: 0.1 } });
const trace = makeTrace(frames, { source: 'puppet', model: 'lite', exercise: 'row' });

describe('compact traces', () => {
  it('replay to the same coaching as the full trace, dropped frames included', () => {
    const back = expandTrace(unpackTrace(packTrace(compactTrace(trace))));
    expect(back.map((frame) => frame.timestampMs)).toEqual(trace.frames.map((frame) => frame.timestampMs));
    expect(back.filter((frame) => frame.poses.length === 0).length).toBeGreaterThan(0);
    const full = replay(row, trace.frames).summary;
    const compact = replay(row, back).summary;
    expect(compact.counts).toEqual(full.counts);
    expect(compact.counts.reps).toBe(4);
    expect(compact.cues).toEqual(full.cues);
  });

  it('keep every landmark to 1/10 000', () => {
    const back = expandTrace(unpackTrace(packTrace(compactTrace(trace))));
    const pairs = trace.frames.flatMap((frame, i) =>
      (frame.poses[0]?.world ?? []).map((landmark, j) => [landmark, back[i]?.poses[0]?.world[j]] as const),
    );
    expect(pairs.length).toBeGreaterThan(1000);
    for (const [full, compact] of pairs) {
      expect(Math.abs(full.x - (compact?.x ?? Number.NaN))).toBeLessThanOrEqual(0.00005 + 1e-12);
      expect(Math.abs(full.visibility - (compact?.visibility ?? Number.NaN))).toBeLessThanOrEqual(0.00005 + 1e-12);
    }
  });

  it('are a fraction of the full trace’s size', () => {
    expect(packTrace(compactTrace(trace)).length).toBeLessThan(JSON.stringify(trace).length / 8);
  });

  it.each([
    ['another file', { format: 'form-coach-trace' }, /^format: not a compact Form Coach trace$/],
    [
      'a frame cut short',
      { ...compactTrace(trace), frames: [[0, 1, 2]] },
      /^frames\.0: each frame is its time, then nothing or 264 landmark values$/,
    ],
  ])('refuse %s, saying what is wrong', (_what, data, message) => {
    expect(() => unpackTrace(gzipSync(JSON.stringify(data)))).toThrow(message);
  });
});
