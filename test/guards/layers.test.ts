/**
 * The layer rules of docs/architecture.md, enforced: a file's folder says what it may touch.
 * - Apps Script globals (SpreadsheetApp, GmailApp, …) only in src/gas and src/entry.ts.
 * - src/core imports only src/core, zod/mini and date-fns.
 * - src/app imports only src/core, src/app and src/ports.
 * - src/ui imports only src/core, src/ui and types from src/app.
 * - src/cli (Node tools) imports src/core, src/app, itself and packages — never src/gas or src/ui.
 * - nothing imports src/entry.ts except the sidebar's type-only client.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'Calendar',
  'Gmail',
  'Drive',
  'DriveApp',
  'CardService',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'CacheService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'DocumentApp',
  'FormApp',
  'ContentService',
  'Charts',
  'XmlService',
  'Browser',
  'ConferenceDataService',
  'AdminDirectory',
  'People',
  'Sheets',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const parse = (path: string) =>
  ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.ES2019,
    true,
    ts.ScriptKind.TS,
  );

/** Identifiers used as values (not property names, keys, types or declarations). */
function globalUses(source: ts.SourceFile): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && APPS_SCRIPT_GLOBALS.includes(node.text)) {
      const p = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        ts.isPropertySignature(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isPropertyDeclaration(p) ||
        (ts.isQualifiedName(p) && p.right === node);
      if (!isPropertyName) {
        found.push({
          name: node.text,
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function importsOf(source: ts.SourceFile): { spec: string; typeOnly: boolean }[] {
  return source.statements.filter(ts.isImportDeclaration).map((d) => ({
    spec: (d.moduleSpecifier as ts.StringLiteral).text,
    typeOnly: d.importClause?.isTypeOnly === true,
  }));
}

const rel = (path: string) => relative(ROOT, path).split('\\').join('/');
const layerOf = (file: string, spec: string) =>
  spec.startsWith('.') ? rel(resolve(file, '..', spec)) : `package:${spec}`;

describe('layer guards', () => {
  const sourceFiles = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'sidebar'))];

  it('uses Apps Script globals only in src/gas and src/entry.ts', () => {
    const offenders = sourceFiles
      .filter((f) => !rel(f).startsWith('src/gas/') && rel(f) !== 'src/entry.ts')
      .flatMap((f) => globalUses(parse(f)).map((u) => `${rel(f)}:${u.line} uses ${u.name}`));
    expect(offenders).toEqual([]);
  });

  it('catches a forbidden global (the guard itself works)', () => {
    const probe = ts.createSourceFile(
      'probe.ts',
      'const x = { Calendar: 1 }; SpreadsheetApp.flush(); y.GmailApp;',
      ts.ScriptTarget.ES2019,
      true,
    );
    expect(globalUses(probe).map((u) => u.name)).toEqual(['SpreadsheetApp']);
  });

  const rules: [string, (target: string, typeOnly: boolean) => boolean][] = [
    [
      'src/core/',
      (t) =>
        t.startsWith('src/core/') || /^package:(zod\/mini|date-fns(\/.*)?|@date-fns\/tz)$/.test(t),
    ],
    ['src/app/', (t) => t.startsWith('src/core/') || t.startsWith('src/app/') || t === 'src/ports'],
    [
      'src/ui/',
      (t, typeOnly) =>
        t.startsWith('src/core/') ||
        t.startsWith('src/ui/') ||
        (typeOnly && t.startsWith('src/app/')),
    ],
    ['src/ports', (t, typeOnly) => typeOnly && t.startsWith('src/core/')],
    // Node command-line tools: the domain rules, never the Apps Script adapters.
    [
      'src/cli/',
      (t) =>
        t.startsWith('src/core/') ||
        t.startsWith('src/app/') ||
        t.startsWith('src/cli/') ||
        t.startsWith('package:'),
    ],
  ];

  it.each(rules)('keeps %s to its allowed imports', (prefix, allowed) => {
    const offenders = sourceFiles
      .filter((f) => rel(f).startsWith(prefix))
      .flatMap((f) =>
        importsOf(parse(f))
          .filter((i) => !allowed(layerOf(f, i.spec), i.typeOnly))
          .map((i) => `${rel(f)} imports ${i.spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('imports src/entry.ts nowhere but as types in the sidebar client', () => {
    const offenders = sourceFiles.flatMap((f) =>
      importsOf(parse(f))
        .filter(
          (i) =>
            layerOf(f, i.spec) === 'src/entry' && !(i.typeOnly && rel(f).startsWith('sidebar/')),
        )
        .map((i) => `${rel(f)} imports ${i.spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
