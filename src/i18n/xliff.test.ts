/**
 * Every language is complete: each message in the source has a translation, and the generated
 * module the app loads holds exactly the translated file's messages (`npm run i18n` after editing
 * either). A missing one would show English in the middle of German.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetLocales } from './locale-codes';

const here = new URL('.', import.meta.url).pathname;

function units(locale: string): { id: string; target: string | undefined }[] {
  const xml = readFileSync(join(here, 'xliff', `${locale}.xlf`), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body ?? '')?.[1],
  }));
}

describe.each(targetLocales)('%s', (locale) => {
  it('has a translation for every message', () => {
    const missing = units(locale).filter((unit) => !unit.target?.trim());
    expect(missing.map((unit) => unit.id)).toEqual([]);
  });

  it('is built: the generated module holds the same messages (run `npm run i18n`)', () => {
    const generated = readFileSync(join(here, 'generated', `${locale}.ts`), 'utf8');
    const ids = [...generated.matchAll(/^\s*'([^']+)':/gm)].map(([, id]) => id).sort();
    expect(ids).toEqual(
      units(locale)
        .map((unit) => unit.id)
        .sort(),
    );
  });

  it('is one of the files in the xliff folder', () => {
    expect(readdirSync(join(here, 'xliff'))).toContain(`${locale}.xlf`);
  });
});
