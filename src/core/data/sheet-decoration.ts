/**
 * How a sheet should look and guard itself, as data (columns and rows 1-based). Data rows
 * are rows 2…`rows + 1` unless `firstDataRow` says otherwise.
 */
export interface SheetDecoration {
  readonly sheet: string;
  readonly rows: number;
  readonly firstDataRow?: number;
  readonly frozenRows?: number;
  readonly boldRows?: readonly number[];
  readonly dropdowns?: readonly { readonly column: number; readonly values: readonly string[] }[];
  readonly numberFormats?: readonly { readonly column: number; readonly format: string }[];
  /** Warning-only protection: editing shows Google's warning, so mistakes are caught but the owner is never locked out. */
  readonly protectColumns?: readonly { readonly column: number; readonly description: string }[];
  readonly protectSheet?: string;
  /** Background by value in these columns (levels 0–5 or predicate names). */
  readonly colorByValue?: readonly {
    readonly columns: readonly number[];
    readonly colors: Readonly<Record<string, string>>;
  }[];
  readonly columnWidths?: readonly { readonly column: number; readonly width: number }[];
  readonly charts?: readonly {
    readonly title: string;
    readonly kind: 'column' | 'line';
    /** A1 ranges, first one the labels. */
    readonly ranges: readonly string[];
    readonly anchor: { readonly row: number; readonly column: number };
  }[];
}
