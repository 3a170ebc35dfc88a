import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FC_EVENT_NAMES } from './events';

/** Every TypeScript source under src/ (tests aside), with its text. */
function sources(dir = join(import.meta.dirname, '..')): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ path, text: readFileSync(path, 'utf8') }];
  });
}

const uses = (pattern: RegExp) =>
  sources().flatMap(({ path, text }) => [...text.matchAll(pattern)].map((match) => ({ path, name: match[1] })));

describe('custom events: one registry (src/ui/events.ts)', () => {
  const registered = new Set<string>(FC_EVENT_NAMES);

  it('every @fc-… listener in a template names a registered event', () => {
    // Templates are strings to TypeScript: a misspelt listener would silently never fire.
    const listened = uses(/@(fc-[a-z-]+)=/g);
    expect(listened.length).toBeGreaterThan(10);
    expect(listened.filter(({ name }) => !registered.has(name ?? ''))).toEqual([]);
  });

  it('every registered event is fired somewhere, through emit', () => {
    const fired = new Set(uses(/emit\(\s*this,\s*'(fc-[a-z-]+)'/g).map(({ name }) => name));
    // fc-routine-list fires its three routine events through one helper typed with their names.
    for (const name of uses(/fire\('(fc-[a-z-]+)'/g)) fired.add(name.name);
    expect([...registered].filter((name) => !fired.has(name))).toEqual([]);
  });

  it('nothing builds a CustomEvent outside the registry', () => {
    const built = sources().filter(
      ({ path, text }) => !path.endsWith('events.ts') && text.includes('new CustomEvent('),
    );
    expect(built.map(({ path }) => path)).toEqual([]);
  });
});
