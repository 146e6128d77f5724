/** Problems in the agenda settings sheets: the shared sheet problem, under the agenda's name. */
import { describeSheetProblem, type SheetProblem } from '../../data/sheet-rows';

export type SettingsProblem = SheetProblem;

/** The sentence shown to the admin, e.g. `AgendaJenis baris 4, kolom Warna: Warna "…" ….` */
export const describeSettingsProblem = describeSheetProblem;

export type Report = (row: number, column: string, message: string) => void;
