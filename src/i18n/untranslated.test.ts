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
  const reader = { state: 'text' as 'text' | 'tag' | 'comment', quote: '', attribute: '', buffer: '' };
  const flush = (part: number, spoken: boolean): void => {
    const text = reader.buffer.replace(/&[a-z]+;/g, ' ').trim();
    if (spoken && /[A-Za-z]{2,}/.test(text)) found.push({ part, text });
    reader.buffer = '';
  };
  for (const [index, part] of parts.entries()) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charAt(i);
      if (reader.state === 'comment') {
        if (part.startsWith('-->', i)) {
          reader.state = 'text';
          i += 2;
        }
      } else if (reader.state === 'text') {
        if (part.startsWith('<!--', i) || c === '<') {
          flush(index, true);
          reader.state = c === '<' && !part.startsWith('<!--', i) ? 'tag' : 'comment';
          reader.attribute = '';
        } else reader.buffer += c;
      } else if (reader.quote) {
        if (c === reader.quote) {
          flush(index, SPOKEN_ATTRIBUTES.has(reader.attribute));
          reader.quote = '';
        } else reader.buffer += c;
      } else if (c === '>') reader.state = 'text';
      else if (c === '"' || c === "'") {
        reader.quote = c;
        reader.buffer = '';
      } else if (/[\w:@.?-]/.test(c)) {
        // A new attribute's name starts after a space or a closed value; otherwise it goes on.
        const before = part.charAt(i - 1);
        reader.attribute = /[\s"']/.test(before) || i === 0 ? c : reader.attribute + c;
      }
    }
    // A `${…}` splits the text here: what was gathered so far is one piece.
    if (reader.state === 'text') flush(index, true);
    else if (reader.quote) flush(index, SPOKEN_ATTRIBUTES.has(reader.attribute));
  }
  flush(parts.length - 1, reader.state === 'text');
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
