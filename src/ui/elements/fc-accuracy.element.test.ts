import { afterEach, describe, expect, it } from 'vitest';
import { deepAll, mount, textOf } from '../../../tests/element/dom';
import { EXERCISES } from '../../exercises';
import type { AccuracyReport } from '../accuracy/accuracy-report';
import { exerciseEvidence } from '../accuracy/evidence';
import { FcAccuracy } from './fc-accuracy';

const IDS = EXERCISES.map((exercise) => exercise.id);

function report(model: string, counted: number): AccuracyReport {
  const clips: AccuracyReport['clips'] = [
    {
      id: 'row-chair',
      exercise: 'row',
      expected: 6,
      counted,
      tolerance: 0,
      verdict: counted === 6 ? 'exact' : 'off',
      trackableShare: 0.96,
      cues: [],
    },
  ];
  const photos: AccuracyReport['photos'] = [
    {
      id: 'knee-held',
      exercise: 'knee-to-chest',
      expected: 'hold',
      placed: 'hold',
      right: true,
      sentence: 'You are in the held position',
    },
  ];
  return {
    date: '2026-12-02',
    command: `npm run eval -- manifest.json manifest-photos.json --model ${model}`,
    model,
    machine: '2 cores',
    summaryLine: `eval: clips=1 (${model})`,
    exercises: [],
    clips,
    photos,
    evidence: exerciseEvidence(IDS, clips, photos),
  };
}

/** The evidence table's cells, row by row, as a person reads them. */
function evidenceRows(element: FcAccuracy): string[][] {
  const table = deepAll(element, 'table.evidence')[0];
  if (!table) throw new Error('no evidence table');
  return Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => textOf(cell)),
  );
}

afterEach(() => document.body.replaceChildren());

describe('the Accuracy page', () => {
  it('shows, for every exercise, what it was checked on with the lite and the full model side by side', async () => {
    const element = new FcAccuracy();
    element.publication = { reports: [report('lite', 6), report('full', 4)] };
    await mount(element);
    const rows = evidenceRows(element);
    expect(rows[0]).toEqual(['Exercise', 'Lite model', 'Full model']);
    expect(rows).toHaveLength(EXERCISES.length + 1);
    const row = EXERCISES.find((e) => e.id === 'row')?.name;
    expect(rows.find((cells) => cells[0] === row)).toEqual([
      row,
      '1 real clip: 1 counted right, 1 exact',
      '1 real clip: 0 counted right, 0 exact',
    ]);
    const knee = EXERCISES.find((e) => e.id === 'knee-to-chest')?.name;
    expect(rows.find((cells) => cells[0] === knee)?.slice(1)).toEqual([
      '1 real photo: 1 placed right',
      '1 real photo: 1 placed right',
    ]);
    const circles = EXERCISES.find((e) => e.id === 'arm-circles')?.name;
    expect(rows.find((cells) => cells[0] === circles)?.slice(1)).toEqual(['puppet only', 'puppet only']);
    // Each model's own run follows, with the command that reproduces it.
    expect(textOf(element)).toMatch(
      /Lite model Measured on 2026-12-02 .*--model lite.* Full model Measured on .*--model full/,
    );
    expect(textOf(element)).toContain('You are in the held position');
  });

  it('shows one column when one model is published', async () => {
    const element = new FcAccuracy();
    element.publication = { reports: [report('lite', 6)] };
    await mount(element);
    expect(evidenceRows(element)[0]).toEqual(['Exercise', 'Lite model']);
  });

  it('says so when nothing is published', async () => {
    const element = new FcAccuracy();
    element.publication = { reports: [] };
    await mount(element);
    expect(textOf(element)).toContain('No results have been published yet.');
    expect(deepAll(element, 'table')).toHaveLength(0);
  });

  it('shows the published results built into the app by default', async () => {
    const element = await mount(new FcAccuracy());
    expect(evidenceRows(element)).toHaveLength(EXERCISES.length + 1);
  });
});
