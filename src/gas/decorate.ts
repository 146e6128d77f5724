/**
 * Applies a SheetDecoration: dropdowns, formats, warning-only protection, colours by value
 * and charts. Re-running replaces what an earlier run applied (protections are recognised by
 * their description prefix), so setup can be repeated without piling up duplicates.
 */
import type { SheetDecoration } from '../core/data/sheet-decoration';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks protections this project made, so re-runs replace only those. */
const OWN = 'SPBE Workspace: ';

function removeOwnProtections(sheet: Sheet): void {
  const types = [SpreadsheetApp.ProtectionType.RANGE, SpreadsheetApp.ProtectionType.SHEET];
  for (const type of types) {
    for (const p of sheet.getProtections(type)) if (p.getDescription().startsWith(OWN)) p.remove();
  }
}

export function decorateSheet(sheet: Sheet, d: SheetDecoration): void {
  const first = d.firstDataRow ?? 2;
  const rows = Math.max(1, d.rows);
  const width = Math.max(1, sheet.getLastColumn());
  const column = (c: number) => sheet.getRange(first, c, rows, 1);

  if (d.frozenRows !== undefined) sheet.setFrozenRows(d.frozenRows);
  for (const r of d.boldRows ?? []) sheet.getRange(r, 1, 1, width).setFontWeight('bold');
  for (const { column: c, width: w } of d.columnWidths ?? []) sheet.setColumnWidth(c, w);
  for (const { column: c, format } of d.numberFormats ?? []) column(c).setNumberFormat(format);
  for (const { column: c, values } of d.dropdowns ?? []) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(false)
      .setHelpText(`Pilih salah satu: ${values.join(', ')}`)
      .build();
    column(c).setDataValidation(rule);
  }

  removeOwnProtections(sheet);
  for (const { column: c, description } of d.protectColumns ?? []) {
    column(c).protect().setDescription(`${OWN}${description}`).setWarningOnly(true);
  }
  if (d.protectSheet)
    sheet.protect().setDescription(`${OWN}${d.protectSheet}`).setWarningOnly(true);

  if (d.colorByValue) {
    const rules = d.colorByValue.flatMap(({ columns, colors }) => {
      const ranges = columns.map(column);
      return Object.entries(colors).map(([value, color]) => {
        const builder = SpreadsheetApp.newConditionalFormatRule()
          .setBackground(color)
          .setRanges(ranges);
        return (
          /^\d+$/.test(value)
            ? builder.whenNumberEqualTo(Number(value))
            : builder.whenTextEqualTo(value)
        ).build();
      });
    });
    // The sheet's rules are this project's: the sheet is generated, so replacing them is safe.
    sheet.setConditionalFormatRules(rules);
  }

  if (d.charts) {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    for (const spec of d.charts) {
      const builder = sheet.newChart();
      const typed = spec.kind === 'line' ? builder.asLineChart() : builder.asColumnChart();
      for (const range of spec.ranges) typed.addRange(sheet.getRange(range));
      sheet.insertChart(
        typed
          .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
          .setOption('title', spec.title)
          .build(),
      );
    }
  }
}
