import { FakeKernel } from '../../dev/fake/kernel';
import { FakeSpreadsheetService } from '../../dev/fake/spreadsheet';

function setup() {
  const kernel = new FakeKernel();
  const service = new FakeSpreadsheetService(kernel);
  const app = service.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = app.create('Penilaian');
  service.setActive(book.getId());
  return { kernel, service, app, book };
}

const html = (title: string, content: string) => ({
  getTitle: () => title,
  getContent: () => content,
});

describe('the Sheets Ui', () => {
  it('records menus as trees when added, one per caption', () => {
    const { service, app } = setup();
    const ui = app.getUi();
    const sub = ui.createMenu('Laporan').addItem('Bulanan', 'reportMonthly');
    ui.createMenu('SPBE')
      .addItem('Buka panel', 'showSidebar')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    app.getUi().createMenu('SPBE').addItem('Buka panel', 'showSidebar').addToUi();
    app.getUi().createAddonMenu().addItem('Penyiapan', 'menuSetup').addToUi();

    const [spbe, addon] = service.menus();
    expect(service.menus()).toHaveLength(2);
    expect(spbe?.items).toEqual([{ caption: 'Buka panel', functionName: 'showSidebar' }]);
    expect(addon).toMatchObject({ addon: true, items: [{ functionName: 'menuSetup' }] });
  });

  it('keeps the layout of separators and submenus', () => {
    const { service, app } = setup();
    const ui = app.getUi();
    ui.createMenu('SPBE')
      .addItem('Buka panel', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Laporan').addItem('Bulanan', 'reportMonthly'))
      .addToUi();
    const [menu] = service.menus();
    expect(menu?.entries.map((e) => e.kind)).toEqual(['item', 'separator', 'submenu']);
    expect(menu?.items.map((i) => i.functionName)).toEqual(['showSidebar', 'reportMonthly']);
  });

  it('records the HtmlOutput shown in sidebars and dialogs as given', () => {
    const { service, app } = setup();
    const sidebar = html('SPBE Workspace', '<p>panel</p>');
    app.getUi().showSidebar(sidebar as never);
    app.getUi().showModalDialog(html('', '<p>x</p>') as never, 'Konfirmasi');
    expect(service.shownSidebars()).toEqual([sidebar]);
    expect(service.shownSidebars()[0]?.getTitle()).toBe('SPBE Workspace');
    expect(service.shownDialogs()).toMatchObject([{ kind: 'modal', title: 'Konfirmasi' }]);
    expect(() => app.getUi().showSidebar('<p>' as never)).toThrow(
      "don't match the method signature",
    );
  });

  it('answers alerts and prompts from the queue, else with the first button', () => {
    const { service, app } = setup();
    const ui = app.getUi();
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    expect(ui.alert('Hapus?', 'Data akan dihapus.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    service.queueAlertResponse('NO');
    expect(ui.alert('Hapus?', ui.ButtonSet.YES_NO)).toBe('NO');
    service.queuePromptResponse('Kominfo', 'OK');
    const answer = ui.prompt('Unit', 'Nama unit?', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Kominfo', 'OK']);
    expect(ui.prompt('Lagi?').getResponseText()).toBe('');
    expect(service.alerts().map((a) => [a.kind, a.title, a.prompt, a.buttons, a.response])).toEqual(
      [
        ['alert', null, 'Selesai', 'OK', 'OK'],
        ['alert', 'Hapus?', 'Data akan dihapus.', 'YES_NO', 'YES'],
        ['alert', null, 'Hapus?', 'YES_NO', 'NO'],
        ['prompt', 'Unit', 'Nama unit?', 'OK_CANCEL', 'OK'],
        ['prompt', null, 'Lagi?', 'OK', 'OK'],
      ],
    );
  });

  it('refuses getUi without a bound spreadsheet or outside the editor', () => {
    const { service, app } = setup();
    service.setUiAvailable(false);
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    service.setUiAvailable(true);
    service.setActive(null);
    expect(app.getActiveSpreadsheet()).toBeNull();
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('records toasts', () => {
    const { service, book } = setup();
    book.toast('Tersimpan', 'SPBE', 3);
    expect(service.toasts()).toEqual([
      { spreadsheetId: book.getId(), message: 'Tersimpan', title: 'SPBE', timeoutSeconds: 3 },
    ]);
  });

  it('counts Ui calls under Google\u2019s class names', () => {
    const { kernel, app } = setup();
    kernel.resetCounters();
    app.getUi().createMenu('A').addItem('B', 'c').addToUi();
    expect(kernel.counters()).toEqual({
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 1,
    });
  });
});
