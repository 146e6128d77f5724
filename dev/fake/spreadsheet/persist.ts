/**
 * The fake's state as a plain tree for toJson/fromJson: grids become rows with nulls for
 * empty cells, maps become entry lists, and validation rules (usually one rule filled over a
 * whole column) are stored once and referenced by index from the cells.
 */
import { Grid, type GridRows } from './grid';
import type { CellValue } from './input';
import {
  FORMAT_KEYS,
  type FormatKey,
  type SheetModel,
  type SpreadsheetModel,
  type ValidationSpec,
} from './model';
import type { MenuTree } from './workspace';

/** The model's fields JSON cannot hold as they are: a map and the grids. */
type ReshapedField = 'columnWidths' | 'values' | 'formulas' | 'validations' | 'notes' | 'formats';

/** A sheet as saved: the model's plain fields as they are, the others reshaped for JSON. */
interface SheetState extends Omit<SheetModel, ReshapedField> {
  columnWidths: Array<[number, number]>;
  values: GridRows<CellValue>;
  formulas: GridRows<string>;
  validationRules: ValidationSpec[];
  validations: GridRows<number>;
  notes: GridRows<string>;
  formats: Record<FormatKey, GridRows<string>>;
}

interface SpreadsheetState extends Omit<SpreadsheetModel, 'sheets'> {
  sheets: SheetState[];
}

export interface SpreadsheetServiceState {
  spreadsheets: SpreadsheetState[];
  activeId: string | null;
  uiAvailable: boolean;
  menus: Array<[string, MenuTree[]]>;
}

function saveSheet(sheet: SheetModel): SheetState {
  const rules: ValidationSpec[] = [];
  const index = new Map<ValidationSpec, number>();
  const indexOf = (spec: ValidationSpec): number => {
    let i = index.get(spec);
    if (i === undefined) {
      i = rules.length;
      rules.push(spec);
      index.set(spec, i);
    }
    return i;
  };
  const validations = Grid.fromRows<number>(
    sheet.validations
      .toRows()
      .map((row) => row?.map((spec) => (spec ? indexOf(spec) : null)) ?? null),
  );
  return {
    id: sheet.id,
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    columnWidths: [...sheet.columnWidths.entries()],
    values: sheet.values.toRows(),
    formulas: sheet.formulas.toRows(),
    validationRules: rules,
    validations: validations.toRows(),
    notes: sheet.notes.toRows(),
    formats: Object.fromEntries(FORMAT_KEYS.map((k) => [k, sheet.formats[k].toRows()])) as Record<
      FormatKey,
      GridRows<string>
    >,
    merges: sheet.merges,
    conditionalRules: sheet.conditionalRules,
    charts: sheet.charts,
  };
}

function loadSheet(state: SheetState): SheetModel {
  const validations = state.validations.map(
    (row) => row?.map((i) => (i === null ? null : (state.validationRules[i] ?? null))) ?? null,
  );
  return {
    id: state.id,
    name: state.name,
    maxRows: state.maxRows,
    maxCols: state.maxCols,
    hidden: state.hidden,
    tabColor: state.tabColor,
    frozenRows: state.frozenRows,
    frozenCols: state.frozenCols,
    columnWidths: new Map(state.columnWidths),
    values: Grid.fromRows(state.values),
    formulas: Grid.fromRows(state.formulas),
    validations: Grid.fromRows(validations),
    notes: Grid.fromRows(state.notes),
    formats: Object.fromEntries(
      FORMAT_KEYS.map((k) => [k, Grid.fromRows(state.formats[k])]),
    ) as Record<FormatKey, Grid<string>>,
    merges: state.merges,
    conditionalRules: state.conditionalRules,
    charts: state.charts,
  };
}

export function saveSpreadsheet(ss: SpreadsheetModel): SpreadsheetState {
  return { ...ss, sheets: ss.sheets.map(saveSheet) };
}

export function loadSpreadsheet(state: SpreadsheetState): SpreadsheetModel {
  return { ...state, sheets: state.sheets.map(loadSheet) };
}
