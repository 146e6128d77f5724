/**
 * One layer of a sheet (values, formulas, a format attribute …): rows of cells with holes
 * for empty cells, so a 5,000-row table reads and writes in plain array loops and an empty
 * sheet of 1000 × 26 costs nothing. Coordinates are 1-based like the Apps Script API.
 */
import type { Rect } from './a1';

export type GridRows<T> = Array<Array<T | null> | null>;

export class Grid<T> {
  private rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  set(row: number, col: number, value: T | undefined): void {
    let line = this.rows[row - 1];
    if (line === undefined) {
      if (value === undefined) return;
      line = [];
      this.rows[row - 1] = line;
    }
    line[col - 1] = value;
  }

  fill(rect: Rect, value: T | undefined): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) this.set(r, c, value);
    }
  }

  /** The rectangle as a fresh 2-D array; `present` maps stored cells, `empty` fills holes. */
  read<R>(rect: Rect, present: (value: T) => R, empty: R): R[][] {
    const out: R[][] = new Array(rect.numRows);
    for (let i = 0; i < rect.numRows; i++) {
      const line = this.rows[rect.row - 1 + i];
      const row: R[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) {
        const value = line?.[rect.col - 1 + j];
        row[j] = value === undefined ? empty : present(value);
      }
      out[i] = row;
    }
    return out;
  }

  /** New empty rows occupy `at … at + count - 1`; rows from `at` move down. */
  insertRows(at: number, count: number): void {
    if (at - 1 >= this.rows.length) return;
    // concat, not splice(...spread): inserting thousands of rows must not hit the argument limit
    this.rows = this.rows.slice(0, at - 1).concat(new Array(count), this.rows.slice(at - 1));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
  }

  insertColumns(at: number, count: number): void {
    this.rows.forEach((line, r) => {
      if (line !== undefined && at - 1 < line.length) {
        this.rows[r] = line.slice(0, at - 1).concat(new Array(count), line.slice(at - 1));
      }
    });
  }

  deleteColumns(at: number, count: number): void {
    for (const line of this.rows) line?.splice(at - 1, count);
  }

  /** Drops everything beyond the sheet's size (after the sheet shrinks). */
  clear(): void {
    this.rows = [];
  }

  /** Last row holding a cell; 0 when the layer is empty. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const line = this.rows[r];
      if (line?.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (line === undefined) continue;
      for (let c = line.length - 1; c >= last; c--) {
        if (line[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  toRows(): GridRows<T> {
    const out: GridRows<T> = [];
    const last = this.lastRow();
    for (let r = 0; r < last; r++) {
      const line = this.rows[r];
      if (line === undefined || !line.some((v) => v !== undefined)) {
        out.push(null);
        continue;
      }
      let end = line.length;
      while (end > 0 && line[end - 1] === undefined) end--;
      const row: Array<T | null> = new Array(end);
      for (let c = 0; c < end; c++) row[c] = line[c] ?? null;
      out.push(row);
    }
    return out;
  }

  static fromRows<T>(rows: GridRows<T> | undefined): Grid<T> {
    const grid = new Grid<T>();
    rows?.forEach((line, r) => {
      line?.forEach((value, c) => {
        if (value !== null) grid.set(r + 1, c + 1, value);
      });
    });
    return grid;
  }
}
