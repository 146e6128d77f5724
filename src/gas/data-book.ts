/**
 * A spreadsheet as a set of tables (ports.DataBook). One batch read or write per table per
 * operation: the cost in Apps Script is the number of service calls, not the rows.
 */

import type { SheetDecoration } from '../core/data/sheet-decoration';
import type { TableDef } from '../core/data/tables';
import type { DataBook, DataBooks, SheetSummary, Workbooks } from '../ports';
import { decorateSheet } from './decorate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Grows the sheet to at least `rows` × `columns`: writing outside it fails in Apps Script. */
function growToFit(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

class SpreadsheetDataBook implements DataBook {
  readonly id: string;
  readonly url: string;
  readonly name: string;

  /**
   * A spreadsheet made by create() comes with one blank sheet; the first table takes it
   * over instead of leaving an empty "Sheet1" behind.
   */
  private blankSheet: Sheet | null;

  constructor(
    private readonly spreadsheet: Spreadsheet,
    justCreated = false,
  ) {
    this.blankSheet = justCreated ? (spreadsheet.getSheets()[0] ?? null) : null;
    this.id = spreadsheet.getId();
    this.url = spreadsheet.getUrl();
    this.name = spreadsheet.getName();
  }

  private sheetOrNew(name: string): Sheet {
    const existing = this.spreadsheet.getSheetByName(name);
    if (existing) return existing;
    const sheet = this.blankSheet
      ? this.blankSheet.setName(name)
      : this.spreadsheet.insertSheet(name);
    this.blankSheet = null;
    return sheet;
  }

  private sheet(table: string): Sheet {
    const sheet = this.spreadsheet.getSheetByName(table);
    if (sheet === null) throw new Error(`Tabel "${table}" tidak ada di spreadsheet data`);
    return sheet;
  }

  headers(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const sheet of this.spreadsheet.getSheets()) {
      const width = sheet.getLastColumn();
      const header = width === 0 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
      out.set(
        sheet.getName(),
        header.map((h) => String(h)),
      );
    }
    return out;
  }

  summaries(): SheetSummary[] {
    return this.spreadsheet
      .getSheets()
      .map((s) => ({ name: s.getName(), rows: Math.max(0, s.getLastRow() - 1) }));
  }

  createTable(def: TableDef): void {
    const sheet = this.blankSheet
      ? this.blankSheet.setName(def.name)
      : this.spreadsheet.insertSheet(def.name);
    this.blankSheet = null;
    growToFit(sheet, 1, def.headers.length);
    sheet
      .getRange(1, 1, 1, def.headers.length)
      .setValues([[...def.headers]])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
  }

  appendHeaders(table: string, headers: readonly string[], atColumn: number): void {
    const sheet = this.sheet(table);
    growToFit(sheet, 1, atColumn + headers.length - 1);
    sheet
      .getRange(1, atColumn, 1, headers.length)
      .setValues([[...headers]])
      .setFontWeight('bold');
  }

  read(table: string): { header: string[]; rows: unknown[][] } {
    const sheet = this.sheet(table);
    const width = sheet.getLastColumn();
    const height = sheet.getLastRow();
    if (width === 0 || height === 0) return { header: [], rows: [] };
    const [header = [], ...rows] = sheet.getRange(1, 1, height, width).getValues();
    return { header: header.map((h) => String(h)), rows };
  }

  append(table: string, rows: readonly (readonly unknown[])[]): void {
    if (rows.length === 0) return;
    const sheet = this.sheet(table);
    const width = Math.max(...rows.map((r) => r.length));
    const start = sheet.getLastRow() + 1;
    growToFit(sheet, start + rows.length - 1, width);
    const padded = rows.map((r) => [...r, ...new Array<unknown>(width - r.length).fill('')]);
    sheet.getRange(start, 1, rows.length, width).setValues(padded);
  }

  replace(table: string, header: readonly string[], rows: readonly (readonly unknown[])[]): void {
    const values = [header, ...rows];
    this.writeValues(
      this.sheetOrNew(table),
      values,
      Math.max(header.length, ...rows.map((r) => r.length)),
    );
  }

  writeRow(table: string, row: number, values: readonly unknown[]): void {
    this.sheet(table)
      .getRange(row, 1, 1, values.length)
      .setValues([[...values]]);
  }

  writeBlock(sheet: string, values: readonly (readonly unknown[])[]): void {
    this.writeValues(this.sheetOrNew(sheet), values, Math.max(0, ...values.map((r) => r.length)));
  }

  /** One setValues for the block; leftover cells below and to the right are cleared, not rewritten. */
  private writeValues(sheet: Sheet, values: readonly (readonly unknown[])[], width: number): void {
    if (values.length === 0 || width === 0) return;
    growToFit(sheet, values.length, width);
    const padded = values.map((r) => [...r, ...new Array<unknown>(width - r.length).fill('')]);
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    sheet.getRange(1, 1, padded.length, width).setValues(padded);
    if (lastRow > padded.length)
      sheet
        .getRange(padded.length + 1, 1, lastRow - padded.length, Math.max(1, lastColumn))
        .clearContent();
    if (lastColumn > width)
      sheet.getRange(1, width + 1, padded.length, lastColumn - width).clearContent();
  }

  decorate(decoration: SheetDecoration): void {
    decorateSheet(this.sheetOrNew(decoration.sheet), decoration);
  }
}

export const spreadsheetBooks: DataBooks = {
  create: (name) => new SpreadsheetDataBook(SpreadsheetApp.create(name), true),
  open: (id) => {
    try {
      return new SpreadsheetDataBook(SpreadsheetApp.openById(id));
    } catch {
      // openById throws for deleted and unshared files alike; the caller reports it.
      return null;
    }
  },
};

export const activeWorkbooks: Workbooks = {
  active: () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const settings = PropertiesService.getDocumentProperties();
    if (!spreadsheet || !settings) return null;
    return {
      book: new SpreadsheetDataBook(spreadsheet),
      settings: {
        get: (key) => settings.getProperty(key),
        set: (key, value) => {
          settings.setProperty(key, value);
        },
      },
    };
  },
};
