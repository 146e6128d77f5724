/**
 * Frameworks an admin wrote in the Kerangka sheet (layout in layout.ts). Every problem names
 * its cell: cells that cannot be read, and then what `validateFramework` finds in a
 * framework that read cleanly (weights that do not add up, references to nothing). The
 * arithmetic is checked only once every cell reads, so one typo does not echo as a dozen
 * sum errors. A framework with any problem is left out — half a framework must never score
 * anything — while the others in the sheet are still returned.
 */
import type { Framework } from '../types';
import { validateFramework } from '../validate';
import { splitSheet } from './blocks';
import { a1, type CellProblem } from './cells';
import { columnOf } from './layout';
import { locate } from './locate';
import { parseDraft } from './parse';

export type { CellProblem } from './cells';

export function readFrameworkSheet(values: readonly (readonly unknown[])[]): {
  frameworks: Framework[];
  problems: CellProblem[];
} {
  const { drafts, problems } = splitSheet(values);
  const frameworks: Framework[] = [];
  const idRows = new Map<string, number>();
  for (const draft of drafts) {
    const parsed = parseDraft(values, draft);
    const found = [...parsed.problems];
    const { id } = parsed.framework;
    const row = draft.rows.framework[0];
    const earlier = idRows.get(id);
    // findFramework would silently take the first of two frameworks with one id.
    if (id && row !== undefined && earlier !== undefined)
      found.push({
        cell: a1(row, columnOf('framework', 'id')),
        message: `id kerangka "${id}" sudah dipakai kerangka di baris ${earlier + 1}; pakai id lain`,
      });
    else if (id && row !== undefined) idRows.set(id, row);
    if (found.length === 0) {
      const result = validateFramework(parsed.framework);
      if (result.ok) frameworks.push(result.framework);
      else
        found.push(
          ...result.problems.map((p) => locate(p, parsed.framework, draft, parsed.roundingRows)),
        );
    }
    problems.push(...found);
  }
  return { frameworks, problems: sortByCell(problems) };
}

/** Top to bottom, left to right: the order the admin reads the sheet in. */
function sortByCell(problems: CellProblem[]): CellProblem[] {
  const position = (cell: string): [number, number] => {
    const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(digits), column];
  };
  return problems
    .map((p) => ({ p, at: position(p.cell) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ p }) => p);
}
