import { afterEach, describe, expect, it } from 'vitest';
import { deepAll, mount, textOf } from '../../../tests/element/dom';
import { findExercise } from '../../exercises';
import type { AccuracyReport, ExerciseEvidence } from '../accuracy/accuracy-report';
import { puppetOnly } from '../accuracy/evidence';
import { FcInstructions } from './fc-instructions';

const report = (model: string, evidence: readonly ExerciseEvidence[]): AccuracyReport => ({
  date: '2026-12-02',
  command: `npm run eval -- m.json --model ${model}`,
  model,
  machine: '2 cores',
  summaryLine: '',
  exercises: [],
  clips: [],
  photos: [],
  evidence,
});

const lite = report('lite', [
  { ...puppetOnly('row'), clips: 3, countedRight: 3, exact: 3, photos: 2, positionsRight: 1 },
  puppetOnly('arm-circles'),
]);
const full = report('full', [{ ...puppetOnly('row'), clips: 3, countedRight: 2, exact: 2 }]);

async function card(id: string, model?: string): Promise<FcInstructions> {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  const element = new FcInstructions();
  element.exercise = exercise;
  element.publication = { reports: [lite, full] };
  if (model) element.model = model;
  return mount(element);
}

/** The card's note of what the exercise was checked on. */
const note = (element: FcInstructions): string => textOf(deepAll(element, '.evidence')[0] ?? element);

afterEach(() => document.body.replaceChildren());

describe('the exercise card says what its exercise was checked on', () => {
  it('quotes the real clips and photos, and links to the Accuracy page', async () => {
    const element = await card('row');
    expect(note(element)).toBe(
      'Checked on 3 real clips (3 counted right) and 2 real photos (1 placed right). How accurate is it?',
    );
    expect(deepAll(element, '.evidence a')[0]?.getAttribute('href')).toBe('#accuracy');
  });

  it("quotes the person's model when it has published results", async () => {
    expect(note(await card('row', 'full'))).toMatch(/^Checked on 3 real clips \(2 counted right\)\./);
  });

  it('says in words that an exercise checked on the puppet alone is less proven', async () => {
    const element = await card('arm-circles');
    expect(note(element)).toMatch(
      /^Checked on synthetic movement only — no real footage yet: counts and cues may be less reliable\./,
    );
    // An exercise the published report does not list has only its puppet tests too.
    expect(note(await card('butterfly'))).toMatch(/^Checked on synthetic movement only/);
  });

  it('says nothing of evidence when nothing is published', async () => {
    const exercise = findExercise('row');
    if (!exercise) throw new Error('no row');
    const element = new FcInstructions();
    element.exercise = exercise;
    element.publication = { reports: [] };
    await mount(element);
    expect(deepAll(element, '.evidence')).toHaveLength(0);
    expect(textOf(element)).not.toMatch(/Checked on/);
  });
});
