/**
 * No English left in a German page: every piece of text written straight into a Lit template
 * (between tags, or in an attribute a person reads or hears: aria-label, title, placeholder, alt)
 * goes through msg(). Finds the template's static parts with the TypeScript parser, so text inside
 * `${msg('…')}` is never flagged, and reports each leftover with its file and line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|bench|presets)\.ts$/.test(name) ? [path] : [];
  });
}

/** The name and units, written the same in every language the app speaks. */
const SAME_IN_EVERY_LANGUAGE = /^[^A-Za-z]*(Form Coach|MB|fps|ms)[^A-Za-z]*$/;

/** Attributes whose value a person reads or hears. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
]);

/**
 * Reads a template's static parts in order, as HTML: text between tags, and the values of spoken
 * attributes, each with the part it came from. Tags and quoted values may span a `${…}`.
 */
function readableText(parts: readonly string[]): { part: number; text: string }[] {
  const found: { part: number; text: string }[] = [];
  let state: 'text' | 'tag' | 'comment' = 'text';
  let quote = '';
  let attribute = '';
  let buffer = '';
  const flush = (part: number, spoken: boolean): void => {
    const text = buffer.replace(/&[a-z]+;/g, ' ').trim();
    if (spoken && /[A-Za-z]{2,}/.test(text)) found.push({ part, text });
    buffer = '';
  };
  parts.forEach((part, index) => {
    for (let i = 0; i < part.length; i++) {
      const c = part[i] ?? '';
      if (state === 'comment') {
        if (part.startsWith('-->', i)) ((state = 'text'), (i += 2));
      } else if (state === 'text') {
        if (part.startsWith('<!--', i)) (flush(index, true), (state = 'comment'));
        else if (c === '<') (flush(index, true), (state = 'tag'), (attribute = ''));
        else buffer += c;
      } else if (quote) {
        if (c === quote) (flush(index, SPOKEN_ATTRIBUTES.has(attribute)), (quote = ''));
        else buffer += c;
      } else if (c === '>') state = 'text';
      else if (c === '"' || c === "'") ((quote = c), (buffer = ''));
      else if (/[\w:@.?-]/.test(c))
        attribute = /[\s"'=]/.test(part[i - 1] ?? ' ') && part[i - 1] !== '=' ? c : attribute + c;
    }
    // A `${…}` splits the text here: what was gathered so far is one piece.
    if (state === 'text' || quote) flush(index, state === 'text' || SPOKEN_ATTRIBUTES.has(attribute));
  });
  flush(parts.length - 1, state === 'text');
  return found;
}

function leftovers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    // An html template given to msg() is itself the message (translated whole).
    const parent = node.parent as ts.Node | undefined;
    const inMsg = parent !== undefined && ts.isCallExpression(parent) && parent.expression.getText() === 'msg';
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'html' && !inMsg) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const { part, text } of readableText(parts.map((p) => p.text))) {
        if (SAME_IN_EVERY_LANGUAGE.test(text)) continue;
        const { line } = source.getLineAndCharacterOfPosition((parts[part] ?? template).getStart());
        out.push(`${relative(root, file)}:${line + 1}: ${text.replace(/\s+/g, ' ')}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('text in templates', () => {
  it('goes through msg(), so a German page has no English in it', () => {
    const found = sourceFiles(join(root, 'src')).flatMap(leftovers);
    expect(found).toEqual([]);
  });
});
