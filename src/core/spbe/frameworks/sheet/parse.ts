/**
 * Second pass: one framework's rows turned into a `Framework`, with a problem for every cell
 * that cannot be read (missing, not a decimal, unknown word). The framework is complete only
 * when there are no problems; otherwise it holds placeholders and must not be used.
 */
import type { Framework } from '../types';
import type { Draft } from './blocks';
import type { CellProblem } from './cells';
import { cellInteger, cellText, cellWord } from './cells';
import {
  readAspects,
  readDomains,
  readIndicators,
  readLevelGroups,
  readPredicates,
  readRounding,
} from './items';
import { type BlockKind, columnOf, KEYWORD, labelOf, STATUS_WORDS } from './layout';
import { type Item, RowReader } from './row-reader';

export interface Parsed {
  readonly framework: Framework;
  readonly problems: CellProblem[];
  /** PEMBULATAN row of each year ("bawaan" for the default), for pointing at it later. */
  readonly roundingRows: Readonly<Record<string, number>>;
}

/** DOMAIN may be left out (8/2026 has none); these may not. */
const REQUIRED_BLOCKS: readonly BlockKind[] = [
  'levelGroup',
  'aspect',
  'indicator',
  'predicate',
  'rounding',
];

export function parseDraft(values: readonly (readonly unknown[])[], draft: Draft): Parsed {
  const reader = new RowReader(values, draft);

  // KERANGKA: exactly one row of data.
  const [row, ...extra] = draft.rows.framework;
  for (const r of extra)
    reader.report(
      r,
      1,
      'KERANGKA hanya punya satu baris isi; tulis kata kunci blok baris ini di kolom A',
    );
  if (row === undefined)
    reader.report(
      draft.keywordRow,
      0,
      'KERANGKA: isi id, nama, dst. di baris tepat di bawah baris ini',
    );
  const item = row === undefined ? undefined : reader.item('framework', row, 'id');
  const read: Item<'framework'>['read'] = item?.read ?? (() => undefined);
  const id = item?.key;
  const name = read('name', cellText);
  const legalSource = read('legalSource', cellText);
  const status = read('status', (v) => cellWord(v, STATUS_WORDS, '"resmi" atau "sementara"'));
  const from = read('yearFrom', cellInteger);
  const to = read('yearTo', cellInteger, false);
  const min = read('levelMin', cellInteger);
  const max = read('levelMax', cellInteger);
  const notes = read('notes', cellText, false);
  const thisOne = id ? `kerangka ${id}` : 'kerangka';

  // After a misspelt keyword its rows were skipped: "block missing" would only echo it.
  for (const kind of draft.problems.length > 0 ? [] : REQUIRED_BLOCKS) {
    if (draft.rows[kind].length === 0) {
      const at = draft.blockRows[kind] ?? draft.keywordRow;
      reader.report(
        at,
        0,
        `blok ${KEYWORD[kind]} ${thisOne}: belum ada isinya; tambahkan barisnya`,
      );
    }
  }

  // Checked here, not left to validation: the level names are read against this range.
  let levels: { min: number; max: number } | undefined;
  if (min !== undefined && max !== undefined) {
    if (min >= 0 && max > min) levels = { min, max };
    else {
      const field = min < 0 ? 'levelMin' : 'levelMax';
      reader.report(
        item?.row ?? draft.keywordRow,
        columnOf('framework', field),
        `${labelOf('framework', field)} ${thisOne}: ${min}–${max} bukan rentang level; isi mis. 1 sampai 5 (atau 0 sampai 5)`,
      );
    }
  }
  const rounding = readRounding(reader, thisOne);
  const framework: Framework = {
    id: id ?? '',
    name: name ?? '',
    legalSource: legalSource ?? '',
    status: status ?? 'provisional',
    years: { from: from ?? 0, ...(to === undefined ? {} : { to }) },
    levels: { min: min ?? 0, max: max ?? 0 },
    levelGroups: readLevelGroups(reader, levels, thisOne),
    domains: readDomains(reader),
    aspects: readAspects(reader),
    indicators: readIndicators(reader),
    predicates: readPredicates(reader),
    predicateBasis: { default: rounding.fallback ?? 'unrounded', byYear: rounding.byYear },
    ...(notes === undefined ? {} : { notes }),
  };
  return { framework, problems: reader.problems, roundingRows: rounding.rows };
}
