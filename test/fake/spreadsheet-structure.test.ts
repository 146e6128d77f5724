import { FakeKernel } from '../../dev/fake/kernel';
import { FakeSpreadsheetService } from '../../dev/fake/spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup() {
  const kernel = new FakeKernel();
  const service = new FakeSpreadsheetService(kernel);
  const app = service.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { kernel, service, app };
}

describe('files', () => {
  it('creates a file owned by the active user with one 1000 \u00d7 26 Sheet1', () => {
    const { kernel, app } = setup();
    kernel.activeUser = 'kepala@bangka.go.id';
    const book = app.create('Penilaian');
    const [sheet] = book.getSheets();
    expect([sheet?.getName(), sheet?.getMaxRows(), sheet?.getMaxColumns()]).toEqual([
      'Sheet1',
      1000,
      26,
    ]);
    expect(book.getOwner()?.getEmail()).toBe('kepala@bangka.go.id');
    expect(book.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(book.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${book.getId()}/edit`);
  });

  it('opens by id and by URL; unknown and trashed ids throw', () => {
    const { service, app } = setup();
    const book = app.create('Data');
    expect(app.openById(book.getId()).getName()).toBe('Data');
    expect(app.openByUrl(book.getUrl()).getId()).toBe(book.getId());
    expect(() => app.openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    service.trash(book.getId());
    expect(() => app.openById(book.getId())).toThrow(
      expect.objectContaining({ kind: 'NOT_FOUND' }),
    );
  });

  it('has no active spreadsheet until the script is bound to one', () => {
    const { service, app } = setup();
    expect(app.getActiveSpreadsheet()).toBeNull();
    const book = app.create('Wadah');
    service.setActive(book.getId());
    expect(app.getActive()?.getId()).toBe(book.getId());
    expect(app.getActiveSheet()?.getName()).toBe('Sheet1');
    expect(service.all()).toMatchObject([{ id: book.getId(), name: 'Wadah', sheets: ['Sheet1'] }]);
  });
});

describe('sheets', () => {
  it('inserts named and default sheets at an index and makes them active', () => {
    const { app } = setup();
    const book = app.create('Data');
    book.insertSheet('Unit');
    const first = book.insertSheet(0);
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Sheet3', 'Sheet1', 'Unit']);
    expect(book.getActiveSheet().getSheetId()).toBe(first.getSheetId());
    expect(book.getSheetByName('Unit')?.getIndex()).toBe(3);
    expect(book.getSheetByName('unit')).toBeNull();
    expect(() => book.insertSheet('Unit')).toThrow(
      'A sheet with the name "Unit" already exists. Please enter another name.',
    );
    expect(() => first.setName('UNIT')).toThrow('already exists');
  });

  it('cannot delete or hide the last sheet', () => {
    const { app } = setup();
    const book = app.create('Data');
    const only = book.getSheets()[0] as Sheet;
    expect(() => book.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
    expect(() => only.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = book.insertSheet('Lain');
    only.hideSheet();
    expect(only.isSheetHidden()).toBe(true);
    book.deleteSheet(other);
    expect(book.getSheets()).toHaveLength(1);
  });

  it('inserts and deletes rows and columns, moving data and named ranges', () => {
    const { app } = setup();
    const book = app.create('Data');
    const sheet = book.getSheets()[0] as Sheet;
    sheet.getRange('A1:B3').setValues([
      ['h1', 'h2'],
      ['a', 1],
      ['b', 2],
    ]);
    book.setNamedRange('Baris', sheet.getRange('A3:B3'));
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A4:B5').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(book.getRangeByName('Baris')?.getA1Notation()).toBe('A5:B5');
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['h1', '', 'h2']]);
    sheet.deleteRows(2, 2);
    sheet.deleteColumn(2);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['h1', 'h2'],
      ['a', 1],
      ['b', 2],
    ]);
    expect(book.getRangeByName('Baris')?.getValues()).toEqual([['b', 2]]);
    sheet.deleteRow(3);
    expect(book.getRangeByName('Baris')).toBeNull();
  });

  it('refuses to delete every non-frozen row, with Google\u2019s message', () => {
    const { app } = setup();
    const sheet = app.create('Kecil', 3, 2).getSheets()[0] as Sheet;
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 2)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRows(3, 2)).toThrow('Those rows are out of bounds.');
    sheet.deleteRows(2, 1);
    expect(sheet.getMaxRows()).toBe(2);
  });

  it('records frozen panes, widths, tab colour and merges', () => {
    const { app } = setup();
    const sheet = app.create('Data').getSheets()[0] as Sheet;
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(3, 240);
    sheet.setTabColor('#ff0000');
    sheet.getRange('A1:B1').setValues([['judul', 'hilang']]);
    sheet.getRange('A1:B1').merge();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([240, 100]);
    expect(sheet.getTabColor()).toBe('#ff0000');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['judul', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
  });

  it('records formatting and notes', () => {
    const { app } = setup();
    const range = (app.create('Data').getSheets()[0] as Sheet).getRange('A1:B1');
    expect([range.getBackground(), range.getFontWeight(), range.getNote()]).toEqual([
      '#ffffff',
      'normal',
      '',
    ]);
    range.setBackground('#FC0').setFontWeight('bold').setFontColor('#333333').setNote('wajib');
    range.setWrap(true).setHorizontalAlignment('center');
    expect(range.getBackgrounds()).toEqual([['#ffcc00', '#ffcc00']]);
    expect([range.getFontWeight(), range.getFontColor(), range.getNote(), range.getWrap()]).toEqual(
      ['bold', '#333333', 'wajib', true],
    );
    range.clear();
    expect([range.getBackground(), range.getNote()]).toEqual(['#ffffff', 'wajib']);
  });
});
