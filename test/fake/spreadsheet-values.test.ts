import { FakeKernel } from '../../dev/fake/kernel';
import { FakeSpreadsheetService } from '../../dev/fake/spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function setup() {
  const kernel = new FakeKernel();
  const service = new FakeSpreadsheetService(kernel);
  const app = service.globals().SpreadsheetApp as App;
  const book = app.create('Data');
  const sheet = book.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  return { kernel, service, app, book, sheet };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('cell values', () => {
  it('reads empty cells as "" and keeps numbers, booleans and strings typed', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[42, true, 'teks']]);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      [42, true, 'teks', ''],
      ['', '', '', ''],
    ]);
  });

  it('returns Date objects for date cells, as fresh copies', () => {
    const { sheet } = setup();
    const when = new Date('2026-11-22T01:30:00.000Z');
    sheet.getRange('B2').setValue(when);
    const read = sheet.getRange('B2').getValue() as Date;
    expect(read).toBeInstanceOf(Date);
    expect(read.getTime()).toBe(when.getTime());
    read.setFullYear(2000);
    expect((sheet.getRange('B2').getValue() as Date).getTime()).toBe(when.getTime());
  });

  it('interprets strings the way Sheets interprets typing', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:H1')
      .setValues([
        ['12', '-3', '1.5', 'true', 'FALSE', '2026-11-22', '2026-11-22 08:30', '08123456789'],
      ]);
    const [row = []] = sheet.getRange('A1:H1').getValues();
    expect(row.slice(0, 5)).toEqual([12, -3, 1.5, true, false]);
    // Dates land at that wall time in the spreadsheet's zone (Asia/Jakarta, UTC+7).
    expect((row[5] as Date).toISOString()).toBe('2026-11-21T17:00:00.000Z');
    expect((row[6] as Date).toISOString()).toBe('2026-11-22T01:30:00.000Z');
    // The leading zero of a phone number is lost, as in Sheets.
    expect(row[7]).toBe(8123456789);
  });

  it('makes a leading "=" a formula and keeps an apostrophe-prefixed string as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=SUM(C:C)', "'=1+1"]]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(C:C)', '']]);
    // Formulas are not evaluated: their value reads as an empty cell.
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '=1+1']]);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('keeps strings as text in cells formatted as plain text "@"', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:C1').setNumberFormat('@');
    range.setValues([['007', '=1+1', 'TRUE']]);
    expect(range.getValues()).toEqual([['007', '=1+1', 'TRUE']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  it('setFormula stores the formula; setValue overwrites it', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('C3');
    cell.setFormula('=A1*2');
    expect(cell.getFormula()).toBe('=A1*2');
    cell.setValue(7);
    expect(cell.getFormula()).toBe('');
    expect(cell.getValue()).toBe(7);
  });

  it('setValue on a multi-cell range fills every cell; "" empties cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    sheet.getRange('A1:B2').setValues([
      ['', null],
      ['y', undefined],
    ]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['y', ''],
    ]);
    expect(sheet.getLastColumn()).toBe(1);
  });

  it('renders display values through the common number formats', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:H1');
    range.setValues([[1234.567, 1234.567, 1234.567, 0.256, 5, '2026-11-22 08:30', '', true]]);
    range.setNumberFormats([['0', '0.00', '#,##0', '0%', '@', 'dd/mm/yyyy', 'yyyy-mm-dd', '0']]);
    sheet.getRange('G1').setValue(new Date('2026-11-22T01:30:00.000Z'));
    sheet.getRange('G1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(range.getDisplayValues()).toEqual([
      ['1235', '1234.57', '1,235', '26%', '5', '22/11/2026', '2026-11-22 08:30', 'TRUE'],
    ]);
    expect(sheet.getRange('Z9').getNumberFormat()).toBe('0.###############');
  });

  it('tracks the last row and column with content; 0 on an empty sheet', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setFormula('=1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  it('appendRow writes below the data and grows a full sheet', () => {
    const { app } = setup();
    const small = app.create('Kecil', 2, 2).getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    small.appendRow(['a', 'b']);
    small.appendRow(['c', 'd']);
    small.appendRow(['e', 'f', '3']);
    expect(small.getMaxRows()).toBe(3);
    expect(small.getMaxColumns()).toBe(3);
    expect(small.getDataRange().getValues()).toEqual([
      ['a', 'b', ''],
      ['c', 'd', ''],
      ['e', 'f', 3],
    ]);
  });
});

describe('shape errors', () => {
  it('rejects data whose size differs from the range, with Google\u2019s message', () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 3, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([[1], [2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('bounds-checks getRange like Google, in Google\u2019s order', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(thrown(() => sheet.getRange(1, 27))).toMatchObject({
      name: 'Exception',
      kind: 'OUT_OF_BOUNDS',
    });
  });
});

describe('A1 notation', () => {
  it('reads cells, blocks, whole columns, whole rows and sheet prefixes', () => {
    const { book, sheet } = setup();
    const other = book.insertSheet('Rekap Tahunan');
    const cases: Array<[GoogleAppsScript.Spreadsheet.Range, number[], string]> = [
      [sheet.getRange('B2'), [2, 2, 1, 1], 'B2'],
      [sheet.getRange('C10:A1'), [1, 1, 10, 3], 'A1:C10'],
      [sheet.getRange('A:B'), [1, 1, 1000, 2], 'A:B'],
      [sheet.getRange('2:3'), [2, 1, 2, 26], '2:3'],
      [sheet.getRange('B2:C'), [2, 2, 999, 2], 'B2:C1000'],
      [book.getRange("'Rekap Tahunan'!$A$1:B2"), [1, 1, 2, 2], 'A1:B2'],
    ];
    for (const [range, [row, col, rows, cols], a1] of cases) {
      expect([
        range.getRow(),
        range.getColumn(),
        range.getNumRows(),
        range.getNumColumns(),
      ]).toEqual([row, col, rows, cols]);
      expect(range.getA1Notation()).toBe(a1);
    }
    expect(book.getRange("'Rekap Tahunan'!A1").getSheet().getSheetId()).toBe(other.getSheetId());
    expect(() => book.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('offset moves and resizes, bounds-checked', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(() => range.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('service calls', () => {
  it('counts one call per getValues/setValues whatever the range size, and is fast', () => {
    const { kernel, sheet } = setup();
    sheet.insertRowsAfter(1000, 4000);
    const data = Array.from({ length: 5000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? `id-${r}` : r * c)),
    );
    kernel.resetCounters();
    const started = performance.now();
    const range = sheet.getRange(1, 1, 5000, 20);
    range.setValues(data);
    const back = range.getValues();
    const elapsed = performance.now() - started;
    expect(back).toEqual(data);
    expect(kernel.counters()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 1,
    });
    expect(elapsed).toBeLessThan(1000);
  });

  it('lets an injected fault reach the caller at the nth call', () => {
    const { kernel, sheet } = setup();
    const range = sheet.getRange('A1');
    kernel.injectFault({ method: 'Range.getValues', nth: 2, error: 'QUOTA_RATE' });
    expect(range.getValues()).toEqual([['']]);
    expect(() => range.getValues()).toThrow('Service invoked too many times in a short time');
    expect(kernel.pendingFaults()).toEqual([]);
  });
});
