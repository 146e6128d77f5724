/**
 * The thin slice through every layer, run on the built bundle: menu → sidebar → server
 * call; Gmail and Calendar homepages; setup creating the data spreadsheet and the triggers;
 * and what the user sees when Google fails.
 */
import { ADMIN, actionFunctions, loadBundle, printed, sheetsApp } from './harness';
import { runSidebar } from './sidebar-dom';

const OPERATOR = 'operator@bangka.go.id';

function containerSpreadsheet(workspace: ReturnType<typeof loadBundle>['workspace']) {
  const book = sheetsApp(workspace).create('Penilaian SPBE 2026');
  workspace.spreadsheets.setActive(book.getId());
  return book;
}

const textOf = (json: unknown) => JSON.stringify(json);

describe('the Sheets face', () => {
  it('adds the SPBE Workspace menu, whose first item opens the sidebar', () => {
    const { runtime, workspace } = loadBundle();
    containerSpreadsheet(workspace);
    runtime.run('onOpen', { authMode: 'NONE' });
    const [menu] = workspace.spreadsheets.menus();
    expect(menu?.items.map((i) => i.caption)).toEqual([
      'Buka panel',
      'Siapkan lembar penilaian',
      'Hitung ulang ringkasan',
      'Perbarui riwayat & rencana',
      'Ekspor penilaian (PDF & CSV)',
      'Salin kerangka bawaan ke lembar Kerangka',
      'Penyiapan (Admin Sistem)',
    ]);
    runtime.run(menu?.items[0]?.functionName ?? '');
    const [shown] = workspace.spreadsheets.shownSidebars();
    expect(shown?.getTitle()).toBe('SPBE Workspace');
    expect(shown?.getContent()).toContain('id="muat-ulang"');
  });

  it('setup from the menu tells the admin what it did, in Indonesian', () => {
    const { runtime, workspace } = loadBundle();
    containerSpreadsheet(workspace);
    runtime.run('menuSetup');
    const [alert] = workspace.spreadsheets.alerts();
    expect(alert?.title).toBe('Penyiapan selesai');
    expect(alert?.prompt).toMatch(/Spreadsheet data dibuat\..*tercatat sebagai Admin Sistem/);
  });
});

describe('setup', () => {
  it('run twice leaves one data spreadsheet and one trigger per handler, and keeps entered data', () => {
    const { runtime, workspace } = loadBundle();
    const first = runtime.run<{ spreadsheetId: string; spreadsheetCreated: boolean }>('setup');
    expect(first.spreadsheetCreated).toBe(true);
    const app = sheetsApp(workspace);
    app
      .openById(first.spreadsheetId)
      .getSheetByName('Unit')
      ?.appendRow(['KOMINFO', 'Dinas Kominfo', '', '', 'Ya']);

    const second = runtime.run<{ spreadsheetId: string; spreadsheetCreated: boolean }>('setup');
    expect(second.spreadsheetId).toBe(first.spreadsheetId);
    expect(second.spreadsheetCreated).toBe(false);
    expect(
      workspace.spreadsheets.all().filter((s) => s.name === 'SPBE Workspace — Data'),
    ).toHaveLength(1);
    const handlers = workspace.triggers.all().map((t) => t.handler);
    expect(handlers).toEqual([...new Set(handlers)]);
    expect(handlers).toEqual([
      'jobNightly',
      'jobAgendaHourly',
      'jobAgendaNightly',
      'jobDailyKpi',
      'jobDailyCompliance',
    ]);
    expect(workspace.properties.scriptProperties().DATA_SPREADSHEET_ID).toBe(first.spreadsheetId);
    const units = app
      .openById(first.spreadsheetId)
      .getSheetByName('Unit')
      ?.getDataRange()
      .getValues();
    expect(units).toEqual([
      ['Kode', 'Nama', 'Alias', 'Email Kepala', 'Aktif'],
      ['KOMINFO', 'Dinas Kominfo', '', '', 'Ya'],
    ]);
  });

  it('lets only an Admin Sistem run it again', () => {
    const { runtime, workspace } = loadBundle();
    runtime.run('setup');
    workspace.asUser(OPERATOR);
    const response = printed(runtime.run('actionRunSetup', {}));
    expect(textOf(response)).toContain(
      'Hanya Admin Sistem yang dapat menjalankan penyiapan ulang.',
    );
    expect(workspace.triggers.all()).toHaveLength(5);
  });
});

describe('the add-on homepages', () => {
  it('Gmail shows LENTERA with the signed-in admin and their role', () => {
    const { runtime } = loadBundle();
    runtime.run('setup');
    const card = printed(runtime.run('homepage', { hostApp: 'gmail' }));
    expect(textOf(card)).toContain('LENTERA — Email Daily');
    expect(textOf(card)).toContain(ADMIN);
    expect(textOf(card)).toContain('Admin Sistem');
    expect(textOf(card)).toContain('Senin, 23 November 2026 08.00 WIB');
  });

  it('Calendar shows PROTOCLOUD and asks an unregistered user to get registered', () => {
    const { runtime, workspace } = loadBundle();
    runtime.run('setup');
    workspace.asUser(OPERATOR);
    const card = printed(runtime.run('homepage', { hostApp: 'calendar' }));
    expect(textOf(card)).toContain('PROTOCLOUD — Agenda Pimpinan');
    expect(textOf(card)).toContain('Belum terdaftar di tabel Pengguna');
  });

  it('before setup, tells the user to ask the admin and offers setup in Pengaturan', () => {
    const { runtime } = loadBundle();
    const card = printed(runtime.run('homepage', { hostApp: 'gmail' }));
    expect(textOf(card)).toContain('belum disiapkan');
    const settings = printed(runtime.run('universalSettings', {}));
    expect(actionFunctions(settings)).toContain('actionRunSetup');
  });
});

describe('when Google fails', () => {
  it('an injected fault reaches the caller as the same named Apps Script error', () => {
    const { runtime, workspace } = loadBundle();
    workspace.kernel.injectFault({ method: 'SpreadsheetApp.create', nth: 1, error: 'QUOTA_DAY' });
    let caught: unknown;
    try {
      runtime.run('setup');
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).name).toBe('Exception');
    expect((caught as Error).message).toBe(
      'Service invoked too many times for one day: SpreadsheetApp.',
    );
    expect(workspace.properties.scriptProperties().DATA_SPREADSHEET_ID).toBeUndefined();
  });

  it('the card shows a clear Indonesian message instead of a stack trace', () => {
    const { runtime, workspace } = loadBundle();
    runtime.run('setup');
    workspace.kernel.injectFault({
      method: 'Range.getValues',
      nth: 1,
      error: 'SERVICE_UNAVAILABLE',
    });
    const card = textOf(printed(runtime.run('homepage', { hostApp: 'gmail' })));
    expect(card).toContain(
      'Layanan Google sedang tidak tersedia. Tunggu sebentar, lalu coba lagi.',
    );
    expect(card).not.toMatch(/Exception|at \w+ \(|Code\.js/);
  });

  it('the sidebar shows the message too', async () => {
    const { runtime, workspace, dist } = loadBundle();
    runtime.run('setup');
    // Google rate-limits every sheet read while the sidebar opens.
    workspace.kernel.injectFault({
      method: 'Range.getValues',
      nth: 1,
      error: 'QUOTA_RATE',
      sticky: true,
    });
    const sidebar = runSidebar(dist.sidebar, runtime);
    await sidebar.settle();
    const shown = [...sidebar.elements.values()]
      .map((e) => `${e.textContent} ${e.innerHTML}`)
      .join(' ');
    expect(shown).toContain(
      'Layanan Google sedang membatasi permintaan. Tunggu sebentar, lalu coba lagi.',
    );
    expect(shown).not.toMatch(/Exception|Code\.js|at \w+ \(/);
    workspace.kernel.clearFaults();
    sidebar.click('muat-ulang');
    await sidebar.settle();
    expect(sidebar.elements.get('isi')?.innerHTML).toContain(ADMIN);
  });

  it('a busy lock gives "try again" and changes nothing', () => {
    const { runtime, workspace } = loadBundle();
    containerSpreadsheet(workspace);
    const held = (
      workspace.lock.globals().LockService as unknown as GoogleAppsScript.Lock.LockService
    ).getScriptLock();
    held.waitLock(1000);
    const before = workspace.spreadsheets.all().length;
    // Another execution holds the lock for the whole of this one.
    runtime.run('menuSetup');
    const [alert] = workspace.spreadsheets.alerts();
    expect(alert?.title).toBe('Penyiapan gagal');
    expect(alert?.prompt).toBe(
      'Sistem sedang memproses permintaan lain. Tunggu sebentar, lalu coba lagi.',
    );
    expect(workspace.spreadsheets.all()).toHaveLength(before);
  });
});

describe('the nightly job', () => {
  it('restores a deleted table and logs its run', () => {
    const { runtime, workspace } = loadBundle();
    const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
    const book = sheetsApp(workspace).openById(spreadsheetId);
    book.deleteSheet(book.getSheetByName('Unit') as GoogleAppsScript.Spreadsheet.Sheet);
    workspace.kernel.advance(17 * 3600 * 1000);
    runtime.run('jobNightly', {});
    expect(book.getSheetByName('Unit')).not.toBeNull();
    const log = book.getSheetByName('LogTugas')?.getDataRange().getValues() ?? [];
    expect(log.slice(1).map((r: unknown[]) => [r[2], r[3], r[4]])).toEqual([
      ['Pemeliharaan malam', 'BERHASIL', 'Diperbaiki: Unit'],
    ]);
  });
});
