import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from './catalog';
import { EXERCISES } from './index';

/** The product spec beside the project; its exercise ids and named check ids are contracts. */
const SPEC = resolve(import.meta.dirname, '../../../shared/spec/exercises.md');

/** Rows of the spec's tables: the id, and the check ids the checks column names in `code`. */
function specRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(SPEC, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id) continue;
    const checks = cells.at(-2) ?? '';
    rows.set(
      id,
      [...checks.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1] ?? ''),
    );
  }
  return rows;
}

describe('the catalog', () => {
  it('has one entry per registered exercise, ids unique, check ids unique within each', () => {
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exercise of EXERCISES) {
      const checks = exercise.checks.map((check) => check.id);
      expect(new Set(checks).size, exercise.id).toBe(checks.length);
      for (const check of catalogEntry(exercise).checks) expect(check.cues.length, check.id).toBeGreaterThan(0);
    }
  });

  it.skipIf(!existsSync(SPEC))('uses the spec’s ids and every check id the spec names', () => {
    const spec = specRows();
    for (const exercise of EXERCISES) {
      expect([...spec.keys()], `${exercise.id} is not in the spec`).toContain(exercise.id);
      const named = spec.get(exercise.id) ?? [];
      expect(exercise.checks.map((check) => check.id)).toEqual(expect.arrayContaining(named));
    }
  });

  it.skipIf(!existsSync(SPEC))('registers every exercise the spec lists, in its order', () => {
    expect(EXERCISES.map((exercise) => exercise.id)).toEqual([...specRows().keys()]);
  });

  // A child process (tsx compiling the script): 4 s on an idle 2-core machine, more when busy.
  it('`npm run catalog` prints exactly the registry, as JSON, with its evidence', { timeout: 60_000 }, () => {
    const out = execFileSync(resolve('node_modules/.bin/tsx'), ['scripts/catalog.ts'], { encoding: 'utf8' });
    // The evidence (what each exercise was checked on) is held to the published data by
    // scripts/evidence-table.test.ts; here, that every entry carries it.
    const expected = EXERCISES.map((exercise) => ({
      ...(JSON.parse(JSON.stringify(catalogEntry(exercise))) as object),
      evidence: expect.any(Array) as unknown,
    }));
    expect(JSON.parse(out)).toEqual(expected);
  });
});
