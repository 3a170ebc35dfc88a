import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../src/exercises';
import type { AccuracyPublication, AccuracyReport } from '../src/ui/accuracy/accuracy-report';
import { exerciseEvidence, puppetOnly } from '../src/ui/accuracy/evidence';
import { reportMarkdown, withSection } from './eval/publish';
import { catalogEvidence, evidenceText, forCatalog, readPublication } from './evidence-table';

const IDS = EXERCISES.map((exercise) => exercise.id);
const README = join(import.meta.dirname, '..', 'README.md');

const report = (model: string, clips: AccuracyReport['clips']): AccuracyReport => ({
  date: '2026-12-02',
  command: `npm run eval -- m.json --model ${model}`,
  model,
  machine: '2 cores',
  summaryLine: 'eval: …',
  exercises: [],
  clips,
  photos: [],
  // As published before the catalog gained exercises: only the row.
  evidence: [{ ...puppetOnly('row'), clips: clips.length }],
});

const rowClip = {
  id: 'row-a',
  exercise: 'row',
  expected: 2,
  counted: 3,
  tolerance: 1,
  verdict: 'within tolerance',
  trackableShare: 0.9,
  cues: [],
} as const;

describe('npm run catalog: what each exercise was checked on', () => {
  const publication: AccuracyPublication = forCatalog(
    { reports: [report('lite', [rowClip]), report('full', [])] },
    IDS,
  );

  it('gives every exercise of the catalog its evidence per published model, the puppet alone where no footage ran', () => {
    expect(publication.reports.map((r) => r.evidence.length)).toEqual([IDS.length, IDS.length]);
    expect(catalogEvidence(publication, 'row').map((e) => [e.model, e.summary, e.puppet])).toEqual([
      ['lite', '1 real clip: 1 counted right, 0 exact', true],
      ['full', 'puppet only', true],
    ]);
    expect(catalogEvidence(publication, 'arm-circles').map((e) => e.summary)).toEqual(['puppet only', 'puppet only']);
  });

  it('prints a row per exercise and a column per model', () => {
    const lines = evidenceText(publication, IDS).split('\n');
    expect(lines).toHaveLength(IDS.length + 1);
    expect(lines[0]).toMatch(/^exercise\s+lite model\s+full model$/);
    expect(lines.find((line) => line.startsWith('row '))).toMatch(
      /^row\s+1 real clip: 1 counted right, 0 exact\s+puppet only$/,
    );
  });
});

describe('the published accuracy results', () => {
  const published = readPublication();

  it('agree with each report’s own clips and photos, exercise by exercise', () => {
    expect(published.reports.length).toBeGreaterThan(0);
    for (const report of published.reports) {
      const ids = report.evidence.map((e) => e.exercise);
      expect(exerciseEvidence(ids, report.clips, report.photos), report.model).toEqual(report.evidence);
    }
  });

  it('are what the README’s accuracy section shows (npm run catalog -- --readme rewrites it)', async () => {
    const readme = readFileSync(README, 'utf8');
    const options = (await resolveConfig(README)) ?? {};
    const expected = await format(withSection(readme, reportMarkdown(forCatalog(published, IDS))), {
      ...options,
      filepath: README,
    });
    expect(readme).toBe(expected);
    // Formatting the whole README takes seconds on a busy machine.
  }, 30_000);
});
