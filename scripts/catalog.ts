/**
 * npm run catalog: every registered exercise, with its checks, cues and what it was checked on
 * (real clips, real photos, or the puppet only, per published pose model), as JSON on stdout.
 * npm run catalog -- --evidence: that evidence alone, as a table (a row per exercise, a column per model).
 * npm run catalog -- --readme: rewrites the table of measure builders in src/exercises/README.md
 * from the builders' doc comments, and the README's accuracy section from the published results
 * (src/ui/accuracy/accuracy.json), then formats both with Prettier.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { catalogEntry } from '../src/exercises/catalog';
import { EXERCISES } from '../src/exercises';
import { reportMarkdown, withSection } from './eval/publish';
import { catalogEvidence, evidenceText, forCatalog, readPublication } from './evidence-table';
import { allBuilders, builderTable, README, withTable } from './measure-table';

const ids = EXERCISES.map((exercise) => exercise.id);
const publication = forCatalog(readPublication(), ids);

async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}

if (process.argv.includes('--readme')) {
  await writeFormatted(README, withTable(readFileSync(README, 'utf8'), builderTable(allBuilders())));
  process.stdout.write(`${README}: ${allBuilders().length} builders\n`);
  const projectReadme = 'README.md';
  await writeFormatted(projectReadme, withSection(readFileSync(projectReadme, 'utf8'), reportMarkdown(publication)));
  process.stdout.write(`${projectReadme}: accuracy of ${publication.reports.map((r) => r.model).join(', ')}\n`);
} else if (process.argv.includes('--evidence')) {
  process.stdout.write(`${evidenceText(publication, ids)}\n`);
} else {
  const entries = EXERCISES.map((exercise) => ({
    ...catalogEntry(exercise),
    evidence: catalogEvidence(publication, exercise.id),
  }));
  process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
}
