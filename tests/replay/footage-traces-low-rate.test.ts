/**
 * Frame-rate robustness (issue 13): many laptops analyse only 10–15 frames a second live. Each
 * shared clip's trace (recorded at the full analysis rate: the clip's own, 24–30/s) is thinned to
 * 15 and 10 frames a second — the frame nearest each tick of the lower rate, timestamps unchanged,
 * as `--rate N` picks them — what a slow laptop sees of the same movement, and must reach the
 * same verdict as at the full rate, as `npm run eval -- --rate N`
 * judges it: where the full rate passes (count within the clip's tolerance, every expected cue,
 * no forbidden cue), so does the low rate; where the full rate misses (the known failures of
 * footage-traces.test.ts), the low rate misses the same way (the same count, the same cues).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/exercises';
import type { PoseFrame } from '../../src/pose/types';
import { replay } from '../support';
import { expandTrace, unpackTrace } from './compact-trace';

const FOOTAGE = resolve(import.meta.dirname, '../../../shared/footage');
const MANIFEST = join(FOOTAGE, 'manifest.json');
const TRACES = resolve(import.meta.dirname, '../fixtures/footage-traces');

/** The low analysis rates, frames a second. */
const RATES = [15, 10] as const;

/** The frames a `rate`-per-second analysis would see: the one nearest each tick of that rate. */
function thin(frames: readonly PoseFrame[], rate: number): PoseFrame[] {
  const [first] = frames;
  const last = frames.at(-1);
  if (!first || !last) return [];
  const kept: PoseFrame[] = [];
  let at = 0;
  for (let tick = first.timestampMs; tick <= last.timestampMs; tick += 1000 / rate) {
    while (
      at + 1 < frames.length &&
      Math.abs((frames[at + 1]?.timestampMs ?? 0) - tick) <= Math.abs((frames[at]?.timestampMs ?? 0) - tick)
    )
      at++;
    const frame = frames[at];
    if (frame && frame !== kept.at(-1)) kept.push(frame);
  }
  return kept;
}

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
type Clip = v.InferOutput<typeof ClipSchema>;

const manifest = existsSync(MANIFEST)
  ? v.parse(v.looseObject({ clips: v.array(ClipSchema) }), JSON.parse(readFileSync(MANIFEST, 'utf8')))
  : null;
const traceFile = (id: string) => join(TRACES, `${id}.json.gz`);

interface Verdict {
  readonly counted: number;
  /** Expected cues that did not fire. */
  readonly missing: readonly string[];
  /** Forbidden cues that fired. */
  readonly forbidden: readonly string[];
  readonly pass: boolean;
}

/** What the coach made of these frames of a clip, judged as `npm run eval` judges it. */
function judge(clip: Clip, frames: readonly PoseFrame[]): Verdict {
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
  return { counted, missing, forbidden, pass };
}

if (!manifest) {
  describe.skip(`the shared footage at low frame rates: ${FOOTAGE} is not here, so skipped`, () => {
    it('needs ../shared/footage/manifest.json', () => undefined);
  });
} else {
  describe('the shared footage at 15 and 10 analysed frames a second reaches the full-rate verdict', () => {
    for (const clip of manifest.clips) {
      if (!existsSync(traceFile(clip.id))) {
        it.skip(`${clip.id} — no trace in tests/fixtures/footage-traces yet`, () => undefined);
        continue;
      }
      it(clip.id, () => {
        const frames = expandTrace(unpackTrace(readFileSync(traceFile(clip.id))));
        const full = judge(clip, frames);
        for (const rate of RATES) {
          const low = judge(clip, thin(frames, rate));
          const at = `at ${rate} frames/s: counted ${low.counted}, at the full rate ${full.counted}`;
          // A pass must stay a pass; a known miss must stay the same miss (no new ones hidden in it).
          if (full.pass) expect(low, at).toMatchObject({ pass: true, missing: [], forbidden: [] });
          else expect(low, at).toEqual(full);
        }
      });
    }
  });
}
