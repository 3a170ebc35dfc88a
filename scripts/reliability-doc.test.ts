/**
 * The Reliability tables (docs/reliability.md and the README's summary) promise that a named test
 * injects each fault. This keeps the promise checked: every test file a row names exists, and every
 * test title it quotes (“…” marks an elided part) is found in that file. A renamed or deleted test
 * fails here instead of leaving a table that claims proof nobody runs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const SEARCHED = ['src', 'tests', 'scripts', 'models'];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const files = SEARCHED.flatMap((dir) => listFiles(join(root, dir))).map((p) => relative(root, p));

/** A file a table names: a path from the project root, or a bare name found exactly once. */
function resolve(name: string): string[] {
  if (name.includes('/')) return files.filter((f) => f === name || f.endsWith(`/${name}`));
  return files.filter((f) => f.split('/').at(-1) === name);
}

interface Reference {
  readonly file: string;
  readonly quotes: string[];
}

/** The “proved by” cell of each table row: file names in backticks, each followed by quoted titles. */
function references(markdown: string): Reference[] {
  const refs: Reference[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line.split('|').slice(1, -1);
    const proof = cells.at(-1) ?? '';
    let current: Reference | undefined;
    for (const m of proof.matchAll(/`([^`]+)`|“([^”]+)”/g)) {
      const [, code, quote] = m;
      if (code !== undefined) {
        current = /\.(ts|mjs|js)$/.test(code) ? { file: code, quotes: [] } : undefined;
        if (current) refs.push(current);
      } else if (quote !== undefined && current) current.quotes.push(quote);
    }
  }
  return refs;
}

/** The parts of a quoted title around its “…” elisions, as they must appear in the test file. */
const fragments = (quote: string) =>
  quote
    .split('…')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const tables = {
  'docs/reliability.md': readFileSync(join(root, 'docs/reliability.md'), 'utf8'),
  'README.md (Reliability)':
    /## Reliability\n([\s\S]*?)\n## /.exec(readFileSync(join(root, 'README.md'), 'utf8'))?.[1] ?? '',
};

describe.each(Object.entries(tables))('%s', (_name, markdown) => {
  const refs = references(markdown);

  it('names tests', () => {
    expect(refs.length).toBeGreaterThan(5);
  });

  it.each(refs.map((r) => [r.file, r] as const))('names a test file that exists: %s', (_file, ref) => {
    expect(resolve(ref.file), `${ref.file} is not in ${SEARCHED.join(', ')}`).not.toEqual([]);
  });

  it.each(refs.filter((r) => r.quotes.length > 0).map((r) => [r.file, r] as const))(
    'quotes titles found in %s',
    (_file, ref) => {
      const text = resolve(ref.file)
        .map((f) => readFileSync(join(root, f), 'utf8'))
        .join('\n');
      for (const quote of ref.quotes)
        for (const part of fragments(quote)) expect(text, `“${quote}” in ${ref.file}`).toContain(part);
    },
  );
});
