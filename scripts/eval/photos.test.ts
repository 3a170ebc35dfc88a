import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/exercises';
import type { ExerciseSpec } from '../../src/coach/exercise';
import type { PhotoSpec } from './manifest';
import { checkPosition, formatPhotoRow, formatPositions, photoFailure, photosJson, scorePositions } from './photos';

function exercise(id: string): ExerciseSpec {
  const found = findExercise(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

const photo = (id: string, position: PhotoSpec['expect']['position'], exerciseId = 'row'): PhotoSpec => ({
  id,
  index: 1,
  file: `/footage/still/${id}.jpg`,
  exercise: exerciseId,
  expect: { unit: 'position', position },
});

const placed = (id: string, expected: 'start' | 'peak', at: 'start' | 'peak' | null, sentence: string) => ({
  id,
  exercise: 'row',
  expected,
  placed: at,
  sentence,
});

describe('photos in npm run eval', () => {
  const outcomes = [
    placed('row-start', 'start', 'start', 'This looks like the start of a rep (arm long): elbow 171°'),
    placed('row-top', 'peak', 'start', 'This looks like the start of a rep (arm long): elbow 160°'),
    placed(
      'row-odd',
      'start',
      null,
      "I can't tell: this photo is not taken side-on, and the row is judged from the side",
    ),
    photoFailure(photo('row-gone', 'peak'), 'file not found: /footage/still/row-gone.jpg'),
  ];

  it('scores a photo right only when placed where the manifest says: not sure and errors are not right', () => {
    expect(scorePositions(outcomes)).toEqual({ right: 1, total: 4 });
    expect(formatPositions(scorePositions(outcomes))).toBe('positions=1/4');
  });

  it('prints a row per photo with the verdict and what the app says', () => {
    expect(outcomes.map(formatPhotoRow)).toEqual([
      'row-start                       row             start     start     right    This looks like the start of a rep (arm long): elbow 171°',
      'row-top                         row             peak      start     wrong    This looks like the start of a rep (arm long): elbow 160°',
      "row-odd                         row             start     not sure  wrong    I can't tell: this photo is not taken side-on, and the row is judged from the side",
      'row-gone                        row             peak      -         ERROR    file not found: /footage/still/row-gone.jpg',
    ]);
  });

  it('gives the photos in the JSON document', () => {
    const json = photosJson(outcomes);
    expect(json).toMatchObject({ positions_right: 1, positions_total: 4 });
    expect(json.photos[1]).toEqual({
      id: 'row-top',
      exercise: 'row',
      expected: 'peak',
      placed: 'start',
      right: false,
      sentence: 'This looks like the start of a rep (arm long): elbow 160°',
    });
    expect(json.photos[3]).toMatchObject({ placed: null, right: false });
    expect(json.photos[3]?.error).toMatch(/not found/);
  });

  it('refuses a position the exercise does not have', () => {
    expect(checkPosition(photo('a', 'peak'), exercise('row'))).toBeNull();
    expect(checkPosition(photo('b', 'hold'), exercise('row'))).toBe(
      'exercise "row" counts reps: expect.position must be start or peak, got "hold"',
    );
    expect(checkPosition(photo('c', 'start', 'knee-to-chest'), exercise('knee-to-chest'))).toBe(
      'exercise "knee-to-chest" times holds: expect.position must be hold or out, got "start"',
    );
    expect(checkPosition(photo('d', 'start', 'arm-circles'), exercise('arm-circles'))).toBe(
      'exercise "arm-circles" counts circles: a photo has no position in it',
    );
  });
});
