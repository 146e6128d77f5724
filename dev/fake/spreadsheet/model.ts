/**
 * The data behind the fake: plain records the Apps Script-shaped wrappers (Spreadsheet,
 * Sheet, Range, …) read and write. Wrappers are made fresh on every call, as Google's are;
 * the records are the single source of truth and what gets persisted.
 */
import type { Rect } from './a1';
import { Grid } from './grid';
import type { CellValue } from './input';

export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** Cell attributes kept as one string layer each; absent means Sheets' default. */
export const FORMAT_KEYS = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'wrapStrategy',
  'horizontalAlignment',
] as const;
export type FormatKey = (typeof FORMAT_KEYS)[number];

export interface RangeRef {
  sheetId: number;
  rect: Rect;
}

export interface ConditionSpec {
  type: string;
  values: unknown[];
}

export interface CellFormatSpec {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ConditionalRuleSpec {
  rects: Rect[];
  condition: ConditionSpec | null;
  format: CellFormatSpec;
}

export interface ChartPosition {
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartSpec {
  id: number;
  type: string;
  ranges: RangeRef[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenCols: number;
  columnWidths: Map<number, number>;
  values: Grid<CellValue>;
  formulas: Grid<string>;
  validations: Grid<ValidationSpec>;
  notes: Grid<string>;
  formats: Record<FormatKey, Grid<string>>;
  merges: Rect[];
  conditionalRules: ConditionalRuleSpec[];
  charts: ChartSpec[];
}

export type ProtectionKind = 'RANGE' | 'SHEET';

export interface ProtectionSpec {
  id: number;
  type: ProtectionKind;
  sheetId: number;
  /** null for a sheet protection: it covers the whole sheet whatever its size. */
  rect: Rect | null;
  description: string;
  /** null until a script changes the editors: the protection then mirrors the file's sharing. */
  editors: string[] | null;
  domainEdit: boolean;
  warningOnly: boolean;
  unprotected: Rect[];
  rangeName: string | null;
}

export interface NamedRangeSpec {
  name: string;
  sheetId: number;
  rect: Rect;
}

export interface SpreadsheetModel {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  timeZone: string;
  sheets: SheetModel[];
  activeSheetId: number;
  /** Sheet ids, protection ids and chart ids all come from this per-file counter. */
  nextObjectId: number;
  namedRanges: NamedRangeSpec[];
  protections: ProtectionSpec[];
  /** Deleted in Drive: openById then fails. */
  trashed: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 100;

function emptyFormats(): Record<FormatKey, Grid<string>> {
  return {
    numberFormat: new Grid(),
    background: new Grid(),
    fontWeight: new Grid(),
    fontColor: new Grid(),
    wrapStrategy: new Grid(),
    horizontalAlignment: new Grid(),
  };
}

export function newSheet(id: number, name: string, rows: number, cols: number): SheetModel {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    hidden: false,
    tabColor: null,
    frozenRows: 0,
    frozenCols: 0,
    columnWidths: new Map(),
    values: new Grid(),
    formulas: new Grid(),
    validations: new Grid(),
    notes: new Grid(),
    formats: emptyFormats(),
    merges: [],
    conditionalRules: [],
    charts: [],
  };
}

export function sheetById(ss: SpreadsheetModel, sheetId: number): SheetModel | undefined {
  return ss.sheets.find((s) => s.id === sheetId);
}

/** getSheetByName matches the name exactly (case-sensitive), as Google's does. */
export function sheetByName(ss: SpreadsheetModel, name: string): SheetModel | undefined {
  return ss.sheets.find((s) => s.name === name);
}

/** …but two sheets may not differ only in case. */
export function sheetNameTaken(ss: SpreadsheetModel, name: string, except?: SheetModel): boolean {
  const wanted = name.toLowerCase();
  return ss.sheets.some((s) => s !== except && s.name.toLowerCase() === wanted);
}

export function allocateId(ss: SpreadsheetModel): number {
  const id = ss.nextObjectId;
  ss.nextObjectId += 1;
  return id;
}
