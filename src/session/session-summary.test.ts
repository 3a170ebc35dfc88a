import { describe, expect, it } from 'vitest';
import { mergePose, renderFrames, replay, reps, rowStart, rowTop } from '../../tests/support';
import { findExercise } from '../exercises';
import { row } from '../exercises/row';
import { cueNow, describeWayRound, setRecord, summarizeSets } from './session-summary';

describe('sets and their summary', () => {
  const clean = replay(row, renderFrames(reps(rowStart, { to: rowTop, count: 3 }))).summary;
  const upright = mergePose(rowStart, { torsoPitch: 15 });
  const faulty = replay(
    row,
    renderFrames(reps(upright, { to: mergePose(rowTop, { torsoPitch: 15 }), count: 3 })),
  ).summary;
  const planned = { exercise: row, item: { exercise: 'row', sets: 2, reps: 3 } };

  it('keep each set with its clean and faulty reps, range of motion and the cues given', () => {
    const record = setRecord(planned, { item: 0, set: 2, side: null }, 3, 3, faulty, 9000, 'completed');
    expect(record).toMatchObject({
      exercise: 'row',
      set: 2,
      unit: 'reps',
      done: 3,
      target: 3,
      cleanReps: 0,
      faultyReps: 3,
    });
    expect(record.rangeOfMotion).toBeGreaterThan(70);
    expect(record.faults).toEqual([{ id: 'hinge-45', times: 3, cue: 'Hinge forward a bit more, to about 45°' }]);
  });

  it('add up per exercise of the plan, an exercise without sets being skipped', () => {
    const sets = [
      setRecord(planned, { item: 0, set: 1, side: null }, 3, 3, clean, 9000, 'completed'),
      setRecord(planned, { item: 0, set: 2, side: null }, 3, 3, faulty, 9000, 'completed'),
    ];
    const [rows, supermans] = summarizeSets(
      [planned.item, { exercise: 'superman', sets: 1, reps: 10 }],
      sets,
      findExercise,
    );
    expect(rows).toMatchObject({
      exercise: 'row',
      done: 6,
      target: 6,
      sets: 2,
      cleanReps: 3,
      faultyReps: 3,
      skipped: false,
    });
    expect(rows?.faults).toEqual([{ id: 'hinge-45', times: 3, cue: 'Hinge forward a bit more, to about 45°' }]);
    expect(supermans).toMatchObject({ exercise: 'superman', name: 'Superman', done: 0, target: 10, skipped: true });
  });

  it('say a saved cue in the language spoken now, whatever language the set was saved in', () => {
    const saved = setRecord(planned, { item: 0, set: 1, side: null }, 3, 3, faulty, 9000, 'completed');
    const tucked = cueNow(row, { id: 'elbow-tucked', cue: '' });
    // The same set, saved on a day the app spoke German, with a flared elbow too.
    const german = {
      ...saved,
      faults: [
        { id: 'elbow-tucked', times: 2, cue: 'Halte den Ellbogen nah am Körper' },
        { id: 'hinge-45', times: 3, cue: 'Beug dich etwas weiter vor, auf etwa 45°' },
      ],
    };
    const [rows] = summarizeSets([planned.item], [german], findExercise);
    expect(tucked).toMatch(/elbow/i);
    expect(rows?.faults).toEqual([
      // The hinge has a cue for each way out: the saved words say which, so they stay.
      { id: 'hinge-45', times: 3, cue: 'Beug dich etwas weiter vor, auf etwa 45°' },
      // A check with one cue reads in today's language.
      { id: 'elbow-tucked', times: 2, cue: tucked },
    ]);
    // A check the catalog no longer has keeps the saved words rather than showing an id.
    expect(cueNow(row, { id: 'retired-check', cue: 'Alte Worte' })).toBe('Alte Worte');
  });

  it('keep a move the plan does twice apart: each time has its own sets', () => {
    const sets = [
      setRecord(planned, { item: 0, set: 1, side: null }, 3, 3, clean, 9000, 'completed'),
      setRecord(planned, { item: 0, set: 2, side: null }, 3, 3, clean, 9000, 'completed'),
      setRecord(planned, { item: 2, set: 1, side: null }, 2, 3, faulty, 9000, 'ended'),
    ];
    const [first, , again] = summarizeSets(
      [planned.item, { exercise: 'superman', sets: 1, reps: 10 }, planned.item],
      sets,
      findExercise,
    );
    expect(first).toMatchObject({ done: 6, sets: 2, cleanReps: 6, faultyReps: 0 });
    expect(again).toMatchObject({ done: 2, sets: 1, cleanReps: 0, faultyReps: 3 });
  });
});

describe('the way round of circles', () => {
  const circle = (direction: 'clockwise' | 'counter-clockwise' | null) => ({
    direction,
    startMs: 0,
    endMs: 2000,
    faults: [],
    stats: { durationMs: 2000, topMs: 0, min: {}, max: {} },
  });

  it('is told in the person’s words, with the circles whose way round was not seen said to be so', () => {
    const shoulderRoll = findExercise('shoulder-roll');
    if (!shoulderRoll) throw new Error('shoulder-roll is not registered');
    const cycles = [circle('clockwise'), circle('clockwise'), circle(null), circle('counter-clockwise')];
    expect(describeWayRound(shoulderRoll, cycles)).toBe('2 forward · 1 way round not seen · 1 backward');
  });

  it('is "not checked" for an exercise that does not count circles', () => {
    expect(describeWayRound(row, [])).toBe('not checked from this view');
  });
});
