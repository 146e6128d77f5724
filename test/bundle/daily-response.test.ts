/**
 * LENTERA response-time tracking on the built bundle: official mail to a watched address in
 * its owner's mailbox, answered later from that mailbox, becomes one SuratResmi row with the
 * working minutes to the first reply (office hours only) against its standard; a second run
 * changes nothing; a thread still waiting is updated when its reply is sent; only the owner
 * of a watched address (or of an alias of one) can switch the tracking on.
 */
import { ADMIN, loadBundle, printed, sheetsApp } from './harness';

const HUMAS = 'humas@bangka.go.id';
/** The head of Humas receives the pengaduan@ group address in their own mailbox. */
const KEPALA = 'kepala.humas@bangka.go.id';
const STAFF = 'budi.santoso@bangka.go.id';

const wib = (local: string) => `${local}:00+07:00`;

function trackedWorkspace() {
  const { runtime, workspace } = loadBundle();
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const book = sheetsApp(workspace).openById(spreadsheetId);
  book
    .getSheetByName('Pengguna')
    ?.getRange(3, 1, 3, 5)
    .setValues([
      [HUMAS, 'Bagian Humas', 'HUMAS', 'PEGAWAI', 'Ya'],
      [KEPALA, 'Kepala Bagian Humas', 'HUMAS', 'PEGAWAI', 'Ya'],
      [STAFF, 'Budi Santoso', 'HUMAS', 'PEGAWAI', 'Ya'],
    ]);
  book
    .getSheetByName('Unit')
    ?.getRange(2, 1, 1, 5)
    .setValues([['HUMAS', 'Bagian Humas', 'Humas', KEPALA, 'Ya']]);
  book
    .getSheetByName('AlamatDipantau')
    ?.getRange(2, 1, 2, 3)
    .setValues([
      [HUMAS, 'HUMAS', 'Surat Masuk'],
      ['pengaduan@bangka.go.id', 'HUMAS', 'Pengaduan'],
    ]);
  const gmail = workspace.gmail.globals().GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
  const as = <T>(user: string, act: () => T): T => {
    workspace.asUser(user);
    try {
      return act();
    } finally {
      workspace.asUser(ADMIN);
    }
  };
  const replyAt = (user: string, threadId: string, local: string) => {
    workspace.kernel.setNow(wib(local));
    as(user, () =>
      gmail.getThreadById(threadId)?.reply('Terima kasih, sudah kami tindak lanjuti.'),
    );
  };
  const track = (user: string, local: string) => {
    workspace.kernel.setNow(wib(local));
    return as(user, () => runtime.run<string>('jobDailyResponse'));
  };
  const sheet = () => book.getSheetByName('SuratResmi')?.getDataRange().getValues() ?? [];
  /** SuratResmi rows as header → cell, sorted by subject. */
  const rows = () => {
    const [header = [], ...data] = sheet();
    return data
      .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])))
      .sort((a, b) => String(a.Subjek).localeCompare(String(b.Subjek)));
  };
  const enable = (user: string) =>
    as(user, () => JSON.stringify(printed(runtime.run('actionDailyEnableResponse', {}))));
  return { runtime, workspace, book, replyAt, track, rows, sheet, enable };
}

describe('response-time tracking', () => {
  it('measures working minutes to the first reply and updates a waiting thread when it is answered', () => {
    const w = trackedWorkspace();
    // Friday 20 November 2026, 15:00 WIB: the office closes at 16:30.
    const asked = w.workspace.gmail.deliver({
      to: HUMAS,
      from: 'Warga <warga@example.com>',
      subject: 'Permohonan informasi jadwal layanan',
      plainBody: 'Mohon informasi jadwal layanan pengaduan.',
      date: wib('2026-11-20T15:00'),
    });
    const urgent = w.workspace.gmail.deliver({
      to: HUMAS,
      from: 'sekretariat@dprd.example.go.id',
      subject: '[PENTING] Data pegawai untuk rapat',
      plainBody: 'Mohon data pegawai.',
      date: wib('2026-11-20T14:00'),
    });
    // Neither a daily report nor mail to someone else is official mail to track.
    w.workspace.gmail.deliver({
      to: HUMAS,
      from: 'staf.humas@bangka.go.id',
      subject: '[LAPORAN HARIAN] Bagian Humas — 20 November 2026',
      plainBody: 'Ringkasan: rapat',
      date: wib('2026-11-20T15:30'),
    });
    w.workspace.gmail.deliver({
      to: STAFF,
      from: 'warga@example.com',
      subject: 'Pertanyaan pribadi',
      plainBody: 'Halo',
      date: wib('2026-11-20T15:30'),
    });
    w.replyAt(HUMAS, asked.threadId, '2026-11-23T09:00');

    const first = w.track(HUMAS, '2026-11-23T10:00');
    expect(first).toContain('2 surat resmi baru dicatat');
    const [answered, waiting] = [
      w.rows().find((r) => r['Thread ID'] === asked.threadId),
      w.rows().find((r) => r['Thread ID'] === urgent.threadId),
    ];
    expect(w.rows()).toHaveLength(2);
    // Friday 15:00–16:30 and Monday 07:30–09:00: three working hours, not a whole weekend.
    expect(answered).toMatchObject({
      Unit: 'HUMAS',
      Kategori: 'Surat Masuk',
      Prioritas: '',
      'Menit Kerja': 180,
      'Standar (menit)': 480,
      'Melewati Standar': 'Tidak',
      'Kotak Surat': HUMAS,
    });
    expect(answered?.Dibalas).toEqual(new Date(wib('2026-11-23T09:00')));
    // [PENTING] is Tinggi (240 minutes): still unanswered after 150 + 150 working minutes.
    expect(waiting).toMatchObject({
      Prioritas: 'Tinggi',
      Dibalas: '',
      'Menit Kerja': 300,
      'Standar (menit)': 240,
      'Melewati Standar': 'Ya',
    });

    // Run again at the same time: nothing changes, nothing is written to SuratResmi.
    const before = w.sheet();
    w.workspace.kernel.resetCounters();
    w.track(HUMAS, '2026-11-23T10:00');
    expect(w.sheet()).toEqual(before);
    // LogTugas only.
    expect(w.workspace.kernel.counters()['Range.setValues']).toBe(1);

    // The reply to the waiting thread comes at 11:00; its mail is older than the cursor now.
    w.replyAt(HUMAS, urgent.threadId, '2026-11-23T11:00');
    w.workspace.kernel.resetCounters();
    expect(w.track(HUMAS, '2026-11-23T11:30')).toContain('1 baris diperbarui');
    // One write for the whole table, one for LogTugas.
    expect(w.workspace.kernel.counters()['Range.setValues']).toBe(2);
    expect(w.rows()).toHaveLength(2);
    const updated = w.rows().find((r) => r['Thread ID'] === urgent.threadId);
    // Friday 14:00–16:30 and Monday 07:30–11:00: 360 working minutes against 240.
    expect(updated).toMatchObject({ 'Menit Kerja': 360, 'Melewati Standar': 'Ya' });
    expect(updated?.Dibalas).toEqual(new Date(wib('2026-11-23T11:00')));
    expect(w.rows().find((r) => r['Thread ID'] === asked.threadId)).toEqual(answered);
  });

  it('loses nothing when Google fails mid-run: the next run completes the same rows', () => {
    const mailed = () => {
      const w = trackedWorkspace();
      for (let i = 0; i < 6; i += 1) {
        const { threadId } = w.workspace.gmail.deliver({
          to: i % 2 === 0 ? HUMAS : `Humas <${HUMAS}>`,
          from: `warga${i}@example.com`,
          subject: `Permohonan ${i}`,
          plainBody: 'x',
          date: wib(`2026-11-20T${String(i + 8).padStart(2, '0')}:00`),
        });
        if (i % 3 === 0) w.replyAt(HUMAS, threadId, '2026-11-23T09:00');
      }
      return w;
    };
    const reference = mailed();
    reference.track(HUMAS, '2026-11-23T10:00');
    const expected = reference.rows();
    expect(expected).toHaveLength(6);

    const w = mailed();
    w.workspace.kernel.injectFault({
      method: 'Gmail.Users.Threads.get',
      nth: 4,
      error: 'QUOTA_DAY',
    });
    expect(() => w.track(HUMAS, '2026-11-23T10:00')).toThrow();
    // A search page fails whole: the run is logged as failed, the cursor stays where it was.
    const log = w.book.getSheetByName('LogTugas')?.getDataRange().getValues() ?? [];
    expect(log.map((r) => r[3])).toContain('GAGAL');
    w.workspace.kernel.clearFaults();
    w.track(HUMAS, '2026-11-23T10:00');
    expect(w.rows()).toEqual(expected);
  });

  it('keeps mail text literal in the sheet', () => {
    const w = trackedWorkspace();
    w.workspace.gmail.deliver({
      to: HUMAS,
      from: 'warga@example.com',
      subject: '=IMPORTXML("http://contoh", "//a")',
      plainBody: 'x',
      date: wib('2026-11-20T15:00'),
    });
    w.track(HUMAS, '2026-11-23T10:00');
    const subject = w.book.getSheetByName('SuratResmi')?.getRange(2, 8);
    expect(subject?.getValue()).toBe('=IMPORTXML("http://contoh", "//a")');
    expect(subject?.getFormula()).toBe('');
  });

  it('is switched on by the owner of a watched address, or of an alias reaching their mailbox', () => {
    const w = trackedWorkspace();
    const refused = w.enable(STAFF);
    expect(refused).toContain('tidak tercantum di kolom Alamat sheet AlamatDipantau');
    expect(refused).toContain('Minta Admin Sistem menambahkan alamat unit Anda');
    // Copied in person on mail to the pengaduan@ group: that is not receiving the group.
    w.workspace.gmail.deliver({
      to: 'pengaduan@bangka.go.id',
      cc: KEPALA,
      from: 'warga@example.com',
      subject: 'Pengaduan jalan rusak',
      plainBody: 'x',
      date: wib('2026-11-20T15:00'),
    });
    expect(w.enable(KEPALA)).toContain('tidak tercantum');
    // A group delivers to its members a copy that names only the group. The fake delivers to
    // named recipients, so the head's copy is readdressed to the group by hand.
    const viaGroup = w.workspace.gmail.deliver({
      to: KEPALA,
      from: 'warga@example.com',
      subject: 'Pengaduan lampu jalan',
      plainBody: 'x',
      date: wib('2026-11-20T15:10'),
    });
    const copy = w.workspace.gmail.store.mailbox(KEPALA).messages.get(viaGroup.messageId);
    if (copy) copy.to = 'pengaduan@bangka.go.id';
    expect(w.enable(KEPALA)).toContain('diaktifkan');
    expect(w.enable(HUMAS)).toContain('diaktifkan');
    expect(w.enable(HUMAS)).toContain('sudah aktif');
    expect(w.enable(ADMIN)).toContain('diaktifkan');
    const handlers = w.workspace.triggers.all().filter((t) => t.handler === 'jobDailyResponse');
    expect(handlers.map((t) => t.owner).sort()).toEqual([ADMIN, HUMAS, KEPALA]);
    // The admin re-running setup leaves the owners' jobs alone.
    w.runtime.run('setup');
    expect(w.workspace.triggers.all().filter((t) => t.handler === 'jobDailyResponse')).toHaveLength(
      3,
    );
  });
});
