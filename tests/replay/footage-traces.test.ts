/**
 * The golden replay: the shared footage's landmark traces (kept compact in
 * tests/fixtures/footage-traces — numbers, not pictures) run through the engine in `npm test`, and
 * each clip is held to its expectation in ../shared/footage/manifest.json as `npm run eval` holds
 * it: the count within the clip's tolerance, every expected cue fired, no forbidden cue. Skipped,
 * saying so, where the footage is not present (its licences keep it out of the repository).
 *
 * The traces come from the real pipeline (MediaPipe lite, in Chromium): record them with
 * `npm run eval -- ../shared/footage/manifest.json --traces <dir>`, then `npm run traces -- <dir>`.
 * Re-record when the detector or the video analysis changes; not when the engine does (that is
 * what this test is for).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOOTAGE, TRACES, clipTrace, expandTrace, judge, manifestClips, traceFile } from './footage-clips';

/**
 * Clips the coach does not yet count right (issue 14 tunes them). Each is run with `it.fails`, so
 * the test documents the miss and turns red when a change fixes it: then delete the line. What the
 * baseline eval said (/work/baseline/eval.txt, 2026-12-01, model lite, the code of main d295feb):
 */
// None now: row-single-arm-chair (5 of 6: its first rep began while the coach settled) and
// neck-rotation-headshoulders (L1 R0 of L1 R1: the clip ends on the held turn to the right) count
// right since the coach follows reps while settling and counts a rep held at its peak as a set ends.
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

if (!manifestClips) {
  describe.skip(`the shared footage replayed: ${FOOTAGE} is not here, so skipped`, () => {
    it('needs ../shared/footage/manifest.json', () => undefined);
  });
} else {
  const clips = manifestClips;
  describe('the shared footage replayed through the engine', () => {
    for (const clip of clips) {
      const expected = clip.expect.reps ?? clip.expect.holds ?? 0;
      const name = `${clip.id}: ${expected} ${clip.expect.holds === undefined ? 'reps' : 'holds'} ±${clip.expect.tolerance}, its cues`;
      if (!existsSync(traceFile(clip.id))) {
        it.skip(`${name} — no trace in tests/fixtures/footage-traces yet (see the top of this file)`, () => undefined);
        continue;
      }
      const known = KNOWN_FAILURES[clip.id];
      (known ? it.fails : it)(known ? `${name} — known failure: ${known}` : name, () => {
        const trace = clipTrace(clip);
        expect(trace.exercise, 'the trace was recorded for this clip’s exercise').toBe(clip.exercise);
        const verdict = judge(clip, expandTrace(trace));
        expect(
          Math.abs(verdict.counted - expected),
          `counted ${verdict.counted}, expected ${expected}`,
        ).toBeLessThanOrEqual(clip.expect.tolerance);
        expect(verdict.missing, 'expected cues that did not fire').toEqual([]);
        expect(verdict.forbidden, 'forbidden cues that fired').toEqual([]);
      });
    }

    it('keeps no trace of a clip the manifest no longer has', () => {
      const ids = new Set(clips.map((clip) => clip.id));
      const stray = readdirSync(TRACES)
        .filter((file) => file.endsWith('.json.gz'))
        .map((file) => file.slice(0, -'.json.gz'.length))
        .filter((id) => !ids.has(id));
      expect(stray).toEqual([]);
    });
  });
}
