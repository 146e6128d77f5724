import { FakeKernel } from '../../dev/fake/kernel';
import { FakeSpreadsheetService } from '../../dev/fake/spreadsheet';

const OWNER = 'admin@bangka.go.id';
const STAFF = 'staf@bangka.go.id';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function setup() {
  const kernel = new FakeKernel();
  kernel.activeUser = OWNER;
  const service = new FakeSpreadsheetService(kernel);
  const app = service.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = app.create('Data').addEditor(STAFF);
  const sheet = book.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  sheet.getRange('A1:B2').setValues([
    ['Nama', 'Nilai'],
    ['Kominfo', 3],
  ]);
  return { kernel, service, app, book, sheet };
}

/** Google's idiom: keep only the owner (and me) as editors. */
function lockDown(protection: GoogleAppsScript.Spreadsheet.Protection) {
  protection.removeEditors(protection.getEditors().map((u) => u.getEmail()));
  return protection;
}

describe('protection', () => {
  it('refuses a non-editor\u2019s writes with Google\u2019s message and changes nothing', () => {
    const { kernel, sheet } = setup();
    lockDown(sheet.getRange('A1:B1').protect().setDescription('Header'));
    kernel.activeUser = STAFF;
    const writes: Array<() => unknown> = [
      () => sheet.getRange('A1').setValue('x'),
      () =>
        sheet.getRange('A1:B2').setValues([
          [1, 2],
          [3, 4],
        ]),
      () => sheet.getRange('B1').setFormula('=1'),
      () => sheet.getRange('A1:Z1').clearContent(),
      () => sheet.getRange('A1').clear(),
      () => sheet.clear(),
      () => sheet.deleteRow(1),
    ];
    for (const write of writes) {
      expect(write).toThrow(PROTECTED);
    }
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['Nama', 'Nilai'],
      ['Kominfo', 3],
    ]);
    // Outside the protected range the same user writes freely.
    sheet.getRange('A3').setValue('Bappeda');
    expect(sheet.getRange('A3').getValue()).toBe('Bappeda');
  });

  it('throws a PERMISSION-kind Exception', () => {
    const { kernel, sheet } = setup();
    lockDown(sheet.getRange('A1').protect());
    kernel.activeUser = STAFF;
    let caught: unknown;
    try {
      sheet.getRange('A1').setValue('x');
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ name: 'Exception', kind: 'PERMISSION', message: PROTECTED });
  });

  it('protects nothing until the editors change, as Google documents', () => {
    const { kernel, sheet } = setup();
    const protection = sheet.getRange('A1:B1').protect();
    kernel.activeUser = STAFF;
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('boleh');
    expect(sheet.getRange('A1').getValue()).toBe('boleh');
  });

  it('always lets the owner write, and keeps owner and current user as editors', () => {
    const { kernel, sheet } = setup();
    const protection = lockDown(sheet.protect());
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    sheet.getRange('A1').setValue('owner');
    kernel.activeUser = STAFF;
    expect(protection.canEdit()).toBe(false);
    expect(sheet.getRange('A1').canEdit()).toBe(false);
  });

  it('lets listed editors, warning-only protections and unprotected ranges through', () => {
    const { kernel, sheet } = setup();
    const protection = lockDown(sheet.protect());
    protection.setUnprotectedRanges([sheet.getRange('C:C')]);
    kernel.activeUser = STAFF;
    sheet.getRange('C1:C5').setValue('isian');
    expect(() => sheet.getRange('B1:C1').setValue('x')).toThrow(PROTECTED);

    kernel.activeUser = OWNER;
    protection.addEditor(STAFF);
    kernel.activeUser = STAFF;
    sheet.getRange('A1').setValue('editor');

    kernel.activeUser = OWNER;
    protection.removeEditor(STAFF).setWarningOnly(true);
    kernel.activeUser = STAFF;
    sheet.getRange('A2').setValue('peringatan');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['editor'], ['peringatan']]);
  });

  it('lists protections by type and removes them', () => {
    const { book, sheet } = setup();
    const app = book;
    sheet.getRange('A1').protect();
    sheet.getRange('B1').protect();
    const whole = sheet.protect();
    expect(sheet.protect().getProtectionType()).toBe(whole.getProtectionType());
    expect(app.getProtections('RANGE' as never)).toHaveLength(2);
    expect(sheet.getProtections('SHEET' as never)).toHaveLength(1);
    expect(whole.getRange().getA1Notation()).toBe('A1:Z1000');
    whole.remove();
    expect(sheet.getProtections('SHEET' as never)).toHaveLength(0);
    expect(() => sheet.getRange('A1').protect().setUnprotectedRanges([])).toThrow(
      'Unprotected ranges are only supported on protected sheets.',
    );
  });

  it('moves a range protection when rows are inserted above it', () => {
    const { kernel, sheet } = setup();
    const protection = lockDown(sheet.getRange('A2:B2').protect());
    sheet.insertRowsBefore(1, 3);
    expect(protection.getRange().getA1Notation()).toBe('A5:B5');
    kernel.activeUser = STAFF;
    sheet.getRange('A2').setValue('bebas');
    expect(() => sheet.getRange('A5').setValue('x')).toThrow(PROTECTED);
    expect(sheet.getRange('A5').getValue()).toBe('Kominfo');
  });
});
