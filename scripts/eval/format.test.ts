import { describe, expect, it } from 'vitest';
import { formatClipRow, formatCue, formatHeader, formatSummaryLine, formatTable, timingNote } from './format';
import { summarize, type ClipResult, type EvalSummary } from './metrics';

const SUMMARY_LINE =
  /^eval: clips=\d+ errors=\d+ exact=\d+ obo=\d+ mae=\d+\.\d{3} phantom=\d+ cues_hit=\d+\/\d+ false_cues_per_min=\d+\.\d$/;

const summary: EvalSummary = {
  clips: 4,
  errors: 2,
  exact: 2,
  obo: 3,
  mae: (0 + 1 / 3 + 2 + 1 / 7) / 4,
  phantom: 2,
  cuesHit: 2,
  cuesExpected: 3,
  falseCuesPerMin: 2 / 3,
};

const clip: ClipResult = {
  id: 'neck-tilts-seated',
  exercise: 'neck-tilts',
  unit: 'holds',
  expected: 7,
  counted: 6,
  left: 4,
  right: 3,
  countedLeft: 3,
  countedRight: 3,
  tolerance: 0,
  expectCues: ['neck-neutral', 'chin-level'],
  forbidCues: ['shrug'],
  cues: [
    { id: 'neck-neutral', tS: 4.2 },
    { id: 'shrug', tS: 9.04 },
  ],
  trackableShare: 0.984,
  fps: 30,
  durationS: 15.4,
};

describe('formatSummaryLine', () => {
  it('prints exactly the form the eval issue gives', () => {
    expect(formatSummaryLine(summary)).toBe(
      'eval: clips=4 errors=2 exact=2 obo=3 mae=0.619 phantom=2 cues_hit=2/3 false_cues_per_min=0.7',
    );
  });

  it('keeps the decimals when everything is zero', () => {
    const line = formatSummaryLine(summarize([]));
    expect(line).toBe('eval: clips=0 errors=0 exact=0 obo=0 mae=0.000 phantom=0 cues_hit=0/0 false_cues_per_min=0.0');
    expect(line).toMatch(SUMMARY_LINE);
  });

  it('rounds rather than truncates', () => {
    expect(formatSummaryLine({ ...summary, mae: 0.12351, falseCuesPerMin: 12.96 })).toMatch(
      /mae=0\.124 .* false_cues_per_min=13\.0$/,
    );
  });
});

describe('the table', () => {
  it('formats a cue with its time to 0.1 s, marking forbidden ones', () => {
    expect(formatCue({ id: 'neck-neutral', tS: 4.24 })).toBe('neck-neutral@4.2s');
    expect(formatCue({ id: 'shrug', tS: 9.04 }, true)).toBe('shrug@9.0s!');
  });

  it('shows expected vs counted per side, the verdict, tracking, fps and cues', () => {
    const row = formatClipRow(clip);
    expect(row.split(/\s{2,}/)).toEqual([
      'neck-tilts-seated',
      'neck-tilts',
      'holds',
      '7 (L4 R3)',
      '6 (L3 R3)',
      'obo -1',
      '98%',
      '30.0',
      'neck-neutral@4.2s, shrug@9.0s!; missed: chin-level',
    ]);
  });

  it('says whether a miss is within tolerance', () => {
    const plain = { ...clip, left: undefined, right: undefined, countedLeft: undefined, countedRight: undefined };
    const cells = (fields: Partial<ClipResult>) => formatClipRow({ ...plain, ...fields }).split(/\s{2,}/);
    expect(cells({ counted: 7 })).toContain('exact');
    expect(cells({ counted: 9, tolerance: 2 })).toContain('ok +2');
    expect(cells({ counted: 3 })).toContain('off -4');
    expect(cells({ counted: 7 })).toContain('7');
    expect(cells({ cues: [], expectCues: [] })).toContain('-');
  });

  it('lines the columns up under the header', () => {
    const header = formatHeader();
    const row = formatClipRow(clip);
    for (const [title, value] of [
      ['EXERCISE', 'neck-tilts'],
      ['UNIT', 'holds'],
      ['EXPECTED', '7 (L4 R3)'],
      ['VERDICT', 'obo -1'],
      ['CUES', 'neck-neutral@4.2s'],
    ] as const) {
      expect(row.indexOf(value, 'neck-tilts-seated'.length), title).toBe(header.indexOf(title));
    }
    // Numbers are right-aligned under their titles.
    expect(row.indexOf('98%') + 3).toBe(header.indexOf('TRACK') + 5);
    expect(row.indexOf('30.0') + 4).toBe(header.indexOf('FPS') + 3);
  });

  it('shows an error row with its reason, and a header above all rows', () => {
    const table = formatTable([{ id: 'superman-prone', exercise: 'superman', error: 'file not found: /x.mp4' }, clip]);
    const [header, error, row] = table.split('\n');
    expect(header).toBe(formatHeader());
    expect(error).toMatch(/^superman-prone\s+superman\s+ERROR: file not found: \/x\.mp4$/);
    expect(row).toBe(formatClipRow(clip));
    expect(formatClipRow({ id: 'clip #3', exercise: '', error: 'id is missing' })).toMatch(
      /^clip #3\s+\? +ERROR: id is missing$/,
    );
  });
});

describe('timingNote', () => {
  const timing = { frames: 3000, analysisS: 130, inferenceS: 110, bareS: 100, measuringS: 20 };

  it('compares the run after start-up, less the bare-model measurements, with the bare model’s time', () => {
    // 12 s start-up, 20 s measuring: 162 − 12 − 20 = 130 s = 1.30 × the bare model's 100 s.
    const note = timingNote(timing, 12, 162);
    expect(note).toContain('needs 100 s for those frames (30.0 frames/s)');
    expect(note).toContain('took 130 s = 1.30 × that (bound 1.3 ×: met)');
  });

  it('says the bound is missed when the run is slower than 1.3 × the bare model', () => {
    expect(timingNote(timing, 12, 170)).toContain('= 1.38 × that (bound 1.3 ×: missed)');
  });
});
