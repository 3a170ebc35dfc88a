/**
 * The published per-exercise evidence, for `npm run catalog`: what each exercise was checked on
 * per pose model (src/ui/accuracy/accuracy.json, written by `npm run eval -- … --publish`), as
 * data beside each catalog entry, as a plain-text table, and as the README's accuracy section.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AccuracyPublication, ExerciseEvidence } from '../src/ui/accuracy/accuracy-report';
import { evidenceFor, evidenceSummary, exerciseEvidence } from '../src/ui/accuracy/evidence';

export const PUBLISHED = resolve(import.meta.dirname, '../src/ui/accuracy/accuracy.json');

export function readPublication(path = PUBLISHED): AccuracyPublication {
  return JSON.parse(readFileSync(path, 'utf8')) as AccuracyPublication;
}

/**
 * The publication with each report's evidence computed again from its own clips and photos for
 * the exercises of today's catalog: an exercise added since the run shows as puppet only, not as
 * missing. The clips and photos themselves are what the eval measured, untouched.
 */
export function forCatalog(publication: AccuracyPublication, exerciseIds: readonly string[]): AccuracyPublication {
  return {
    reports: publication.reports.map((report) => ({
      ...report,
      evidence: exerciseEvidence(exerciseIds, report.clips, report.photos),
    })),
  };
}

/** One exercise's evidence per published model, as `npm run catalog` prints it in each entry. */
export function catalogEvidence(
  publication: AccuracyPublication,
  exercise: string,
): (ExerciseEvidence & { readonly model: string; readonly puppet: true; readonly summary: string })[] {
  return publication.reports.flatMap((report) => {
    const found = evidenceFor(publication, exercise, report.model);
    // Every exercise has puppet tests (src/exercises/*.test.ts), whatever footage it was run on.
    return found
      ? [{ model: found.model, ...found.evidence, puppet: true as const, summary: evidenceSummary(found.evidence) }]
      : [];
  });
}

/** `npm run catalog -- --evidence`: a row per exercise, a column per model. */
export function evidenceText(publication: AccuracyPublication, exerciseIds: readonly string[]): string {
  const rows = [
    ['exercise', ...publication.reports.map((report) => `${report.model} model`)],
    ...exerciseIds.map((id) => [id, ...catalogEvidence(publication, id).map((e) => e.summary)]),
  ];
  const columns = publication.reports.length + 1;
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
