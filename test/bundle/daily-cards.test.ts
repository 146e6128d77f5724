/**
 * LENTERA's Gmail cards on the built bundle and the fake workspace: a daily report opened by
 * the coordinator (Catat, Tolak with a reason emailed to the sender) and by unit staff (no
 * buttons); official mail with its response time in working hours; and the report editor in
 * compose (Periksa, Sisipkan).
 */
import { addOnEvent, type FormInput } from '../../dev/addon-event';
import { ADMIN, loadBundle, printed, sheetsApp } from './harness';

const COORDINATOR = 'emaildaily@bangka.go.id';
const STAFF = 'budi@bangka.go.id';
const HEAD = 'kadis.kominfo@bangka.go.id';
const SECRETARIAT = 'sekretariat@bangka.go.id';
const UNIT = 'Dinas Komunikasi dan Informatika';

const text = (json: unknown) => JSON.stringify(json);

function workspace() {
  const { runtime, workspace } = loadBundle();
  workspace.gmail.addDomain('bangka.go.id');
  const { spreadsheetId } = runtime.run<{ spreadsheetId: string }>('setup');
  const book = sheetsApp(workspace).openById(spreadsheetId);
  book
    .getSheetByName('Pengguna')
    ?.getRange(3, 1, 3, 5)
    .setValues([
      [COORDINATOR, 'Yusuf', UNIT, 'KOORDINATOR_EMAIL', 'Ya'],
      [STAFF, 'Budi', 'DISKOMINFO', 'PEGAWAI', 'Ya'],
      [SECRETARIAT, 'Sekretariat', 'SETDA', 'PEGAWAI', 'Ya'],
    ]);
  book
    .getSheetByName('Unit')
    ?.getRange(2, 1, 2, 5)
    .setValues([
      ['DISKOMINFO', UNIT, 'Diskominfo; Kominfo', HEAD, 'Ya'],
      ['SETDA', 'Sekretariat Daerah', 'Setda', 'sekda@bangka.go.id', 'Ya'],
    ]);
  book
    .getSheetByName('AlamatDipantau')
    ?.getRange(2, 1, 1, 3)
    .setValues([[SECRETARIAT, 'SETDA', 'Surat Masuk']]);
  // Monday 23 November 2026, 10:00 WIB.
  workspace.kernel.setNow('2026-11-23T03:00:00Z');

  const as = <T>(user: string, work: () => T): T => {
    workspace.asUser(user);
    try {
      return work();
    } finally {
      workspace.asUser(ADMIN);
    }
  };
  /** The add-on event of a message in `user`'s mailbox, with form inputs. */
  const event = (
    ids: { messageId: string; threadId: string },
    inputs: Record<string, FormInput> = {},
  ) => ({ ...addOnEvent('gmail', ids, inputs), gmail: { ...ids, accessToken: 'token' } });
  const open = (user: string, ids: { messageId: string; threadId: string }) =>
    text(printed(as(user, () => runtime.run('gmailMessageOpen', event(ids)))));
  const act = (
    user: string,
    fn: string,
    ids: { messageId: string; threadId: string },
    inputs: Record<string, FormInput> = {},
  ) => text(printed(as(user, () => runtime.run(fn, event(ids, inputs)))));
  const log = () =>
    (book.getSheetByName('LaporanHarian')?.getDataRange().getValues() ?? []).slice(1);
  /** Delivers a report; returns the ids of each recipient's copy. */
  const report = (subject: string, body: string, cc = '') => {
    const delivered = workspace.gmail.deliver({
      to: COORDINATOR,
      cc,
      from: `Budi <${STAFF}>`,
      subject,
      plainBody: body,
      date: '2026-11-23T09:00:00+07:00',
    });
    return (user: string) => {
      const copy = delivered.copies.find((c) => c.mailbox === user);
      if (!copy) throw new Error(`${user} did not receive the report`);
      return { messageId: copy.messageId, threadId: copy.threadId };
    };
  };
  return { runtime, workspace, book, as, open, act, log, report };
}

const VALID = 'Ringkasan: rapat koordinasi SPBE\nKendala: jaringan lantai 2\nPrioritas: Sedang';
const SUBJECT = `[LAPORAN HARIAN] ${UNIT} — 23 November 2026`;

describe('a daily report opened in Gmail', () => {
  it('the coordinator logs a valid report with Catat, once', () => {
    const w = workspace();
    const ids = w.report(SUBJECT, VALID)(COORDINATOR);
    const card = w.open(COORDINATOR, ids);
    expect(card).toContain('Belum dicatat');
    expect(card).toContain('Tepat waktu');
    expect(card).toContain('actionDailyLog');

    const done = w.act(COORDINATOR, 'actionDailyLog', ids);
    expect(done).toContain(`Laporan ${UNIT} tanggal 2026-11-23 dicatat.`);
    expect(done).toContain('Sudah dicatat');
    const rows = w.log();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[2]).toBe('DISKOMINFO');
    expect(rows[0]?.[15]).toBe('DICATAT');
    expect(rows[0]?.[17]).toBe(COORDINATOR);

    // A second tap, and the hourly job afterwards, add nothing.
    expect(w.act(COORDINATOR, 'actionDailyLog', ids)).toContain('sudah dicatat');
    w.as(COORDINATOR, () => w.runtime.run('jobDailyIngest'));
    expect(w.log()).toHaveLength(1);
  });

  it('lists the problems of an invalid report; Tolak needs a reason, then emails it to the sender', () => {
    const w = workspace();
    const ids = w.report(SUBJECT, 'Kendala: jaringan putus')(COORDINATOR);
    const card = w.open(COORDINATOR, ids);
    expect(card).toContain('Bagian Ringkasan wajib diisi');
    expect(card).toContain('Prioritas belum diisi');

    const refused = w.act(COORDINATOR, 'actionDailyReject', ids, { alasan: '   ' });
    expect(refused).toContain('Alasan penolakan wajib diisi');
    expect(refused).toContain('isian \\"Alasan penolakan\\"');
    expect(w.log()).toHaveLength(0);
    expect(w.workspace.gmail.sent(COORDINATOR)).toHaveLength(0);

    const reason = 'Bagian Ringkasan masih kosong; isi kegiatan hari ini.';
    const rejected = w.act(COORDINATOR, 'actionDailyReject', ids, { alasan: reason });
    expect(rejected).toContain(`alasannya dikirim ke ${STAFF}`);
    expect(rejected).toContain('Ditolak');
    const rows = w.log();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[15]).toBe('DITOLAK');
    expect(rows[0]?.[16]).toBe(reason);
    const mails = w.workspace.gmail.sent(COORDINATOR);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toContain(STAFF);
    expect(mails[0]?.plainBody).toContain(`Alasan: ${reason}`);
    // Tapping Tolak again with the same reason does not email the unit twice.
    w.act(COORDINATOR, 'actionDailyReject', ids, { alasan: reason });
    expect(w.workspace.gmail.sent(COORDINATOR)).toHaveLength(1);
  });

  it('unit staff see the same check, without Catat or Tolak, and cannot use them', () => {
    const w = workspace();
    const copyOf = w.report(SUBJECT, VALID, HEAD);
    const card = w.open(HEAD, copyOf(HEAD));
    expect(card).toContain('Belum dicatat');
    expect(card).not.toContain('actionDailyLog');
    expect(card).not.toContain('actionDailyReject');
    const refused = w.act(HEAD, 'actionDailyLog', copyOf(HEAD));
    expect(refused).toContain('Hanya Koordinator Email Daily atau Admin Sistem');
    expect(w.log()).toHaveLength(0);
  });

  it('overrides the PERLU_DIPERIKSA row of the job in place, other rows untouched', () => {
    const w = workspace();
    const other = w.report(`[LAPORAN HARIAN] Sekretariat Daerah — 23 November 2026`, VALID);
    const ids = w.report(SUBJECT, 'Ringkasan: rapat\nPrioritas: segera')(COORDINATOR);
    w.as(COORDINATOR, () => w.runtime.run('jobDailyIngest'));
    const before = w.log();
    expect(before.map((r) => r[15]).sort()).toEqual(['DICATAT', 'PERLU_DIPERIKSA']);
    const waiting = before.findIndex((r) => r[15] === 'PERLU_DIPERIKSA');
    expect(w.open(COORDINATOR, ids)).toContain('Perlu diperiksa koordinator');

    w.act(COORDINATOR, 'actionDailyLog', ids);
    const after = w.log();
    expect(after).toHaveLength(2);
    expect(after[waiting]?.[15]).toBe('DICATAT');
    expect(after[waiting]?.[16]).toContain('Dicatat manual oleh Yusuf');
    expect(after[waiting]?.[16]).toContain('Prioritas "segera" tidak dikenal');
    expect(after[1 - waiting]).toEqual(before[1 - waiting]);
    expect(other(COORDINATOR).messageId).not.toBe(ids.messageId);
  });

  it('asks for the unit and date it cannot read, naming them, and logs what the coordinator picks', () => {
    const w = workspace();
    const ids = w.report('[LAPORAN HARIAN] laporan hari ini', VALID)(COORDINATOR);
    const card = w.open(COORDINATOR, ids);
    expect(card).toContain('— pilih unit —');
    expect(card).toContain('"name":"tanggal"');

    const missing = w.act(COORDINATOR, 'actionDailyLog', ids);
    expect(missing).toContain('Unit (unit pengirim laporan)');
    expect(missing).toContain('Tanggal laporan (hari yang dilaporkan)');
    expect(w.log()).toHaveLength(0);

    const picked = w.act(COORDINATOR, 'actionDailyLog', ids, {
      unit: 'DISKOMINFO',
      tanggal: Date.parse('2026-11-23T00:00:00Z'),
    });
    expect(picked).toContain('dicatat');
    expect(w.log()[0]?.slice(2, 5)).toEqual(['DISKOMINFO', UNIT, '2026-11-23']);
  });
});

describe('official mail opened in Gmail', () => {
  it('is due in working hours: Friday 15:00 with 480 minutes is due Monday; answered or not', () => {
    const w = workspace();
    const delivered = w.workspace.gmail.deliver({
      to: SECRETARIAT,
      from: 'Kemendagri <surat@kemendagri.go.id>',
      subject: 'Undangan rapat evaluasi SPBE',
      plainBody: 'Mohon kehadiran.',
      date: '2026-11-20T15:00:00+07:00',
    });
    const ids = { messageId: delivered.messageId, threadId: delivered.threadId };
    const pending = w.open(SECRETARIAT, ids);
    expect(pending).toContain('Jumat, 20 November 2026 15.00 WIB');
    // 90 minutes on Friday (to 16:30), the other 390 from Monday 07:30.
    expect(pending).toContain('Senin, 23 November 2026 14.00 WIB');
    expect(pending).toContain('Standar 8 jam kerja');
    expect(pending).toContain('Belum dibalas');
    expect(pending).not.toContain('#b00020');

    w.workspace.kernel.setNow('2026-11-23T08:00:00Z'); // Monday 15:00 WIB
    const late = w.open(SECRETARIAT, ids);
    expect(late).toContain('Belum dibalas — batas waktu sudah lewat');
    expect(late).toContain('#b00020');

    w.as(SECRETARIAT, () => {
      const gmail = w.workspace.gmail.globals()
        .GmailApp as unknown as GoogleAppsScript.Gmail.GmailApp;
      gmail.getThreadById(ids.threadId).reply('Kami hadir.');
    });
    const answered = w.open(SECRETARIAT, ids);
    expect(answered).toContain('Sudah dibalas, tetapi melewati batas waktu');
    expect(answered).toContain('Dibalas Senin, 23 November 2026 15.00 WIB');
  });

  it('shows the simple card for mail from outside that no one watches', () => {
    const w = workspace();
    const delivered = w.workspace.gmail.deliver({
      to: STAFF,
      from: 'teman@gmail.com',
      subject: 'Halo',
      plainBody: 'x',
    });
    const card = w.open(STAFF, { messageId: delivered.messageId, threadId: delivered.threadId });
    expect(card).toContain('Di luar domain instansi');
    expect(card).not.toContain('Batas waktu respons');
  });
});

describe('the report editor in compose', () => {
  const compose = (w: ReturnType<typeof workspace>, fn: string, extra: object, inputs = {}) =>
    text(
      printed(
        w.as(STAFF, () => w.runtime.run(fn, { ...addOnEvent('gmail', {}, inputs), ...extra })),
      ),
    );

  it('Periksa lists what fails on the draft as it would be sent, keeping what was typed', () => {
    const w = workspace();
    const opened = compose(w, 'gmailComposeOpen', {});
    expect(opened).toContain(`[LAPORAN HARIAN] ${UNIT} — 23 November 2026`);
    expect(opened).toContain('Ringkasan *');

    const checked = compose(
      w,
      'actionDailyCheckDraft',
      { gmail: { toRecipients: [COORDINATOR], ccRecipients: [] } },
      { bagian1: 'Panduan versi 2 selesai', prioritas: 'Sedang' },
    );
    expect(checked).toContain('Hasil pemeriksaan');
    expect(checked).toContain(`Tambahkan kepala unit ${UNIT} (${HEAD}) pada CC`);
    expect(checked).toContain('Bagian Ringkasan wajib diisi');
    expect(checked).toContain('"value":"Panduan versi 2 selesai"');
    expect(checked).toContain('{"text":"Sedang","value":"Sedang","selected":true}');
  });

  it('Sisipkan puts subject, the typed report, the coordinators in To and the head in CC', () => {
    const w = workspace();
    const update = compose(
      w,
      'actionInsertDailyTemplate',
      { gmail: { toRecipients: ['arsip@bangka.go.id'], ccRecipients: [] } },
      { bagian0: 'Rapat koordinasi <SPBE>', prioritas: 'Tinggi' },
    );
    expect(update).toContain(`"subject":"[LAPORAN HARIAN] ${UNIT} — 23 November 2026"`);
    expect(update).toContain('Rapat koordinasi &lt;SPBE&gt;');
    expect(update).toContain('<b>Prioritas:</b> Tinggi');
    expect(update).toContain(
      `"toRecipients":[{"email":"arsip@bangka.go.id"},{"email":"${COORDINATOR}"}]`,
    );
    expect(update).toContain(`"ccRecipients":[{"email":"${HEAD}"}]`);
  });
});
