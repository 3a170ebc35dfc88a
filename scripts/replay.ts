/**
 * npm run replay -- <trace.json | trace.json.gz> <exercise id | path/to/exercise.ts> [--from s] [--to s] [--every n]
 *
 * Replays a landmark trace (recorded in the app, or by `npm run eval -- … --traces dir`) through
 * the engine and prints what it saw: set-up, view, phase and every measure, a line every `n`
 * frames and at each event, then the summary. For tuning an exercise's thresholds in seconds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Coach } from '../src/coach/coach';
import type { ExerciseSpec } from '../src/coach/exercise';
import { findExercise } from '../src/exercises';
import { parseTrace } from '../src/pose/trace';
import { expandTrace, unpackTrace } from '../tests/replay/compact-trace';

const USAGE = 'usage: npm run replay -- <trace.json> <exercise id | exercise file> [--from s] [--to s] [--every n]';

async function exerciseFrom(name: string): Promise<ExerciseSpec | undefined> {
  const registered = findExercise(name);
  if (registered) return registered;
  const module = (await import(resolve(name))) as Record<string, unknown>;
  return Object.values(module).find(
    (value): value is ExerciseSpec =>
      typeof value === 'object' && value !== null && 'counting' in value && 'id' in value,
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string', default: '0' },
      to: { type: 'string' },
      every: { type: 'string', default: '10' },
    },
  });
  const [tracePath, name] = positionals;
  const exercise = name ? await exerciseFrom(name) : undefined;
  if (!tracePath || !exercise) {
    console.error(USAGE);
    return 2;
  }
  // A compact trace (tests/fixtures/footage-traces) or a full one.
  const trace = tracePath.endsWith('.json.gz')
    ? { frames: expandTrace(unpackTrace(readFileSync(tracePath))) }
    : parseTrace(readFileSync(tracePath, 'utf8'));
  const fromMs = Number(values.from) * 1000;
  const toMs = values.to === undefined ? Number.POSITIVE_INFINITY : Number(values.to) * 1000;
  const every = Math.max(1, Number(values.every));
  const coach = new Coach(exercise);
  const frames = trace.frames.filter((frame) => frame.timestampMs >= fromMs && frame.timestampMs < toMs);
  frames.forEach((frame, index) => {
    const update = coach.update(frame);
    if (index % every !== 0 && update.events.length === 0) return;
    const measures = Object.entries(update.values)
      .map(([key, value]) => `${key}=${typeof value === 'number' ? value.toFixed(1) : '-'}`)
      .join(' ');
    const events = update.events.map((event) => (event.type === 'cue' ? `cue:${event.cue.id}` : event.type));
    console.log(
      [
        (frame.timestampMs / 1000).toFixed(2).padStart(7),
        (update.guidance?.id ?? (update.trackable ? 'ok' : 'settling')).padEnd(11),
        `${update.view.view ?? '?'}/${update.view.near}`.padEnd(11),
        (update.phase ?? '-').padEnd(7),
        measures,
        events.length > 0 ? `  << ${events.join(', ')}` : '',
      ].join(' '),
    );
  });
  const summary = coach.finish();
  console.log(`\n${exercise.id}: ${JSON.stringify(summary.counts)}`);
  console.log(
    `cues: ${summary.cues.map((cue) => `${cue.id}@${(cue.timeMs / 1000).toFixed(1)}s`).join(', ') || 'none'}`,
  );
  console.log(`trackable: ${summary.trackableFrames}/${summary.frames} frames`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
