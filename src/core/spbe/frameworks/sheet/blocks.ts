/**
 * First pass over the Kerangka sheet: which rows belong to which framework and block. Only
 * column A is looked at here; the cells are read later, when the framework's level range
 * (needed for KELOMPOK LEVEL) is known.
 */
import { a1, type CellProblem, isBlank } from './cells';
import { type BlockKind, KEYWORD, NOTE_KEYWORD, normalWord } from './layout';

/** The rows of one framework, 0-based row indexes into the sheet values. */
export interface Draft {
  /** The KERANGKA keyword row. */
  readonly keywordRow: number;
  /** The first keyword row of each block present (repeated blocks are appended to it). */
  readonly blockRows: Partial<Record<BlockKind, number>>;
  readonly rows: Readonly<Record<BlockKind, readonly number[]>>;
  /** Problems found in this pass (an unknown keyword inside this framework). */
  readonly problems: CellProblem[];
}

interface MutableDraft extends Draft {
  readonly blockRows: Partial<Record<BlockKind, number>>;
  readonly rows: Record<BlockKind, number[]>;
}

const KINDS = Object.keys(KEYWORD) as BlockKind[];
const BY_WORD = new Map(KINDS.map((kind) => [normalWord(KEYWORD[kind]), kind]));
const KEYWORD_LIST = [...KINDS.map((k) => KEYWORD[k]), NOTE_KEYWORD].join(', ');

const emptyRows = (): Record<BlockKind, number[]> => ({
  framework: [],
  levelGroup: [],
  domain: [],
  aspect: [],
  indicator: [],
  predicate: [],
  rounding: [],
});

export function splitSheet(values: readonly (readonly unknown[])[]): {
  drafts: Draft[];
  /** Problems outside any framework (rows before the first KERANGKA). */
  problems: CellProblem[];
} {
  const drafts: MutableDraft[] = [];
  const problems: CellProblem[] = [];
  let draft: MutableDraft | undefined;
  /** The block data rows go to; 'skip' after a bad keyword, so its rows raise no echoes. */
  let block: BlockKind | 'skip' | undefined;
  const report = (row: number, column: number, message: string) =>
    (draft?.problems ?? problems).push({ cell: a1(row, column), message });

  values.forEach((cells, row) => {
    if (cells.every(isBlank)) return;
    const head = cells[0];
    if (isBlank(head)) {
      if (block === undefined) {
        const column = cells.findIndex((v) => !isBlank(v));
        report(
          row,
          column,
          'baris ini tidak berada dalam blok; mulai dengan baris KERANGKA (kolom A), atau tulis KETERANGAN di kolom A bila ini catatan',
        );
        block = 'skip';
      } else if (block !== 'skip' && draft) draft.rows[block].push(row);
      return;
    }
    const written = String(head).trim();
    const word = normalWord(written);
    if (word === normalWord(NOTE_KEYWORD)) return;
    const kind = BY_WORD.get(word);
    if (kind === undefined) {
      report(
        row,
        0,
        `kata kunci "${written}" tidak dikenal; kolom A berisi salah satu dari: ${KEYWORD_LIST}, atau kosong untuk baris isi`,
      );
      block = 'skip';
      return;
    }
    if (kind === 'framework') {
      draft = { keywordRow: row, blockRows: { framework: row }, rows: emptyRows(), problems: [] };
      drafts.push(draft);
    } else if (!draft) {
      report(row, 0, `blok ${KEYWORD[kind]} harus berada di bawah baris KERANGKA kerangkanya`);
      block = 'skip';
      return;
    }
    if (draft.blockRows[kind] === undefined) draft.blockRows[kind] = row;
    block = kind;
  });
  return { drafts, problems };
}
