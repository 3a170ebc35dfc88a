/** npm run catalog: every registered exercise, with its checks and cues, as JSON on stdout. */
import { catalogEntry } from '../src/exercises/catalog';
import { EXERCISES } from '../src/exercises';

process.stdout.write(`${JSON.stringify(EXERCISES.map(catalogEntry), null, 2)}\n`);
