/**
 * Top-level functions for Apps Script. Apps Script calls functions by name on the global
 * object, but the bundle is an IIFE; gas-entry-generator (the engine of gas-webpack-plugin)
 * writes a top-level stub per export, with the export's JSDoc (which Sheets reads for
 * custom-function help) and parameters, plus the assignments that point each global at the
 * bundled implementation after the bundle has run.
 *
 * gas-entry-generator reads CommonJS-style `exports.name = function (...) {}` statements, so
 * src/entry.ts (TypeScript with `export function`) is transpiled with comments kept and each
 * exported function declaration is presented in that form.
 */
import * as acorn from 'acorn';
import { generate } from 'gas-entry-generator';
import ts from 'typescript';

export interface EntryPoints {
  readonly names: readonly string[];
  /** Stubs to put before the bundle. */
  readonly stubs: string;
  /** Assignments to put after the bundle. */
  readonly assignments: string;
}

export function entryPoints(
  entrySource: string,
  globalName: string,
  bundleExports: readonly string[],
): EntryPoints {
  const js = ts.transpileModule(entrySource, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2019,
      module: ts.ModuleKind.ESNext,
      removeComments: false,
    },
  }).outputText;
  const program = acorn.parse(js, { ecmaVersion: 2019, sourceType: 'module' });
  const names: string[] = [];
  let rewritten = '';
  let cursor = 0;
  for (const node of program.body) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    const declaration = node.declaration;
    if (declaration?.type !== 'FunctionDeclaration' || !declaration.id) {
      throw new Error(
        `src/entry.ts: only "export function name(...)" is allowed (found ${js.slice(node.start, node.end).split('\n')[0]})`,
      );
    }
    const name = declaration.id.name;
    names.push(name);
    rewritten += `${js.slice(cursor, node.start)}exports.${name} = ${js.slice(declaration.start, declaration.end)};`;
    cursor = node.end;
  }
  rewritten += js.slice(cursor);

  const missing = bundleExports.filter((n) => !names.includes(n));
  if (missing.length > 0)
    throw new Error(`src/entry.ts exports without a stub: ${missing.join(', ')}`);

  const output = generate(rewritten, {
    comment: true,
    autoGlobalExports: true,
    exportsIdentifierName: globalName,
    globalIdentifierName: 'global',
  });
  return { names, stubs: output.entryPointFunctions, assignments: output.globalAssignments ?? '' };
}
