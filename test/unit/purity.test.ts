import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PURE = ['src/lib', 'src/data'];
const FORBIDDEN_PACKAGE = /^(preact|nanostores|astro)(\/|$)|^@(nanostores|astrojs)\//;
const FORBIDDEN_FOLDER = ['src/i18n', 'src/stores', 'src/components'];

/** The engine's compiler options and files, read as `tsc -p tsconfig.engine.json` reads them. */
function engineConfig(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.engine.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.engine.json could not be read');
  return parsed;
}

/** Type-checks the engine's files plus virtual ones (never written to disk), under the engine's options. */
function typeCheck(virtual: Record<string, string>): readonly ts.Diagnostic[] {
  const { options, fileNames, errors } = engineConfig();
  const host = ts.createCompilerHost(options);
  const files = new Map(Object.entries(virtual).map(([path, text]) => [join(ROOT, path), text]));
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!, language) : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...fileNames, ...files.keys()], options, host);
  return [...errors, ...ts.getPreEmitDiagnostics(program)];
}

/** Each diagnostic as `file: message`, so a failure says what broke where. */
function describeAll(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file ? relative(ROOT, d.file.fileName) : '(config)'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

const PROBES = {
  document: 'export const title = document.title;',
  window: 'export const href = window.location.href;',
  localStorage: "export const saved = localStorage.getItem('state');",
  'globalThis.localStorage': 'export const storage = globalThis.localStorage;',
  setTimeout: 'export const timer = setTimeout(() => undefined, 0);',
} as const;

const probePath = (name: string) => `src/lib/purity-probe-${name.replace(/\W/g, '-')}.ts`;

describe('the engine compiles without the DOM', () => {
  // One program for the real tree and every probe, so a DOM library pulled in anywhere shows up.
  const diagnostics = typeCheck({
    ...Object.fromEntries(Object.entries(PROBES).map(([name, text]) => [probePath(name), text])),
    'src/lib/purity-probe-control.ts': "export const amount = new Intl.NumberFormat('en').format(Date.UTC(2026, 0, 1));",
  });
  const inFile = (path: string) => describeAll(diagnostics.filter((d) => d.file?.fileName === join(ROOT, path)));

  test('the real src/lib and src/data type-check under tsconfig.engine.json', () => {
    expect(describeAll(diagnostics.filter((d) => !d.file?.fileName.includes('purity-probe')))).toEqual([]);
  });

  test('a probe using only the language and Intl type-checks, so the failures below are the DOM names', () => {
    expect(inFile('src/lib/purity-probe-control.ts')).toEqual([]);
  });

  test.each(Object.keys(PROBES))('a probe under src/lib that uses %s does not type-check', (name) => {
    const messages = inFile(probePath(name));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(name === 'globalThis.localStorage' ? /typeof globalThis/ : new RegExp(`Cannot find name '${name}'`));
  });
});

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** What a file imports that the engine may not: UI, store or Astro packages, or the page's own layers. */
function forbiddenImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => {
      if (!name.startsWith('.')) return FORBIDDEN_PACKAGE.test(name);
      const target = relative(ROOT, resolve(ROOT, dirname(file), name));
      return FORBIDDEN_FOLDER.some((folder) => target === folder || target.startsWith(`${folder}/`));
    })
    .map((name) => `${file} imports ${name}`);
}

describe('the engine imports nothing from the page', () => {
  test.each(PURE)('%s imports no Preact, nanostores or Astro, and nothing from src/i18n, src/stores or src/components', (dir) => {
    expect(files(dir).flatMap(forbiddenImports)).toEqual([]);
  });
});
