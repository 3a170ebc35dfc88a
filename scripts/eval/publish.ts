/**
 * `--publish`: writes the results where people read them — the app's Accuracy page
 * (src/ui/accuracy/accuracy.json) and the README's accuracy section — so the numbers shown are
 * always the ones `npm run eval` produced.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { cpus } from 'node:os';
import { relative } from 'node:path';
import type { AccuracyClip, AccuracyExercise, AccuracyReport } from '../../src/ui/accuracy/accuracy-report';
import { formatSummaryLine } from './format';
import { isFailure, scoreClip, summarize, type ClipOutcome } from './metrics';

export const REPORT_PATH = 'src/ui/accuracy/accuracy.json';
const README = 'README.md';
const START = '<!-- accuracy:start -->';
const END = '<!-- accuracy:end -->';

export interface RunDetails {
  readonly manifestPath: string;
  readonly model: string;
  readonly browser: string;
  readonly delegate: string;
}

export function buildReport(outcomes: readonly ClipOutcome[], details: RunDetails, date = new Date()): AccuracyReport {
  const exercises = [...new Set(outcomes.map((outcome) => outcome.exercise).filter(Boolean))].sort();
  return {
    date: date.toISOString().slice(0, 10),
    command: `npm run eval -- ${relative(process.cwd(), details.manifestPath) || details.manifestPath} --model ${details.model}`,
    model: details.model,
    machine: `${cpus().length} cores, ${details.browser}, ${details.delegate}`,
    summaryLine: formatSummaryLine(summarize(outcomes)),
    exercises: exercises.map((exercise): AccuracyExercise => {
      const own = outcomes.filter((outcome) => outcome.exercise === exercise);
      const summary = summarize(own);
      return {
        exercise,
        clips: summary.clips,
        errors: summary.errors,
        exact: summary.exact,
        obo: summary.obo,
        mae: summary.mae,
      };
    }),
    clips: outcomes.map((outcome): AccuracyClip => {
      if (isFailure(outcome)) {
        return {
          id: outcome.id,
          exercise: outcome.exercise,
          expected: outcome.expected ?? null,
          counted: null,
          tolerance: 0,
          verdict: 'error',
          error: outcome.error,
          trackableShare: null,
          cues: [],
        };
      }
      const score = scoreClip(outcome);
      return {
        id: outcome.id,
        exercise: outcome.exercise,
        expected: outcome.expected,
        counted: outcome.counted,
        tolerance: outcome.tolerance,
        verdict: score.difference === 0 ? 'exact' : score.exact ? 'within tolerance' : score.obo ? 'off by one' : 'off',
        trackableShare: outcome.trackableShare,
        cues: [...new Set(outcome.cues.map((cue) => cue.id))],
      };
    }),
  };
}

/** The README section, as Markdown. */
export function reportMarkdown(report: AccuracyReport): string {
  const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
  return [
    START,
    `Measured on ${report.date} with \`${report.command}\` (${report.machine}):`,
    '',
    '```',
    report.summaryLine,
    '```',
    '',
    '| exercise | clips | counted right | within one | mean relative error | could not run |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.exercises.map(
      (e) => `| \`${e.exercise}\` | ${e.clips} | ${e.exact} | ${e.obo} | ${e.mae.toFixed(3)} | ${e.errors} |`,
    ),
    '',
    '| clip | exercise | expected | counted | verdict | trackable | cues fired |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.clips.map(
      (c) =>
        `| ${c.id} | \`${c.exercise}\` | ${c.expected ?? '–'} | ${c.counted ?? '–'} | ${c.error ? `error: ${c.error}` : c.verdict} | ${percent(c.trackableShare)} | ${c.cues.join(', ') || '–'} |`,
    ),
    END,
  ].join('\n');
}

export async function publishResults(outcomes: readonly ClipOutcome[], details: RunDetails): Promise<void> {
  const report = buildReport(outcomes, details);
  await writeFormatted(REPORT_PATH, JSON.stringify(report));
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${START} … ${END} section to update`);
  await writeFormatted(README, readme.slice(0, start) + reportMarkdown(report) + readme.slice(end + END.length));
}

/** Written as Prettier would, so `npm run check` stays clean after publishing. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}
