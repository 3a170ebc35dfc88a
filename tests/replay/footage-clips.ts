/**
 * The shared footage's clips as the replay tests read them: the manifest's expectations, each
 * clip's compact landmark trace, and the verdict `npm run eval` would give on a run of its frames.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { findExercise } from '../../src/exercises';
import type { PoseFrame } from '../../src/pose/types';
import { replay } from '../support';
import { expandTrace, unpackTrace, type CompactTrace } from './compact-trace';

export { expandTrace };

export const FOOTAGE = resolve(import.meta.dirname, '../../../shared/footage');
export const TRACES = resolve(import.meta.dirname, '../fixtures/footage-traces');
/** The same clips analysed at 10 frames a second (`npm run eval -- … --rate 10 --traces`). */
export const TRACES_AT_10 = resolve(import.meta.dirname, '../fixtures/footage-traces-10');
const MANIFEST = join(FOOTAGE, 'manifest.json');

/** The fields of a manifest clip the replay reads; scripts/eval/manifest.ts checks the whole file. */
const ClipSchema = v.looseObject({
  id: v.string(),
  exercise: v.string(),
  expect: v.looseObject({
    reps: v.optional(v.number()),
    holds: v.optional(v.number()),
    min_hold_s: v.optional(v.number()),
    tolerance: v.optional(v.number(), 0),
  }),
  expect_cues: v.optional(v.array(v.string()), []),
  forbid_cues: v.optional(v.array(v.string()), []),
});
export type Clip = v.InferOutput<typeof ClipSchema>;

/** The manifest's clips, or null where the footage is not present (its licences keep it out). */
export const manifestClips: readonly Clip[] | null = existsSync(MANIFEST)
  ? v.parse(v.looseObject({ clips: v.array(ClipSchema) }), JSON.parse(readFileSync(MANIFEST, 'utf8'))).clips
  : null;

export const traceFile = (id: string, dir = TRACES): string => join(dir, `${id}.json.gz`);

/** The clip's recorded trace, compact as kept. */
export function clipTrace(clip: Clip, dir = TRACES): CompactTrace {
  return unpackTrace(readFileSync(traceFile(clip.id, dir)));
}

/** Every frame of the clip's trace. */
export function clipFrames(clip: Clip, dir = TRACES): PoseFrame[] {
  return expandTrace(clipTrace(clip, dir));
}

export interface Verdict {
  readonly counted: number;
  readonly expected: number;
  /** Expected cues that did not fire. */
  readonly missing: readonly string[];
  /** Forbidden cues that fired. */
  readonly forbidden: readonly string[];
  readonly pass: boolean;
}

/** What the coach made of these frames of a clip, judged as `npm run eval` judges it. */
export function judge(clip: Clip, frames: readonly PoseFrame[]): Verdict {
  const exercise = findExercise(clip.exercise);
  if (!exercise) throw new Error(`${clip.id}: exercise "${clip.exercise}" is not registered`);
  const { summary, cueIds } = replay(exercise, frames);
  const { holds, min_hold_s: minHoldS = 0 } = clip.expect;
  const counted =
    holds !== undefined
      ? summary.holds.filter((hold) => hold.heldMs >= minHoldS * 1000).length
      : exercise.counting.kind === 'cycles'
        ? summary.counts.cycles
        : summary.counts.reps;
  const cues = new Set(cueIds);
  const missing = clip.expect_cues.filter((id) => !cues.has(id));
  const forbidden = clip.forbid_cues.filter((id) => cues.has(id));
  const expected = clip.expect.reps ?? holds ?? 0;
  const pass = Math.abs(counted - expected) <= clip.expect.tolerance && missing.length === 0 && forbidden.length === 0;
  return { counted, expected, missing, forbidden, pass };
}
