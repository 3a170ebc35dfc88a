import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import * as measures from '../src/coach/measures';
import { allBuilders, builderTable, buildersIn, README, withTable } from './measure-table';

describe('the table of measure builders in src/exercises/README.md', () => {
  const builders = allBuilders();

  it('is up to date with the builders’ doc comments (npm run catalog -- --readme rewrites it)', async () => {
    const readme = readFileSync(README, 'utf8');
    const options = (await resolveConfig(README)) ?? {};
    const expected = await format(withTable(readme, builderTable(builders)), { ...options, filepath: README });
    expect(readme).toBe(expected);
  });

  it('lists every builder the vocabulary exports, each documented', () => {
    const exported = Object.entries(measures)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    const listed = builders.map((builder) => builder.name);
    for (const name of listed) expect(exported, name).toContain(name);
    for (const builder of builders) expect(builder.summary, builder.name).toMatch(/\w.*\.$/);
    // Everything exported that is not listed is plumbing, not a builder.
    expect(exported.filter((name) => !listed.includes(name)).sort()).toEqual(
      ['formatMeasure', 'landmarksAt', 'locate', 'storedUnit', 'unitSymbol'].sort(),
    );
  });

  it('reads a builder’s signature, unit and first sentence from its source', () => {
    const [builder] = buildersIn(
      'x.ts',
      '/** How far it goes. More words. */\nexport function reach(a: Place, options: O = {}): Ratio { return r; }\nexport function helper(): number { return 1; }',
    );
    expect(builder).toEqual({
      name: 'reach',
      signature: 'reach(a, options?)',
      unit: '×',
      file: 'x.ts',
      summary: 'How far it goes.',
    });
  });
});
