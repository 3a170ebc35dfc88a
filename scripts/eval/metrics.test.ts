import { describe, expect, it } from 'vitest';
import type { ClipSpec } from './manifest';
import {
  clipFailure,
  clipJson,
  clipResult,
  entryFailure,
  evalJson,
  scoreClip,
  summarize,
  type ClipOutcome,
  type ClipResult,
} from './metrics';

const result = (fields: Partial<ClipResult> & Pick<ClipResult, 'id' | 'expected' | 'counted'>): ClipResult => ({
  exercise: 'neck-tilts',
  tolerance: 0,
  expectCues: [],
  forbidCues: [],
  cues: [],
  trackableShare: 1,
  fps: 30,
  durationS: 60,
  ...fields,
});

// Four clips that ran and two that did not; the expectations below are worked out by hand.
const spotOn = result({
  id: 'spot-on',
  expected: 5,
  counted: 5,
  expectCues: ['chin-tuck'],
  cues: [
    { id: 'chin-tuck', tS: 10 },
    { id: 'chin-tuck', tS: 20 },
  ],
});
const withinTolerance = result({
  id: 'within-tolerance',
  expected: 3,
  counted: 4,
  tolerance: 1,
  durationS: 30,
  forbidCues: ['shrug'],
  cues: [
    { id: 'shrug', tS: 3.004 },
    { id: 'shrug', tS: 12.3456 },
  ],
});
const phantom = result({ id: 'phantom', expected: 0, counted: 2, durationS: 30 });
const sides = result({
  id: 'sides',
  expected: 7,
  counted: 6,
  left: 4,
  right: 3,
  countedLeft: 3,
  countedRight: 3,
  expectCues: ['neck-neutral', 'chin-level'],
  // shrug fires here too, but this clip does not forbid it.
  cues: [
    { id: 'neck-neutral', tS: 4.2 },
    { id: 'shrug', tS: 5 },
  ],
});
const missingFile = { id: 'missing', exercise: 'superman', error: 'file not found: /x.mp4', expected: 3 };
const malformed = { id: 'clip #6', exercise: '', error: 'expect needs reps or holds' };
const outcomes: ClipOutcome[] = [spotOn, withinTolerance, missingFile, phantom, sides, malformed];

describe('scoreClip', () => {
  it('is exact only within the tolerance, and obo within ±max(1, tolerance)', () => {
    expect(scoreClip(spotOn)).toMatchObject({ difference: 0, exact: true, obo: true, relativeError: 0 });
    expect(scoreClip(withinTolerance)).toMatchObject({ difference: 1, exact: true, obo: true });
    expect(scoreClip(sides)).toMatchObject({ difference: -1, exact: false, obo: true, relativeError: 1 / 7 });
    expect(scoreClip(phantom)).toMatchObject({ difference: 2, exact: false, obo: false, relativeError: 2 });
    expect(scoreClip(result({ id: 't2', expected: 10, counted: 8, tolerance: 2 }))).toMatchObject({
      exact: true,
      obo: true,
    });
    expect(scoreClip(result({ id: 't2', expected: 10, counted: 13, tolerance: 2 }))).toMatchObject({
      exact: false,
      obo: false,
    });
  });

  it('judges cues: expected ones hit or missed, forbidden firings counted each time', () => {
    expect(scoreClip(sides)).toMatchObject({ cuesHit: ['neck-neutral'], cuesMissed: ['chin-level'], falseCues: [] });
    expect(scoreClip(spotOn).cuesHit).toEqual(['chin-tuck']);
    expect(scoreClip(withinTolerance).falseCues).toHaveLength(2);
  });
});

describe('summarize', () => {
  it('computes every summary figure as the eval issue defines it', () => {
    expect(summarize(outcomes)).toEqual({
      clips: 4,
      errors: 2,
      exact: 2,
      obo: 3,
      mae: (0 + 1 / 3 + 2 + 1 / 7) / 4,
      phantom: 2,
      cuesHit: 2,
      cuesExpected: 3,
      // 2 forbidden shrugs over 60 + 30 + 30 + 60 s = 3 min.
      falseCuesPerMin: 2 / 3,
    });
  });

  it('is all zeros when nothing ran, rather than NaN', () => {
    const empty = { clips: 0, exact: 0, obo: 0, mae: 0, phantom: 0, cuesHit: 0, cuesExpected: 0, falseCuesPerMin: 0 };
    expect(summarize([])).toEqual({ ...empty, errors: 0 });
    expect(summarize([missingFile, malformed])).toEqual({ ...empty, errors: 2 });
  });

  it('gives no false-cue rate without footage', () => {
    const instant = result({
      id: 'i',
      expected: 1,
      counted: 1,
      durationS: 0,
      forbidCues: ['a'],
      cues: [{ id: 'a', tS: 0 }],
    });
    expect(summarize([instant]).falseCuesPerMin).toBe(0);
  });

  it('counts every phantom rep, including holds where none were expected', () => {
    const holds = result({ id: 'h', unit: 'holds', expected: 0, counted: 1 });
    expect(summarize([phantom, holds, spotOn]).phantom).toBe(3);
  });
});

describe('the --json document', () => {
  it('has the summary in snake_case and one row per clip, errors included, in order', () => {
    const json = evalJson(outcomes);
    expect(Object.keys(json)).toEqual(['summary', 'clips']);
    expect(json.summary).toEqual({
      clips: 4,
      errors: 2,
      exact: 2,
      obo: 3,
      mae: (0 + 1 / 3 + 2 + 1 / 7) / 4,
      phantom: 2,
      cues_hit: 2,
      cues_expected: 3,
      false_cues_per_min: 2 / 3,
    });
    expect(json.clips.map((clip) => clip.id)).toEqual([
      'spot-on',
      'within-tolerance',
      'missing',
      'phantom',
      'sides',
      'clip #6',
    ]);
  });

  it('writes a result row with cue times rounded to 0.01 s and no sides when the manifest gives none', () => {
    expect(clipJson({ ...withinTolerance, trackableShare: 0.9, fps: 29.97 })).toEqual({
      id: 'within-tolerance',
      exercise: 'neck-tilts',
      expected: 3,
      counted: 4,
      trackable_share: 0.9,
      fps: 29.97,
      cues: [
        { id: 'shrug', t_s: 3 },
        { id: 'shrug', t_s: 12.35 },
      ],
    });
  });

  it('gives the counted sides as left/right, in the issue’s key order', () => {
    const row = clipJson(sides);
    expect(Object.keys(row)).toEqual([
      'id',
      'exercise',
      'expected',
      'counted',
      'left',
      'right',
      'trackable_share',
      'fps',
      'cues',
    ]);
    expect(row).toMatchObject({ expected: 7, counted: 6, left: 3, right: 3 });
  });

  it('writes null sides when the manifest gives sides but the run did not count them', () => {
    const row = clipJson(result({ id: 's', expected: 2, counted: 2, left: 1, right: 1 }));
    expect(row).toMatchObject({ left: null, right: null });
  });

  it('writes an error row with the reason and no measurements', () => {
    expect(clipJson(missingFile)).toEqual({
      id: 'missing',
      exercise: 'superman',
      expected: 3,
      counted: null,
      error: 'file not found: /x.mp4',
      trackable_share: null,
      fps: null,
      cues: [],
    });
    expect(clipJson(malformed)).toMatchObject({ expected: null, error: 'expect needs reps or holds' });
  });
});

describe('building outcomes from manifest clips', () => {
  const clip: ClipSpec = {
    id: 'tilts',
    index: 1,
    file: '/f/clips/a.mp4',
    exercise: 'neck-tilts',
    expect: { unit: 'holds', count: 7, minHoldS: 0.5, sides: { left: 4, right: 3 }, tolerance: 1 },
    expectCues: ['chin-level'],
    forbidCues: ['shrug'],
  };

  it('clipResult takes the expectation from the manifest and the measurements from the run', () => {
    const run = { counted: 6, countedLeft: 4, countedRight: 2, cues: [], trackableShare: 0.8, fps: 15, durationS: 20 };
    expect(clipResult(clip, run)).toEqual({
      id: 'tilts',
      exercise: 'neck-tilts',
      unit: 'holds',
      expected: 7,
      counted: 6,
      left: 4,
      right: 3,
      countedLeft: 4,
      countedRight: 2,
      tolerance: 1,
      expectCues: ['chin-level'],
      forbidCues: ['shrug'],
      cues: [],
      trackableShare: 0.8,
      fps: 15,
      durationS: 20,
    });
    expect(clipResult(clip, { ...run, unit: 'cycles' }).unit).toBe('cycles');
  });

  it('clipFailure and entryFailure make error rows', () => {
    expect(clipFailure(clip, 'exercise "neck-tilts" is not registered')).toEqual({
      id: 'tilts',
      exercise: 'neck-tilts',
      error: 'exercise "neck-tilts" is not registered',
      expected: 7,
    });
    expect(entryFailure({ id: 'clip #2', index: 2, reason: 'id is missing' })).toEqual({
      id: 'clip #2',
      exercise: '',
      error: 'id is missing',
    });
  });
});
