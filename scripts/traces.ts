/**
 * npm run traces -- <dir of full traces> [--out tests/fixtures/footage-traces]
 *
 * Compacts the landmark traces `npm run eval -- <manifest> --traces <dir>` records into the small
 * files the footage replay test reads (tests/replay/compact-trace.ts says what is kept), and checks
 * that each one replays through the engine to exactly what its full trace does: the same counts,
 * holds (to the millisecond) and cues (id and time). Stops with an error if any differs.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CoachSummary } from '../src/coach/coach';
import { findExercise } from '../src/exercises';
import { parseTrace } from '../src/pose/trace';
import { compactTrace, expandTrace, packTrace, unpackTrace } from '../tests/replay/compact-trace';
import { replay } from '../tests/support/replay';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'tests/fixtures/footage-traces' } },
});
const [from] = positionals;
if (!from) {
  console.error('usage: npm run traces -- <dir of full traces> [--out tests/fixtures/footage-traces]');
  process.exit(2);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

/** What a replay comes to, as far as the eval and the replay test look. */
const outcome = (summary: CoachSummary) =>
  JSON.stringify({
    counts: summary.counts,
    holds: summary.holds.map((hold) => [hold.side, hold.heldMs]),
    cues: summary.cues.map((cue) => [cue.id, cue.timeMs]),
  });

let total = 0;
let failed = 0;
for (const file of readdirSync(from)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const id = basename(file, '.json');
  const trace = parseTrace(readFileSync(join(from, file), 'utf8'));
  const exercise = trace.exercise === undefined ? undefined : findExercise(trace.exercise);
  if (!exercise) {
    console.error(`${id}: the trace names no registered exercise (${trace.exercise ?? 'none'}); skipped`);
    failed++;
    continue;
  }
  const packed = packTrace(compactTrace(trace));
  const full = outcome(replay(exercise, trace.frames).summary);
  const compact = outcome(replay(exercise, expandTrace(unpackTrace(packed))).summary);
  if (full !== compact) {
    console.error(`${id}: the compact trace replays differently\n  full:    ${full}\n  compact: ${compact}`);
    failed++;
    continue;
  }
  writeFileSync(join(out, `${id}.json.gz`), packed);
  total += packed.length;
  const sizeKb = (packed.length / 1024).toFixed(0).padStart(5);
  console.log(`${id.padEnd(34)} ${String(trace.frames.length).padStart(5)} frames ${sizeKb} KB  replays the same`);
}
console.log(`${(total / 1024).toFixed(0)} KB in ${out}`);
if (failed > 0) process.exit(1);
