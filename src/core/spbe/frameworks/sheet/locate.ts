/**
 * A problem `validateFramework` found (a path such as ["aspects", 1, "weight"]) pointed back
 * at the Kerangka cell that holds the value, with the field named so the admin knows what
 * to change. Problems about a whole list ("jumlah bobot aspek harus 100") point at the
 * block's keyword cell; anything unforeseen at the framework's KERANGKA cell.
 */
import type { Framework } from '../types';
import type { FrameworkProblem } from '../validate';
import type { Draft } from './blocks';
import { a1, type CellProblem } from './cells';
import {
  type BlockKind,
  COLUMNS,
  columnOf,
  DEFAULT_YEAR_TEXT,
  type FieldOf,
  KEYWORD,
  LEVEL_NAMES_COLUMN,
  labelOf,
  NOUN,
} from './layout';

const LISTS = {
  levelGroups: 'levelGroup',
  domains: 'domain',
  aspects: 'aspect',
  indicators: 'indicator',
  predicates: 'predicate',
} as const satisfies Partial<Record<keyof Framework, BlockKind>>;

type ListName = keyof typeof LISTS;
const isList = (name: unknown): name is ListName => typeof name === 'string' && name in LISTS;

const HEAD_FIELDS: Readonly<Record<string, FieldOf<'framework'>>> = {
  id: 'id',
  name: 'name',
  legalSource: 'legalSource',
  status: 'status',
  notes: 'notes',
};

/** Column B: every block's first column names the item (its key, or a predicate's name). */
const FIRST_COLUMN = 1;

interface Spot {
  readonly row: number;
  readonly column: number;
  readonly what: string;
}

export function locate(
  problem: FrameworkProblem,
  framework: Framework,
  draft: Draft,
  roundingRows: Readonly<Record<string, number>>,
): CellProblem {
  const spot = spotOf(problem.path, framework, draft, roundingRows);
  // "aspek A2: aspek A2 tidak punya indikator" would say it twice.
  const named = problem.message.includes(spot.what);
  return {
    cell: a1(spot.row, spot.column),
    message: `${named ? '' : `${spot.what}: `}${problem.message}${choices(problem.path, framework)}`,
  };
}

function spotOf(
  path: readonly (string | number)[],
  f: Framework,
  draft: Draft,
  roundingRows: Readonly<Record<string, number>>,
): Spot {
  const [top, index, field, sub] = path;
  const fallback = { row: draft.keywordRow, column: 0, what: `kerangka ${f.id}` };
  const headRow = draft.rows.framework[0];
  const head = (name: FieldOf<'framework'>): Spot =>
    headRow === undefined
      ? fallback
      : {
          row: headRow,
          column: columnOf('framework', name),
          what: `${labelOf('framework', name)} kerangka ${f.id}`,
        };

  if (typeof top === 'string' && HEAD_FIELDS[top]) return head(HEAD_FIELDS[top]);
  if (top === 'years') return head(index === 'to' ? 'yearTo' : 'yearFrom');
  if (top === 'levels') return head(index === 'max' ? 'levelMax' : 'levelMin');
  if (top === 'predicateBasis') {
    const year = index === 'byYear' && typeof field === 'string' ? field : DEFAULT_YEAR_TEXT;
    const row = roundingRows[year];
    return row === undefined
      ? { row: draft.blockRows.rounding ?? draft.keywordRow, column: 0, what: 'blok PEMBULATAN' }
      : { row, column: columnOf('rounding', 'basis'), what: `aturan pembulatan ${year}` };
  }
  if (!isList(top)) return fallback;

  const kind = LISTS[top];
  const row = typeof index === 'number' ? draft.rows[kind][index] : undefined;
  if (row === undefined)
    return {
      row: draft.blockRows[kind] ?? draft.keywordRow,
      column: 0,
      what: `blok ${KEYWORD[kind]}`,
    };
  const item = typeof index === 'number' ? f[top][index] : undefined;
  const name = item && ('key' in item ? item.key : item.name);
  const subject = `${NOUN[kind]} ${name ?? ''}`.trim();
  if (kind === 'levelGroup' && field === 'names') {
    const j = typeof sub === 'number' ? sub : 0;
    const level = typeof sub === 'number' ? `nama level ${f.levels.min + sub}` : 'nama level';
    return { row, column: LEVEL_NAMES_COLUMN + j, what: `${level} ${subject}` };
  }
  const known = (COLUMNS[kind] as readonly { field: string }[]).some((c) => c.field === field);
  if (typeof field !== 'string' || !known) return { row, column: FIRST_COLUMN, what: subject };
  const column = columnOf(kind, field as FieldOf<typeof kind>);
  return { row, column, what: `${labelOf(kind, field as FieldOf<typeof kind>)} ${subject}` };
}

/** For a reference that points nowhere, the keys it may point at. */
function choices(path: readonly (string | number)[], f: Framework): string {
  const [top, , field] = path;
  const keys =
    top === 'indicators' && field === 'aspect'
      ? f.aspects.map((a) => a.key)
      : top === 'indicators' && field === 'levelGroup'
        ? f.levelGroups.map((g) => g.key)
        : top === 'aspects' && field === 'domain'
          ? f.domains.map((d) => d.key)
          : [];
  return keys.length > 0 ? `; pilih salah satu: ${keys.join(', ')}` : '';
}
