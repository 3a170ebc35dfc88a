import { describe, expect, it } from 'vitest';
import type { AccuracyClip, AccuracyPhoto, AccuracyPublication, AccuracyReport } from './accuracy-report';
import { evidenceFor, evidenceNote, evidenceSummary, exerciseEvidence, hasFootage, puppetOnly } from './evidence';

const clip = (exercise: string, verdict: AccuracyClip['verdict'], id = `${exercise}-${verdict}`): AccuracyClip => ({
  id,
  exercise,
  expected: 3,
  counted: verdict === 'error' ? null : 3,
  tolerance: 1,
  verdict,
  ...(verdict === 'error' ? { error: 'missing file' } : {}),
  trackableShare: verdict === 'error' ? null : 0.9,
  cues: [],
});

const photo = (exercise: string, placed: string | null, expected = 'start', error?: string): AccuracyPhoto => ({
  id: `${exercise}-${expected}-${placed ?? 'unsure'}`,
  exercise,
  expected,
  placed,
  right: placed === expected,
  sentence: '',
  ...(error === undefined ? {} : { error }),
});

const report = (model: string, evidence: AccuracyReport['evidence']): AccuracyReport => ({
  date: '2026-12-02',
  command: `npm run eval -- m.json --model ${model}`,
  model,
  machine: '2 cores',
  summaryLine: 'eval: clips=0',
  exercises: [],
  clips: [],
  photos: [],
  evidence,
});

describe('what each exercise was checked on', () => {
  const ids = ['row', 'knee-to-chest', 'arm-circles', 'neck-roll'];
  const clips = [
    clip('row', 'exact', 'a'),
    clip('row', 'within tolerance', 'b'),
    clip('row', 'off by one', 'c'),
    clip('row', 'error', 'd'),
    clip('neck-roll', 'off', 'e'),
    // An exercise not registered when the eval ran: no catalog row to put it in.
    clip('pull-up', 'exact', 'f'),
  ];
  const photos = [
    photo('row', 'start'),
    photo('row', null, 'peak'),
    photo('knee-to-chest', 'hold', 'hold'),
    photo('knee-to-chest', null, 'out', 'unreadable image'),
  ];
  const evidence = exerciseEvidence(ids, clips, photos);

  it('gives every catalog exercise a row, in catalog order, and none to an unknown one', () => {
    expect(evidence.map((e) => e.exercise)).toEqual(ids);
  });

  it('counts the clips that ran, those counted within tolerance and those spot on; the ones that could not run apart', () => {
    expect(evidence[0]).toMatchObject({ clips: 3, countedRight: 2, exact: 1, clipErrors: 1 });
    expect(evidence[3]).toMatchObject({ clips: 1, countedRight: 0, exact: 0, clipErrors: 0 });
  });

  it('counts the photos that ran and those placed right; a photo that could not run is no evidence', () => {
    expect(evidence[0]).toMatchObject({ photos: 2, positionsRight: 1, photoErrors: 0 });
    expect(evidence[1]).toMatchObject({ clips: 0, photos: 1, positionsRight: 1, photoErrors: 1 });
  });

  it('leaves an exercise with no footage at the puppet alone', () => {
    expect(evidence[2]).toEqual(puppetOnly('arm-circles'));
    expect(hasFootage(evidence[2] ?? puppetOnly('x'))).toBe(false);
    expect(hasFootage(evidence[1] ?? puppetOnly('x'))).toBe(true);
  });

  it('says it in words for the evidence table', () => {
    expect(evidence.map(evidenceSummary)).toEqual([
      '3 real clips: 2 counted right, 1 exact; 2 real photos: 1 placed right; 1 clip could not run',
      '1 real photo: 1 placed right; 1 photo could not run',
      'puppet only',
      '1 real clip: 0 counted right, 0 exact',
    ]);
  });

  it('says on the card what was checked, and that counts are less proven without real clips', () => {
    expect(evidence.map(evidenceNote)).toEqual([
      'Checked on 3 real clips (2 counted right) and 2 real photos (1 placed right).',
      'Checked on 1 real photo (1 placed right) but no real clip yet: counts may be less reliable.',
      'Checked on synthetic movement only — no real footage yet: counts and cues may be less reliable.',
      'Checked on 1 real clip (0 counted right).',
    ]);
  });
});

describe('the evidence of one exercise for one model', () => {
  const lite = report('lite', [{ ...puppetOnly('row'), clips: 3, countedRight: 3, exact: 2 }]);
  const full = report('full', [{ ...puppetOnly('row'), clips: 3, countedRight: 2, exact: 2 }]);
  const publication: AccuracyPublication = { reports: [lite, full] };

  it("is that model's report when it has one, else the first published", () => {
    expect(evidenceFor(publication, 'row', 'full')?.evidence.countedRight).toBe(2);
    expect(evidenceFor(publication, 'row', 'heavy')).toMatchObject({ model: 'lite', evidence: { countedRight: 3 } });
    expect(evidenceFor(publication, 'row')?.model).toBe('lite');
  });

  it('is the puppet alone for an exercise added since the run, and nothing when nothing is published', () => {
    expect(evidenceFor(publication, 'butterfly', 'lite')?.evidence).toEqual(puppetOnly('butterfly'));
    expect(evidenceFor({ reports: [] }, 'row')).toBeNull();
  });
});
