/**
 * The NotifikasiHarian log: every LENTERA reminder, escalation and digest sent, one row per
 * key (the keys of ./reminders and ./digest). The hourly job reads the keys back before
 * planning, so a key in the log is never sent again — the same pattern as AgendaNotifikasi.
 */
import { cellText } from '../data/cells';
import { headerPositions } from '../data/sheet-rows';
import type { TableDef } from '../data/tables';
import { sheetText } from '../text/sheet-safe';

export const DAILY_NOTIFICATIONS_TABLE: TableDef = {
  name: 'NotifikasiHarian',
  description:
    'Pengingat, eskalasi dan ringkasan laporan harian yang sudah dikirim (satu kali per kunci); jangan dihapus, agar tidak terkirim lagi',
  headers: ['Kunci', 'Dikirim', 'Penerima', 'Subjek'],
};

export interface SentNotice {
  readonly key: string;
  readonly sentAt: Date;
  readonly recipients: readonly string[];
  readonly subject: string;
}

export const noticeRow = (n: SentNotice): unknown[] => [
  sheetText(n.key),
  n.sentAt,
  sheetText(n.recipients.join('\n')),
  sheetText(n.subject),
];

/**
 * The keys in the log, found by header so an admin who reorders columns breaks nothing; null
 * when the sheet or its Kunci column is missing — then nothing may be sent, or all of it
 * would go out again.
 */
export function sentKeys(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
): Set<string> | null {
  const column = headerPositions(header).indexOf('Kunci');
  if (column === undefined) return null;
  const keys = new Set<string>();
  for (const row of rows) {
    const key = cellText(row[column]) ?? '';
    if (key !== '') keys.add(key);
  }
  return keys;
}
