import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FOOTAGE_DIR, HAS_FOOTAGE, NO_FOOTAGE_REASON } from './footage';

interface ManifestClip {
  readonly id: string;
  readonly file: string;
  readonly end_s?: number;
}

/**
 * `npm run eval` end to end on two short clips of the shared manifest: the production build, the
 * worker and the engine in Chromium, the table, the JSON and the summary line.
 */
test('npm run eval counts the superman and wall-angel clips right', () => {
  test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);
  test.setTimeout(240_000);
  const shared = JSON.parse(readFileSync(join(FOOTAGE_DIR, 'manifest.json'), 'utf8')) as { clips: ManifestClip[] };
  const pick = (id: string) => shared.clips.find((clip) => clip.id === id);
  const clips = [
    pick('superman-prone'),
    // The first 6 s hold three of its six elbow bends: still not one wall-angel rep.
    { ...pick('wall-angel-elbow-flexion-only'), end_s: 6 },
  ].map((clip) => ({ ...clip, file: resolve(FOOTAGE_DIR, clip?.file ?? '') }));
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 1, clips }));

  const run = spawnSync(
    resolve('node_modules/.bin/tsx'),
    ['scripts/eval/run.ts', join(dir, 'manifest.json'), '--json', join(dir, 'out.json')],
    { encoding: 'utf8', timeout: 220_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(lines.at(-1)).toBe(
    'eval: clips=2 errors=0 exact=2 obo=2 mae=0.000 phantom=0 cues_hit=0/0 false_cues_per_min=0.0',
  );
  expect(lines.find((line) => line.startsWith('superman-prone'))).toMatch(/superman\s+reps\s+3\s+3\s+exact/);

  const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as {
    clips: { id: string; counted: number; trackable_share: number }[];
  };
  expect(json.clips.map((clip) => [clip.id, clip.counted])).toEqual([
    ['superman-prone', 3],
    ['wall-angel-elbow-flexion-only', 0],
  ]);
  for (const clip of json.clips) expect(clip.trackable_share).toBeGreaterThan(0.8);
});
