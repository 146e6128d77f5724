/**
 * A report made safe for the archive sheet. Report text is written by people and often
 * starts with "-" (a list) or "=" — Sheets would read such a cell as a formula, showing
 * #ERROR! at best and running `=IMPORTXML(…)` at worst. The parser returns the text as
 * written (readable in the CLI and the checklist); whoever writes a report to a sheet passes
 * it through sheetSafeReport first.
 */
import { sheetSafe } from '../../text/sheet-safe';
import type { DailyReport } from './index';

/** Sheets refuses a whole write when one cell holds more than 50,000 characters. */
export const SHEET_CELL_LIMIT = 50_000;
const CUT_MARK = ' … (dipotong)';

/** Text for one cell: never a formula, never over the cell limit (cut with a visible mark). */
export function sheetCell(text: string): string {
  const fits =
    text.length < SHEET_CELL_LIMIT
      ? text
      : `${text.slice(0, SHEET_CELL_LIMIT - CUT_MARK.length - 1)}${CUT_MARK}`;
  return sheetSafe(fits);
}

export function sheetSafeReport(report: DailyReport): DailyReport {
  // fromEntries defines own properties: a section named "__proto__" stays a section.
  const sections = Object.fromEntries(
    Object.entries(report.sections).map(([name, text]) => [name, sheetCell(text)]),
  );
  return {
    messageId: sheetCell(report.messageId),
    from: sheetCell(report.from),
    unit: sheetCell(report.unit),
    unitCode: sheetCell(report.unitCode),
    date: sheetCell(report.date),
    priority: sheetCell(report.priority),
    sections,
    attachments: report.attachments.map(sheetCell),
  };
}
