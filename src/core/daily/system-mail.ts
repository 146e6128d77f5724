/**
 * The mail LENTERA sends itself (reminders, escalations, the digest) names the daily report
 * in its subject, and some of it lands in the coordinator's inbox, which the ingestion reads.
 * Its subjects start with one of these bracketed tags, and the parser never takes a subject
 * that does — forwarded or replied to — for a unit's report.
 */
export const SYSTEM_SUBJECT_TAGS = {
  reminder: 'Pengingat Laporan Harian',
  headReminder: 'Laporan Harian Belum Masuk',
  escalation: 'Eskalasi Laporan Harian',
  digest: 'Ringkasan Laporan Harian',
} as const;

const TAGS = Object.values(SYSTEM_SUBJECT_TAGS).map((t) => `[${t.toLowerCase()}]`);

/** `rest`: the subject without its Re:/Fwd: prefixes. */
export const isSystemSubject = (rest: string): boolean => {
  const start = rest.trimStart().toLowerCase().replace(/\s+/g, ' ');
  return TAGS.some((tag) => start.startsWith(tag));
};
