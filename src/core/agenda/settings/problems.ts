/** What is wrong in a settings sheet, pointed at the cell the admin has to fix. */
export interface SettingsProblem {
  /** Sheet name, e.g. "AgendaJenis". */
  readonly sheet: string;
  /** 1-based sheet row, as the admin sees it (row 1 is the header). */
  readonly row: number;
  /** Column header; '' when the problem is the whole sheet (it does not exist). */
  readonly column: string;
  /** Indonesian, without the sheet/row/column prefix and without a final period. */
  readonly message: string;
}

/** The sentence shown to the admin, e.g. `AgendaJenis baris 4, kolom Warna: Warna "…" ….` */
export const describeSettingsProblem = (p: SettingsProblem): string =>
  p.column === ''
    ? `${p.sheet}: ${p.message}.`
    : `${p.sheet} baris ${p.row}, kolom ${p.column}: ${p.message}.`;

export type Report = (row: number, column: string, message: string) => void;
