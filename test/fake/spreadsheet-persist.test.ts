import vm from 'node:vm';
import { FakeKernel } from '../../dev/fake/kernel';
import { FakeSpreadsheetService } from '../../dev/fake/spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function service(kernel = new FakeKernel()) {
  const fake = new FakeSpreadsheetService(kernel);
  return { kernel, fake, app: fake.globals().SpreadsheetApp as App };
}

describe('persistence', () => {
  it('round-trips through JSON text with identical values, Dates included', () => {
    const before = service();
    const book = before.app.create('Arsip 2026');
    const sheet = book.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('A1:E2').setValues([
      ['Tanggal', 'Nilai', 'Aktif', 'Rumus', 'Kode'],
      [new Date('2026-11-22T01:30:00.000Z'), 3.5, true, '=B2*2', "'007"],
    ]);
    sheet.getRange('B2').setNumberFormat('0.00');
    sheet
      .getRange('C2:C500')
      .setDataValidation(before.app.newDataValidation().requireCheckbox().build());
    book.setNamedRange('Nilai', sheet.getRange('B2:B10'));
    sheet.getRange('A1:E1').protect().setDescription('Header').removeEditors(['x@bangka.go.id']);
    book.insertSheet('Kosong');
    before.fake.setActive(book.getId());
    before.app.getUi().createAddonMenu().addItem('Buka panel', 'showSidebar').addToUi();

    const text = JSON.stringify(before.fake.snapshot());
    const after = service();
    after.fake.restore(JSON.parse(text));
    const restored = after.app.openById(book.getId());
    const again = restored.getSheetByName('Sheet1') as GoogleAppsScript.Spreadsheet.Sheet;

    const values = again.getRange('A1:E2').getValues();
    expect(values).toEqual(sheet.getRange('A1:E2').getValues());
    expect(values[1]?.[0]).toBeInstanceOf(Date);
    expect(again.getRange('D2').getFormula()).toBe('=B2*2');
    expect(again.getRange('B2').getDisplayValue()).toBe('3.50');
    expect(again.getRange('C300').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(restored.getRangeByName('Nilai')?.getA1Notation()).toBe('B2:B10');
    expect(restored.getProtections('RANGE' as never)[0]?.getDescription()).toBe('Header');
    expect(restored.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Kosong']);
    expect(after.app.getActiveSpreadsheet()?.getId()).toBe(book.getId());
    expect(after.fake.menus()[0]?.items).toEqual([
      { caption: 'Buka panel', functionName: 'showSidebar' },
    ]);
    // Ids keep coming from the restored counters: a new sheet does not reuse one.
    expect(restored.insertSheet().getSheetId()).toBeGreaterThan(
      (restored.getSheetByName('Kosong') as GoogleAppsScript.Spreadsheet.Sheet).getSheetId(),
    );
  });

  it('accepts state whose dates were already revived by the workspace loader', () => {
    const before = service();
    const sheet = before.app.create('X').getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('A1').setValue(new Date('2026-01-02T03:04:05.000Z'));
    const revived = JSON.parse(JSON.stringify(before.fake.snapshot()), (_k, v) =>
      v && typeof v === 'object' && typeof v.$date === 'string' ? new Date(v.$date) : v,
    );
    const after = service();
    after.fake.restore(revived);
    const [book] = after.fake.all();
    const value = after.app
      .openById(book?.id ?? '')
      .getSheets()[0]
      ?.getRange('A1')
      .getValue() as Date;
    expect(value.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });
});

describe('the script realm', () => {
  it('gives back Dates of the kernel realm and accepts Dates made there', () => {
    const kernel = new FakeKernel();
    kernel.realm = vm.runInContext('({ Date: Date, Error: Error })', vm.createContext({}));
    const { app } = service(kernel);
    const sheet = app.create('X').getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    const scriptDate = new kernel.realm.Date('2026-11-22T00:00:00.000Z');
    expect(scriptDate instanceof Date).toBe(false);
    sheet.getRange('A1:A2').setValues([[scriptDate], ['2026-11-23']]);
    const values = sheet.getRange('A1:A2').getValues().flat();
    for (const value of values) expect(value instanceof kernel.realm.Date).toBe(true);
    expect((values[0] as Date).getTime()).toBe(scriptDate.getTime());
    expect(() => sheet.getRange(0, 1)).toThrow(kernel.realm.Error);
  });
});
