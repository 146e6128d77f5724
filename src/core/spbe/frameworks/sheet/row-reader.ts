/**
 * Reads the cells of one framework's rows and collects a problem, addressed to its cell, for
 * each that is missing or cannot be read. Messages name the field and the item ("bobot
 * indikator 5: …"), so the key of a row is read before its other cells.
 */
import type { Draft } from './blocks';
import { a1, type CellProblem, type CellResult, cellText, isBlank } from './cells';
import { type BlockKind, columnOf, type FieldOf, hintOf, labelOf, NOUN } from './layout';

export type Convert<T> = (value: unknown) => CellResult<T>;

/** One data row of a block, its key already read. */
export interface Item<K extends BlockKind> {
  readonly row: number;
  readonly key: string | undefined;
  /** "indikator 12", or "indikator di baris 14" while the key is unknown. */
  readonly subject: string;
  /** A cell of this row; undefined when empty (a problem if required) or unreadable. */
  read<T>(name: FieldOf<K>, convert: Convert<T>, required?: boolean): T | undefined;
}

export class RowReader {
  readonly problems: CellProblem[];

  constructor(
    private readonly values: readonly (readonly unknown[])[],
    readonly draft: Draft,
  ) {
    this.problems = [...draft.problems];
  }

  cells(row: number): readonly unknown[] {
    return this.values[row] ?? [];
  }

  report(row: number, column: number, message: string): void {
    this.problems.push({ cell: a1(row, column), message });
  }

  field<K extends BlockKind, T>(
    kind: K,
    row: number,
    name: FieldOf<K>,
    subject: string,
    convert: Convert<T>,
    required: boolean,
  ): T | undefined {
    const column = columnOf(kind, name);
    const value = this.cells(row)[column];
    const what = `${labelOf(kind, name)} ${subject}`;
    if (isBlank(value)) {
      const hint = hintOf(kind, name);
      if (required) this.report(row, column, `${what}: wajib diisi${hint ? ` (${hint})` : ''}`);
      return undefined;
    }
    const result = convert(value);
    if ('error' in result) {
      this.report(row, column, `${what}: ${result.error}`);
      return undefined;
    }
    return result.value;
  }

  /** A data row of a block, its key read first so that messages can name the item. */
  item<K extends BlockKind>(
    kind: K,
    row: number,
    keyName: FieldOf<K>,
    readKey: Convert<string> = cellText,
  ): Item<K> {
    const unnamed = `${NOUN[kind]} di baris ${row + 1}`;
    const key = this.field(kind, row, keyName, unnamed, readKey, true);
    const subject = key ? `${NOUN[kind]} ${key}` : unnamed;
    return {
      row,
      key,
      subject,
      read: (name, convert, required = true) =>
        this.field(kind, row, name, subject, convert, required),
    };
  }

  /**
   * Every data row of a block, built by `build`. A key used twice is reported at the later
   * row: the first one is usually the one the admin meant.
   */
  block<K extends BlockKind, T>(
    kind: K,
    keyName: FieldOf<K>,
    build: (item: Item<K>) => T,
    readKey: Convert<string> = cellText,
  ): T[] {
    const seen = new Map<string, number>();
    return this.draft.rows[kind].map((row) => {
      const item = this.item(kind, row, keyName, readKey);
      const { key } = item;
      const earlier = key === undefined ? undefined : seen.get(key);
      if (key !== undefined && earlier !== undefined) {
        const what = `${labelOf(kind, keyName)} ${NOUN[kind]} "${key}"`;
        this.report(
          row,
          columnOf(kind, keyName),
          `${what} ganda (sudah ada di baris ${earlier + 1})`,
        );
      } else if (key !== undefined) seen.set(key, row);
      return build(item);
    });
  }
}
