/**
 * The LENTERA settings sheets on the built bundle: setup seeds them, what the admin changes
 * there reaches the compliance job, and a value that cannot be used is shown to the Admin
 * Sistem and the Koordinator Email Daily on the Gmail homepage — to nobody else.
 */
import { ADMIN, printed, setUpDataBook } from './harness';

const COORDINATOR = 'emaildaily@bangka.go.id';
const STAFF = 'staf.bappeda@bangka.go.id';
const HEAD = 'kaban.bappeda@bangka.go.id';

function settingsWorkspace() {
  const { runtime, workspace, sheet } = setUpDataBook();
  sheet('Pengguna')
    .getRange(3, 1, 2, 5)
    .setValues([
      [COORDINATOR, 'Yusuf', 'Diskominfo', 'KOORDINATOR_EMAIL', 'Ya'],
      [STAFF, 'Rina', 'BAPPEDA', 'PEGAWAI', 'Ya'],
    ]);
  sheet('Unit')
    .getRange(2, 1, 1, 5)
    .setValues([['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', HEAD, 'Ya']]);
  const settings = sheet('LenteraPengaturan');
  /** Writes the Nilai of a key, found in the Kunci column as setup seeded it. */
  const setValue = (key: string, value: string) => {
    const keys = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map(([k]) => k);
    settings.getRange(keys.indexOf(key) + 1, 2).setValue(value);
  };
  const homepageAs = (user: string) => {
    workspace.asUser(user);
    try {
      return JSON.stringify(printed(runtime.run('homepage', { hostApp: 'gmail' })));
    } finally {
      workspace.asUser(ADMIN);
    }
  };
  const sent = () =>
    workspace.mail.sent().map((m) => ({ to: [...m.to].sort().join(','), subject: m.subject }));
  return { workspace, runtime, setValue, homepageAs, sent };
}

describe('LENTERA settings on the data spreadsheet', () => {
  it('a changed cutoff and escalation reach the reminders', () => {
    const w = settingsWorkspace();
    w.setValue('Batas Waktu', '14:00');
    w.setValue('Eskalasi Setelah', '1');
    w.setValue('Mulai Berlaku', '21/12/2026');
    w.workspace.kernel.setNow('2026-12-21T14:05:00+07:00');
    w.runtime.run('jobDailyCompliance');
    w.workspace.kernel.setNow('2026-12-22T14:05:00+07:00');
    w.runtime.run('jobDailyCompliance');
    const reminders = w.sent().filter((m) => !m.subject.startsWith('[Ringkasan'));
    expect(reminders).toEqual([
      {
        to: STAFF,
        subject:
          '[Pengingat Laporan Harian] Badan Perencanaan Pembangunan Daerah — 21 Desember 2026 belum diterima',
      },
      // Eskalasi Setelah 1: the second day goes straight to the coordinator.
      {
        to: [COORDINATOR, HEAD].sort().join(','),
        subject:
          '[Eskalasi Laporan Harian] Badan Perencanaan Pembangunan Daerah — 2 hari lapor tanpa laporan',
      },
    ]);
  });

  it('shows a value it cannot use to the admin and the coordinator, not to staff', () => {
    const w = settingsWorkspace();
    expect(w.homepageAs(COORDINATOR)).not.toContain('Pengaturan LENTERA perlu diperbaiki');
    w.setValue('Batas Waktu', 'jam 4 sore');
    // Card text is HTML: the quotes the admin typed are escaped.
    const problem =
      'LenteraPengaturan baris 3, kolom Nilai: Batas Waktu: &quot;jam 4 sore&quot; bukan jam; tulis jam:menit, mis. 16:00; dipakai nilai bawaan &quot;16:00&quot;.';
    expect(w.homepageAs(COORDINATOR)).toContain(problem);
    expect(w.homepageAs(ADMIN)).toContain(problem);
    expect(w.homepageAs(STAFF)).not.toContain('Pengaturan LENTERA');
  });
});
