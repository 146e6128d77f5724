import { FakeKernel } from '../../dev/fake/kernel';
import { FakeSpreadsheetService } from '../../dev/fake/spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup() {
  const kernel = new FakeKernel();
  const service = new FakeSpreadsheetService(kernel);
  const app = service.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = app.create('Data');
  return { kernel, app, book, sheet: book.getSheets()[0] as Sheet };
}

describe('data validation', () => {
  it('builds and stores rules per cell, read back as DataValidation', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Ya', 'Tidak'], true)
      .setAllowInvalid(false)
      .setHelpText('Pilih Ya atau Tidak')
      .build();
    sheet.getRange('E2:E100').setDataValidation(rule);
    const read = sheet.getRange('E50').getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
    expect([read?.getAllowInvalid(), read?.getHelpText()]).toEqual([false, 'Pilih Ya atau Tidak']);
    expect(
      sheet
        .getRange('E1:E2')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, false]);
    sheet.getRange('E2:E100').clearDataValidations();
    expect(sheet.getRange('E50').getDataValidation()).toBeNull();
  });

  it('defaults to allowing invalid input and records the other criteria', () => {
    const { app } = setup();
    const cases: Array<[GoogleAppsScript.Spreadsheet.DataValidationBuilder, string, unknown[]]> = [
      [app.newDataValidation().requireNumberBetween(1, 5), 'NUMBER_BETWEEN', [1, 5]],
      [app.newDataValidation().requireCheckbox(), 'CHECKBOX', []],
      [app.newDataValidation().requireDate(), 'DATE_IS_VALID_DATE', []],
      [app.newDataValidation().requireTextIsUrl(), 'TEXT_IS_VALID_URL', []],
    ];
    for (const [builder, type, values] of cases) {
      const rule = builder.build();
      expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid()]).toEqual([
        type,
        values,
        true,
      ]);
    }
  });

  it('checks and unchecks checkbox cells', () => {
    const { sheet } = setup();
    const boxes = sheet.getRange('A1:A3').insertCheckboxes();
    expect(boxes.getValues()).toEqual([[false], [false], [false]]);
    expect(boxes.isChecked()).toBe(false);
    sheet.getRange('A2').check();
    expect(boxes.isChecked()).toBeNull();
    boxes.check();
    expect(boxes.getValues()).toEqual([[true], [true], [true]]);
    boxes.uncheck();
    expect(boxes.isChecked()).toBe(false);
  });
});

describe('conditional formats', () => {
  it('stores rules on the sheet and returns them with their ranges', () => {
    const { app, book, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(2)
      .setBackground('#f4cccc')
      .setBold(true)
      .setRanges([sheet.getRange('C2:C100')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const [stored] = sheet.getConditionalFormatRules();
    const condition = stored?.getBooleanCondition();
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C100']);
    expect([condition?.getCriteriaType(), condition?.getCriteriaValues()]).toEqual([
      'NUMBER_LESS_THAN',
      [2],
    ]);
    expect([condition?.getBackground(), condition?.getBold()]).toEqual(['#f4cccc', true]);

    const elsewhere = app
      .newConditionalFormatRule()
      .whenTextEqualTo('x')
      .setRanges([book.insertSheet('Lain').getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([elsewhere])).toThrow(
      'Conditional format rule cannot reference a different sheet.',
    );
  });
});

describe('charts', () => {
  it('records inserted charts and their updates', () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:B8'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Indeks SPBE')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B8']);
    expect(stored?.getOptions().get('title')).toBe('Indeks SPBE');
    expect(stored?.getContainerInfo().getAnchorColumn()).toBe(4);

    if (!stored) throw new Error('chart not stored');
    sheet.updateChart(stored.modify().setOption('title', 'Baru').build());
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Baru');
    sheet.removeChart(stored);
    expect(sheet.getCharts()).toEqual([]);
  });
});
