import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../src/domain/errors';
import { formatFor, formats, supportedFormatsList } from '../../src/formats/registry';

describe('formatFor', () => {
  it('finds a format by id, extension or media type', () => {
    expect(formatFor({ format: 'MD' }).id).toBe('md');
    expect(formatFor({ filename: 'Article Été.TXT' }).id).toBe('txt');
    expect(formatFor({ filename: 'notes.markdown' }).id).toBe('md');
    expect(formatFor({ mediaType: 'text/markdown; charset=utf-8' }).id).toBe('md');
  });

  it('refuses an unknown extension and lists the supported formats for messages', () => {
    expect(() => formatFor({ filename: 'rapport.pdf' })).toThrow(UnsupportedFormatError);
    expect(() => formatFor({ filename: 'rapport.pdf' })).toThrow('Files ending in .pdf are not supported.');
    expect(supportedFormatsList()).toEqual(['docx (.docx)', 'odt (.odt)', 'xliff (.xlf, .xliff, .sdlxliff, .mqxliff, .mxliff)', 'xliff2 (.xlf2)', 'tmx (.tmx)', 'review-docx (.docx)', 'csv (.csv)', 'html (.html, .htm, .xhtml)', 'srt (.srt)', 'vtt (.vtt)', 'po (.po, .pot)', 'md (.md, .markdown)', 'txt (.txt, .text)']);
  });

  it('refuses a file name without extension', () => {
    expect(() => formatFor({ filename: 'LISEZMOI' })).toThrow(/no extension/u);
  });
});

/** A `describeFormat(x, …)` call found in a test file, with how `x` is imported there. */
interface ConformanceRun {
  file: string;
  /** The imported module (resolved to a file) and the export the argument names; undefined when it is not an import. */
  module: string | undefined;
  exported: string | undefined;
  argument: string;
}

const formatsTests = dirname(fileURLToPath(import.meta.url));

/**
 * The `describeFormat` calls of tests/formats/*.test.ts, read with the TypeScript parser (so a
 * call commented out, or written in a string, is not one), each argument traced to the import it
 * names: `describeFormat(poFormat, …)` with `import { poFormat } from '../../src/formats/po'`, an
 * alias, or `describeFormat(review.reviewDocxFormat, …)` with `import * as review`.
 */
function conformanceRuns(): ConformanceRun[] {
  const runs: ConformanceRun[] = [];
  for (const name of readdirSync(formatsTests).filter((file) => file.endsWith('.test.ts'))) {
    const file = resolve(formatsTests, name);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    // Local name → [module, export name]; a namespace import's export is named at the call.
    const imports = new Map<string, [string, string | undefined]>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !statement.moduleSpecifier.text.startsWith('.')) continue;
      const module = resolve(dirname(file), statement.moduleSpecifier.text);
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, [module, undefined]);
      else if (bindings) for (const element of bindings.elements) imports.set(element.name.text, [module, (element.propertyName ?? element.name).text]);
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'describeFormat' && node.arguments[0]) {
        const argument = node.arguments[0];
        let imported: [string, string | undefined] | undefined;
        if (ts.isIdentifier(argument)) imported = imports.get(argument.text);
        else if (ts.isPropertyAccessExpression(argument) && ts.isIdentifier(argument.expression)) {
          const namespace = imports.get(argument.expression.text);
          if (namespace?.[1] === undefined && namespace) imported = [namespace[0], argument.name.text];
        }
        runs.push({ file: name, module: imported?.[0], exported: imported?.[1], argument: argument.getText(source) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return runs;
}

/** The object a run's argument is: the named export of the module it is imported from. */
async function formatOf(run: ConformanceRun): Promise<unknown> {
  if (run.module === undefined || run.exported === undefined) return undefined;
  const file = [run.module, `${run.module}.ts`, resolve(run.module, 'index.ts')].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
  if (file === undefined) return undefined;
  const module: Record<string, unknown> = await import(pathToFileURL(file).href);
  return module[run.exported];
}

describe('the conformance suite', () => {
  it('runs for every registered format: each has a describeFormat(…) call in tests/formats', async () => {
    const runs = conformanceRuns();
    const covered = new Set<unknown>();
    for (const run of runs) covered.add(await formatOf(run));
    // Compared as objects: a run on a copy or a wrapper of a format does not count for it.
    const missing = formats.filter((format) => !covered.has(format)).map((format) => format.id);
    expect(missing, 'formats with no describeFormat(<format>, fixtures) in tests/formats/*.test.ts').toEqual([]);
  });

  it('finds the calls as the parser reads them, not as text', () => {
    const runs = conformanceRuns();
    // This file names describeFormat only in comments and strings: none of it is a run.
    expect(runs.filter((run) => run.file === 'registry.test.ts')).toEqual([]);
    expect(runs.find((run) => run.argument === 'docxFormat')).toMatchObject({ file: 'docx.test.ts', exported: 'docxFormat' });
    expect(runs.find((run) => run.argument === 'docxFormat')?.module).toMatch(/src\/formats\/docx$/u);
  });
});
