import { describe, expect, it } from 'vitest';
import type { AccuracyReport } from '../../src/ui/accuracy/accuracy-report';
import { buildReport, reportMarkdown, upgradeReport, withReport, withSection, type RunDetails } from './publish';
import type { ClipOutcome, ClipResult } from './metrics';
import type { PhotoOutcome } from './photos';

const IDS = ['row', 'knee-to-chest', 'arm-circles'];

const result = (id: string, exercise: string, expected: number, counted: number, tolerance = 0): ClipResult => ({
  id,
  exercise,
  unit: 'reps',
  expected,
  counted,
  tolerance,
  expectCues: [],
  forbidCues: [],
  cues: [{ id: 'neck-neutral', tS: 1.5 }],
  trackableShare: 0.9,
  fps: 20,
  durationS: 10,
});

const clips: ClipOutcome[] = [
  result('row-a', 'row', 6, 6),
  result('row-b', 'row', 2, 3, 1),
  result('row-c', 'row', 4, 2),
  { id: 'row-gone', exercise: 'row', error: 'file not found', expected: 3 },
  { id: 'later', exercise: 'row', error: 'not run yet', skipped: true },
];

const photos: PhotoOutcome[] = [
  {
    id: 'knee-held',
    exercise: 'knee-to-chest',
    expected: 'hold',
    placed: 'hold',
    sentence: 'You are in the held position',
  },
  { id: 'knee-down', exercise: 'knee-to-chest', expected: 'out', placed: null, sentence: "I can't tell | sure" },
  { id: 'knee-gone', exercise: 'knee-to-chest', expected: 'out', placed: null, sentence: '', error: 'unreadable' },
];

const details = (model: string): RunDetails => ({
  manifestPaths: ['/footage/manifest.json', '/footage/manifest-photos.json'],
  model,
  browser: 'Chromium 1',
  delegate: 'CPU',
});

const date = new Date('2026-12-02T06:00:00Z');

describe('the published report of one eval run', () => {
  const report = buildReport({ clips, photos }, details('lite'), IDS, date);

  it('names every manifest in the command that reproduces it, and ends the summary in the photo positions', () => {
    expect(report.command).toMatch(/manifest\.json .*manifest-photos\.json --model lite$/);
    expect(report.summaryLine).toMatch(/^eval: clips=3 errors=1 exact=2 .* positions=1\/3$/);
  });

  it('records what every catalog exercise was checked on, footage or not', () => {
    expect(report.evidence).toEqual([
      {
        exercise: 'row',
        clips: 3,
        countedRight: 2,
        exact: 1,
        clipErrors: 1,
        photos: 0,
        positionsRight: 0,
        photoErrors: 0,
      },
      {
        exercise: 'knee-to-chest',
        clips: 0,
        countedRight: 0,
        exact: 0,
        clipErrors: 0,
        photos: 2,
        positionsRight: 1,
        photoErrors: 1,
      },
      {
        exercise: 'arm-circles',
        clips: 0,
        countedRight: 0,
        exact: 0,
        clipErrors: 0,
        photos: 0,
        positionsRight: 0,
        photoErrors: 0,
      },
    ]);
  });

  it('keeps each photo with its verdict, and leaves out entries eval does not run', () => {
    expect(report.photos.map((p) => [p.id, p.right, p.error ?? null])).toEqual([
      ['knee-held', true, null],
      ['knee-down', false, null],
      ['knee-gone', false, 'unreadable'],
    ]);
    expect(report.clips.map((c) => c.id)).toEqual(['row-a', 'row-b', 'row-c', 'row-gone']);
  });
});

describe('publishing beside the other models', () => {
  const lite = buildReport({ clips, photos }, details('lite'), IDS, date);
  const full = buildReport({ clips: clips.slice(0, 1), photos: [] }, details('full'), IDS, date);

  it("adds the full model's report beside lite's, lite first, and replaces only the same model's", () => {
    const both = withReport({ reports: [lite] }, full, IDS);
    expect(both.reports.map((r) => r.model)).toEqual(['lite', 'full']);
    const fullFirst = withReport({ reports: [full] }, lite, IDS);
    expect(fullFirst.reports.map((r) => r.model)).toEqual(['lite', 'full']);
    const again = withReport(both, { ...full, date: '2026-12-03' }, IDS);
    expect(again.reports.map((r) => [r.model, r.date])).toEqual([
      ['lite', '2026-12-02'],
      ['full', '2026-12-03'],
    ]);
  });

  it('starts afresh from nothing, and keeps a report written before reports were kept per model', () => {
    expect(withReport(null, full, IDS).reports).toEqual([full]);
    // A report as written before photos and evidence were published.
    const legacy: Record<string, unknown> = { ...lite };
    delete legacy['photos'];
    delete legacy['evidence'];
    const kept = withReport(legacy, full, IDS).reports[0];
    expect(kept?.model).toBe('lite');
    expect(kept?.photos).toEqual([]);
    expect(kept?.evidence.find((e) => e.exercise === 'row')).toMatchObject({ clips: 3, countedRight: 2 });
    expect(upgradeReport(lite, IDS)).toEqual(lite);
  });

  it('writes the README section with a column per model and a table of photos', () => {
    const markdown = reportMarkdown(withReport({ reports: [lite] }, full, IDS));
    expect(markdown).toContain('| exercise | lite model | full model |');
    expect(markdown).toContain(
      '| `row` | 3 real clips: 2 counted right, 1 exact; 1 clip could not run | 1 real clip: 1 counted right, 1 exact |',
    );
    expect(markdown).toContain('| `arm-circles` | puppet only | puppet only |');
    expect(markdown).toContain(
      '| `knee-to-chest` | 2 real photos: 1 placed right; 1 photo could not run | puppet only |',
    );
    expect(markdown).toContain("| knee-down | `knee-to-chest` | out | not sure | wrong | I can't tell \\| sure |");
    expect(markdown.match(/^\*\*(\w+) model\*\*/gm)).toEqual(['**lite model**', '**full model**']);
  });

  it('replaces only the generated section of the README', () => {
    const readme = 'intro\n<!-- accuracy:start -->\nold\n<!-- accuracy:end -->\noutro\n';
    const report: AccuracyReport = full;
    const section = reportMarkdown({ reports: [report] });
    expect(withSection(readme, section)).toBe(`intro\n${section}\noutro\n`);
    expect(() => withSection('no section', section)).toThrow(/accuracy:start/);
  });
});
