/**
 * The exercise README's table of measure builders, generated from the builders' doc comments
 * (`npm run catalog -- --readme` writes it; src/exercises/measure-table.test.ts fails when the
 * README is out of date). Reads the source with the TypeScript compiler, so what the table says
 * is what the code says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

export const MEASURES_DIR = resolve(import.meta.dirname, '../src/coach/measures');
export const README = resolve(import.meta.dirname, '../src/exercises/README.md');
export const START = '<!-- catalog:measures:start -->';
export const END = '<!-- catalog:measures:end -->';

/** Files that hold builders (the rest are the vocabulary's plumbing: places, types, formatting). */
const NOT_BUILDERS = new Set(['body.ts', 'measure.ts', 'format.ts', 'smoothing.ts', 'index.ts']);

export interface Builder {
  readonly name: string;
  readonly signature: string;
  readonly unit: string;
  readonly file: string;
  /** The doc comment's first sentence; empty when undocumented. */
  readonly summary: string;
}

/** The unit a builder's declared return type gives its measures ('given': a `unit` argument). */
function unitOf(returnType: string, params: readonly string[]): string {
  if (returnType === 'Angle' || returnType === "Measure<'deg'>") return '°';
  if (returnType === 'Ratio' || returnType === "Measure<'ratio'>") return '×';
  if (params.includes('unit')) return 'given';
  return 'its parts’';
}

/** The first sentence of a doc comment, on one line. */
function firstSentence(doc: string): string {
  const text = doc.replace(/\s+/g, ' ').trim();
  const end = /[.](?=\s|$)/.exec(text);
  return (end ? text.slice(0, end.index + 1) : text).replace(/\|/g, '\\|');
}

/** Every exported function of a builder file whose declared return type is a measure. */
export function buildersIn(file: string, source: string): Builder[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const builders: Builder[] = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.type) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    const returnType = statement.type.getText(sourceFile);
    if (!exported || !/^(Angle|Ratio|Measure\b)/.test(returnType)) continue;
    const names = statement.parameters.map((p) => p.name.getText(sourceFile));
    const params = statement.parameters.map(
      (p, i) => `${names[i] ?? ''}${p.questionToken || p.initializer ? '?' : ''}`,
    );
    const docs = ts
      .getJSDocCommentsAndTags(statement)
      .filter(ts.isJSDoc)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .join(' ');
    builders.push({
      name: statement.name.text,
      signature: `${statement.name.text}(${params.join(', ')})`,
      unit: unitOf(returnType, names),
      file,
      summary: firstSentence(docs),
    });
  }
  return builders;
}

/** All builders, file by file in name order. */
export function allBuilders(dir = MEASURES_DIR): Builder[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_BUILDERS.has(file))
    .sort()
    .flatMap((file) => buildersIn(file, readFileSync(join(dir, file), 'utf8')));
}

/** The markdown table (unaligned: Prettier aligns it in the README). */
export function builderTable(builders: readonly Builder[]): string {
  const rows = builders.map(
    (b) => `| \`${b.signature}\` | ${b.unit} | ${b.file.replace(/\.ts$/, '')} | ${b.summary} |`,
  );
  return ['| builder | unit | file | what it measures |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with the table between the markers replaced. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README needs the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
