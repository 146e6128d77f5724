/**
 * The demo's LENTERA week: daily reports of 16–20 November 2026 in the coordinator's mailbox
 * — most on time, one late, one without its summary, one unit silent since Thursday — taken
 * in by the real ingestion job and followed by the compliance job, so the log, the
 * reminders and the coordinator's cards all have something to show on Monday morning.
 */
import type { FakeWorkspace } from '../fake/workspace';
import type { AppsScriptRuntime } from '../runtime';

export const DEMO_COORDINATOR = 'emaildaily@bangka.go.id';

const UNITS = [
  ['Dinas Komunikasi dan Informatika', 'staf.kominfo@bangka.go.id', 'kadis.kominfo@bangka.go.id'],
  ['Badan Kepegawaian dan Pengembangan SDM', 'bkpsdm@bangka.go.id', 'kaban.bkpsdm@bangka.go.id'],
  [
    'Bagian Protokol dan Komunikasi Pimpinan',
    'protokol@bangka.go.id',
    'kabag.protokol@bangka.go.id',
  ],
  [
    'Badan Perencanaan Pembangunan Daerah',
    'staf.bappeda@bangka.go.id',
    'kaban.bappeda@bangka.go.id',
  ],
] as const;

const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'];

export function prepareDemoDaily(runtime: AppsScriptRuntime, workspace: FakeWorkspace): void {
  workspace.gmail.addDomain('bangka.go.id');
  DAYS.forEach((dayName, i) => {
    const day = 16 + i;
    UNITS.forEach(([unit, from, head], u) => {
      // Bappeda has not reported since Thursday: the compliance job reminds it.
      if (u === 3 && day >= 19) return;
      const late = u === 2 && day === 18;
      const noSummary = u === 1 && day === 20;
      const time = late ? '19:40' : `15:1${u}`;
      workspace.gmail.deliver({
        to: DEMO_COORDINATOR,
        cc: head,
        from,
        subject: `[LAPORAN HARIAN] ${unit} — ${dayName}, ${day} November 2026`,
        plainBody: [
          'Yth. Koordinator Email Daily,',
          '',
          ...(noSummary ? [] : [`Ringkasan: kegiatan rutin ${unit} hari ${dayName.toLowerCase()}`]),
          'Capaian: surat masuk ditindaklanjuti, rapat internal',
          'Kendala: -',
          'Rencana Besok: melanjutkan pekerjaan',
          `Prioritas: ${u === 0 ? 'Tinggi' : 'Sedang'}`,
        ].join('\n'),
        date: `2026-11-${day}T${time}:00+07:00`,
      });
    });
  });
  const admin = workspace.kernel.activeUser;
  workspace.asUser(DEMO_COORDINATOR);
  try {
    runtime.run('jobDailyIngest');
  } finally {
    workspace.asUser(admin);
  }
  runtime.run('jobDailyCompliance');
}
