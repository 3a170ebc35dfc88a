import { describe, expect, it } from 'vitest';
import { renderFrames, replay, reps, rowStart, rowTop } from '../../tests/support';
import { row } from '../exercises/row';
import { makeTrace, parseTrace } from './trace';

const frames = renderFrames(reps(rowStart, { to: rowTop, count: 4 }), { noise: { seed: 4, dropRate: 0.05 } });

describe('landmark traces', () => {
  it('round-trip through JSON and replay to the same coaching', () => {
    const trace = parseTrace(JSON.stringify(makeTrace(frames, { source: 'puppet', model: 'lite', exercise: 'row' })));
    expect(trace).toMatchObject({ source: 'puppet', model: 'lite', exercise: 'row' });
    expect(trace.frames).toHaveLength(frames.length);
    const direct = replay(row, frames).summary;
    const replayed = replay(row, trace.frames).summary;
    expect(replayed.counts).toEqual(direct.counts);
    expect(replayed.counts.reps).toBe(4);
  });

  it('are compact: coordinates rounded to 5 decimals', () => {
    const landmark = makeTrace(frames, { source: 'x', model: 'lite' }).frames[0]?.poses[0]?.image[0];
    expect(String(landmark?.x).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5);
  });

  it.each([
    ['not JSON', '{', /JSON/],
    ['another format', '{"format":"other"}', /not a Form Coach landmark trace/],
    ['a future version', '{"format":"form-coach-trace","version":2,"frames":[]}', /version 2 is not supported/],
    ['no frames', '{"format":"form-coach-trace","version":1}', /^frames is missing$/],
    [
      'a landmark that is not a number',
      JSON.stringify({
        format: 'form-coach-trace',
        version: 1,
        frames: [
          {
            timestampMs: 0,
            imageWidth: 1,
            imageHeight: 1,
            poses: [{ image: Array(33).fill({ x: 'a', y: 0, z: 0, visibility: 1 }), world: [] }],
          },
        ],
      }),
      /^frames\.0\.poses\.0\.image\.0\.x: /,
    ],
    [
      'timestamps going back',
      '{"format":"form-coach-trace","version":1,"frames":[{"timestampMs":5,"imageWidth":1,"imageHeight":1,"poses":[]},{"timestampMs":5,"imageWidth":1,"imageHeight":1,"poses":[]}]}',
      /^frame 1: timestamps must increase$/,
    ],
    [
      'a short pose',
      '{"format":"form-coach-trace","version":1,"frames":[{"timestampMs":5,"imageWidth":1,"imageHeight":1,"poses":[{"image":[],"world":[]}]}]}',
      /^frames\.0\.poses\.0\.image: a pose needs 33 landmarks$/,
    ],
  ])('refuse %s, saying what is wrong', (_what, text, message) => {
    expect(() => parseTrace(text)).toThrow(message);
  });
});
