/**
 * npm run catalog: every registered exercise, with its checks and cues, as JSON on stdout.
 * npm run catalog -- --readme: rewrites the table of measure builders in src/exercises/README.md
 * from the builders' doc comments (then formats it with Prettier).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { catalogEntry } from '../src/exercises/catalog';
import { EXERCISES } from '../src/exercises';
import { allBuilders, builderTable, README, withTable } from './measure-table';

if (process.argv.includes('--readme')) {
  const text = withTable(readFileSync(README, 'utf8'), builderTable(allBuilders()));
  const options = (await resolveConfig(README)) ?? {};
  writeFileSync(README, await format(text, { ...options, filepath: README }));
  process.stdout.write(`${README}: ${allBuilders().length} builders\n`);
} else {
  process.stdout.write(`${JSON.stringify(EXERCISES.map(catalogEntry), null, 2)}\n`);
}
