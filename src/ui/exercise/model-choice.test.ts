import { describe, expect, it } from 'vitest';
import { modelFor, type ExerciseModel } from './model-choice';

const TABLE: Record<string, ExerciseModel> = {
  superman: { model: 'full', why: 'Using the full model: it sees people lying down better' },
};

describe('modelFor: the pose model an exercise runs with', () => {
  it('uses the model the exercise asks for while the person has not chosen one, and says why', () => {
    expect(modelFor({ model: 'lite', modelChosen: false }, 'superman', TABLE)).toEqual({
      model: 'full',
      note: 'Using the full model: it sees people lying down better',
    });
  });

  it('keeps the person’s own choice, even a lighter one', () => {
    expect(modelFor({ model: 'lite', modelChosen: true }, 'superman', TABLE)).toEqual({ model: 'lite', note: null });
  });

  it('never steps down from a heavier setting (a heavy model kept, or set before choosing was saved)', () => {
    expect(modelFor({ model: 'heavy', modelChosen: false }, 'superman', TABLE)).toEqual({ model: 'heavy', note: null });
    expect(modelFor({ model: 'full', modelChosen: false }, 'superman', TABLE)).toEqual({ model: 'full', note: null });
  });

  it('uses the setting for exercises that ask for nothing, and with no exercise', () => {
    expect(modelFor({ model: 'lite', modelChosen: false }, 'neck-tilts', TABLE)).toEqual({ model: 'lite', note: null });
    expect(modelFor({ model: 'lite', modelChosen: false }, null, TABLE)).toEqual({ model: 'lite', note: null });
  });
});

describe('the exercises that ask for a model', () => {
  it('knee to chest asks for the full model and says why; an upright exercise keeps the setting', () => {
    expect(modelFor({ model: 'lite', modelChosen: false }, 'knee-to-chest')).toEqual({
      model: 'full',
      note: 'Using the full model for this exercise: it sees a body lying down better',
    });
    expect(modelFor({ model: 'lite', modelChosen: false }, 'neck-tilts').model).toBe('lite');
  });
});
