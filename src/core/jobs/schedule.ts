/**
 * The time-driven triggers the project runs. Setup installs exactly one trigger per
 * handler; each handler is an export of src/entry.ts (the bundle test checks the names).
 * Add-on time triggers may fire at most hourly (Google's limit), so nothing here is finer.
 */
interface JobInfo {
  readonly handler: string;
  /** What the admin sees in Pengaturan and the sidebar. */
  readonly label: string;
}

export type TriggerSpec =
  | (JobInfo & { readonly kind: 'hourly' })
  | (JobInfo & { readonly kind: 'daily'; readonly atHour: number });

export const SCHEDULED_JOBS = {
  nightly: {
    handler: 'jobNightly',
    label: 'Pemeliharaan malam (01.00 WIB)',
    kind: 'daily',
    atHour: 1,
  },
  agendaHourly: {
    handler: 'jobAgendaHourly',
    label: 'Agenda: sinkron kalender, pengingat, SLA dan bentrok (tiap jam)',
    kind: 'hourly',
  },
  agendaNightly: {
    handler: 'jobAgendaNightly',
    label: 'Agenda: pemeriksaan bentrok, cadangan dan KPI (02.00 WIB)',
    kind: 'daily',
    atHour: 2,
  },
  dailyKpi: {
    handler: 'jobDailyKpi',
    label: 'LENTERA: KPI Email Daily dan pembekuan evaluasi triwulan (03.00 WIB)',
    kind: 'daily',
    atHour: 3,
  },
  dailyCompliance: {
    handler: 'jobDailyCompliance',
    label:
      'LENTERA: pengingat laporan harian, ringkasan koordinator dan sheet kepatuhan (tiap jam)',
    kind: 'hourly',
  },
} as const satisfies Record<string, TriggerSpec>;

export const TRIGGER_SPECS: readonly TriggerSpec[] = Object.values(SCHEDULED_JOBS);

/**
 * Jobs that read a mailbox run as its owner, who installs them from the Gmail add-on (the
 * Koordinator Email Daily for the reports, the owner of a watched address for response
 * times); setup (run by the admin) leaves them alone.
 */
export const MAILBOX_JOBS = {
  dailyIngest: {
    handler: 'jobDailyIngest',
    label: 'LENTERA: penerimaan laporan harian dari kotak masuk koordinator (tiap jam)',
    kind: 'hourly',
  },
  dailyResponse: {
    handler: 'jobDailyResponse',
    label: 'LENTERA: waktu respons surat resmi di kotak surat pemilik alamat dipantau (tiap jam)',
    kind: 'hourly',
  },
} as const satisfies Record<string, TriggerSpec>;

export const MAILBOX_HANDLERS: ReadonlySet<string> = new Set(
  Object.values(MAILBOX_JOBS).map((j) => j.handler),
);
