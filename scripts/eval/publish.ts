/**
 * `--publish`: writes the results where people read them — the app's Accuracy page and exercise
 * cards (src/ui/accuracy/accuracy.json) and the README's accuracy section — so the numbers shown
 * are always the ones `npm run eval` produced. One report per pose model: publishing with
 * `--model full` adds or replaces the full model's report beside the others, never overwrites them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { cpus } from 'node:os';
import { relative } from 'node:path';
import { MODEL_VARIANTS, type ModelVariant } from '../../src/detection/detector-api';
import type {
  AccuracyClip,
  AccuracyExercise,
  AccuracyPhoto,
  AccuracyPublication,
  AccuracyReport,
} from '../../src/ui/accuracy/accuracy-report';
import { evidenceSummary, exerciseEvidence } from '../../src/ui/accuracy/evidence';
import { formatSummaryLine } from './format';
import { isFailure, scoreClip, summarize, type ClipOutcome } from './metrics';
import { formatPositions, photoRecord, scorePositions, type PhotoOutcome } from './photos';

export const REPORT_PATH = 'src/ui/accuracy/accuracy.json';
const README = 'README.md';
const START = '<!-- accuracy:start -->';
const END = '<!-- accuracy:end -->';

export interface RunDetails {
  readonly manifestPaths: readonly string[];
  readonly model: string;
  readonly browser: string;
  readonly delegate: string;
}

export interface RunOutcomes {
  readonly clips: readonly ClipOutcome[];
  readonly photos: readonly PhotoOutcome[];
}

export function buildReport(
  outcomes: RunOutcomes,
  details: RunDetails,
  exerciseIds: readonly string[],
  date = new Date(),
): AccuracyReport {
  // An entry of a kind eval does not run is neither evidence nor an error.
  const ran = outcomes.clips.filter((outcome) => !(isFailure(outcome) && outcome.skipped));
  const exercises = [...new Set(ran.map((outcome) => outcome.exercise).filter(Boolean))].sort();
  const manifests = details.manifestPaths.map((path) => relative(process.cwd(), path) || path).join(' ');
  const positions = outcomes.photos.length > 0 ? ` ${formatPositions(scorePositions(outcomes.photos))}` : '';
  const clips = ran.map(accuracyClip);
  const photos = outcomes.photos.map((outcome): AccuracyPhoto => photoRecord(outcome));
  return {
    date: date.toISOString().slice(0, 10),
    command: `npm run eval -- ${manifests} --model ${details.model}`,
    model: details.model,
    machine: `${cpus().length} cores, ${details.browser}, ${details.delegate}`,
    summaryLine: `${formatSummaryLine(summarize(ran))}${positions}`,
    exercises: exercises.map((exercise): AccuracyExercise => {
      const summary = summarize(ran.filter((outcome) => outcome.exercise === exercise));
      return {
        exercise,
        clips: summary.clips,
        errors: summary.errors,
        exact: summary.exact,
        obo: summary.obo,
        mae: summary.mae,
      };
    }),
    clips,
    photos,
    evidence: exerciseEvidence(exerciseIds, clips, photos),
  };
}

function accuracyClip(outcome: ClipOutcome): AccuracyClip {
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
}

const modelRank = (model: string): number => {
  const rank = MODEL_VARIANTS.indexOf(model as ModelVariant);
  return rank < 0 ? MODEL_VARIANTS.length : rank;
};

/**
 * The publication with `report` in place of its model's earlier one (or added), in model order.
 * `previous` is what accuracy.json held: a publication, a single report from before reports were
 * kept per model, or nothing. An older report keeps its clips; its evidence is computed again for
 * the catalog when it had none.
 */
export function withReport(
  previous: unknown,
  report: AccuracyReport,
  exerciseIds: readonly string[],
): AccuracyPublication {
  const earlier: AccuracyReport[] = [];
  if (isObject(previous) && Array.isArray(previous.reports)) earlier.push(...(previous.reports as AccuracyReport[]));
  else if (isObject(previous) && typeof previous.model === 'string')
    earlier.push(previous as unknown as AccuracyReport);
  const kept = earlier.filter((old) => old.model !== report.model).map((old) => upgradeReport(old, exerciseIds));
  const reports = [...kept, report];
  return { reports: reports.sort((a, b) => modelRank(a.model) - modelRank(b.model)) };
}

/** A report from before photos and evidence were published: its clips' evidence, for the catalog. */
export function upgradeReport(old: AccuracyReport, exerciseIds: readonly string[]): AccuracyReport {
  // Fields absent from reports written before they existed, whatever the type says.
  const photos = (old.photos as AccuracyReport['photos'] | undefined) ?? [];
  const evidence =
    (old.evidence as AccuracyReport['evidence'] | undefined) ?? exerciseEvidence(exerciseIds, old.clips, photos);
  return { ...old, photos, evidence };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The README section, as Markdown: the evidence of every exercise per model, then each model's run. */
export function reportMarkdown(publication: AccuracyPublication): string {
  const { reports } = publication;
  const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
  const ids = [...new Set(reports.flatMap((report) => report.evidence.map((e) => e.exercise)))];
  const cell = (report: AccuracyReport, id: string) => {
    const evidence = report.evidence.find((e) => e.exercise === id);
    return evidence ? evidenceSummary(evidence) : 'not in the catalog at the time';
  };
  const evidenceTable = [
    'Every exercise is tested on the puppet (synthetic landmarks with known answers). What each was also checked on in real footage, per pose model ("counted right" = within the clip\'s tolerance; "placed right" = the photo\'s position):',
    '',
    `| exercise | ${reports.map((report) => `${report.model} model`).join(' | ')} |`,
    `| --- | ${reports.map(() => '---').join(' | ')} |`,
    ...ids.map((id) => `| \`${id}\` | ${reports.map((report) => cell(report, id)).join(' | ')} |`),
  ];
  const perModel = reports.flatMap((report) => [
    '',
    `**${report.model} model**: measured on ${report.date} with \`${report.command}\` (${report.machine}):`,
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
    ...(report.photos.length === 0
      ? []
      : [
          '',
          '| photo | exercise | expected | placed | verdict | what the app says |',
          '| --- | --- | --- | --- | --- | --- |',
          ...report.photos.map(
            (p) =>
              `| ${p.id} | \`${p.exercise}\` | ${p.expected} | ${p.placed ?? 'not sure'} | ${p.error ? `error: ${p.error}` : p.right ? 'right' : 'wrong'} | ${p.sentence.replaceAll('|', '\\|') || '–'} |`,
          ),
        ]),
  ]);
  return [START, ...evidenceTable, ...perModel, END].join('\n');
}

export async function publishResults(
  outcomes: RunOutcomes,
  details: RunDetails,
  exerciseIds: readonly string[],
): Promise<void> {
  const report = buildReport(outcomes, details, exerciseIds);
  const previous: unknown = existsSync(REPORT_PATH) ? JSON.parse(readFileSync(REPORT_PATH, 'utf8')) : null;
  const publication = withReport(previous, report, exerciseIds);
  await writeFormatted(REPORT_PATH, JSON.stringify(publication));
  await writeFormatted(README, withSection(readFileSync(README, 'utf8'), reportMarkdown(publication)));
}

/** The README with its generated accuracy section replaced; the text around it is untouched. */
export function withSection(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${START} … ${END} section to update`);
  return readme.slice(0, start) + section + readme.slice(end + END.length);
}

/** Written as Prettier would, so `npm run check` stays clean after publishing. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}
