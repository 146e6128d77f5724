/**
 * The daily-report log (LaporanHarian): one row per message, keyed by Message-ID so a message
 * is logged once however often the ingestion runs. Reports that fail the parser are logged
 * too, as PERLU_DIPERIKSA with their problems, so the coordinator sees them and decides
 * (Catat or Tolak) instead of the mail silently not counting.
 */
import type { TableDef } from '../data/tables';
import { sheetText } from '../text/sheet-safe';
import { type DailyReport, sheetCell, sheetSafeReport } from './parse';

export const REPORT_STATUSES = ['DICATAT', 'PERLU_DIPERIKSA', 'DITOLAK'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_LOG_TABLE: TableDef = {
  name: 'LaporanHarian',
  description: 'Laporan harian unit yang diterima koordinator (satu baris per email)',
  headers: [
    'Message-ID',
    'Thread ID',
    'Kode Unit',
    'Unit',
    'Tanggal Laporan',
    'Diterima',
    'Terlambat',
    'Pengirim',
    'Subjek',
    'Prioritas',
    'Ringkasan',
    'Capaian',
    'Kendala',
    'Rencana Besok',
    'Lampiran',
    'Status',
    'Catatan',
    'Dicatat Oleh',
    'Dicatat',
    'Arsip Lampiran',
  ],
};

export interface LoggedMessage {
  readonly messageId: string;
  readonly threadId: string;
  readonly subject: string;
  readonly from: string;
  readonly receivedAt: number;
}

/** Mail text: never a formula, never over the cell limit. */
const cell = (text: string) => sheetCell(text);

/** What became of a report's attachments in Drive (nothing, when archiving is off). */
export interface ArchiveResult {
  readonly links: readonly string[];
  /** Why some attachment is not archived; it goes to Catatan. */
  readonly problem: string | null;
}

const NOT_ARCHIVED: ArchiveResult = { links: [], problem: null };

/** A parsed report's row; its text made safe for the sheet. */
export function reportRow(
  report: DailyReport,
  message: LoggedMessage,
  late: boolean,
  by: string,
  at: Date,
  archive: ArchiveResult = NOT_ARCHIVED,
): unknown[] {
  // Already safe and cut to the cell limit: escaping again would show the apostrophe.
  const r = sheetSafeReport(report);
  const section = (name: string) => r.sections[name] ?? '';
  return [
    cell(message.messageId),
    cell(message.threadId),
    r.unitCode,
    r.unit,
    // Text, not a date cell: compliance reads the day exactly as the report named it.
    sheetText(report.date),
    new Date(message.receivedAt),
    late ? 'Ya' : 'Tidak',
    r.from,
    cell(message.subject),
    r.priority,
    section('Ringkasan'),
    section('Capaian'),
    section('Kendala'),
    section('Rencana Besok'),
    cell([report.sections.Lampiran ?? '', ...report.attachments].filter(Boolean).join('\n')),
    'DICATAT',
    cell(archive.problem ?? ''),
    cell(by),
    at,
    cell(archive.links.join('\n')),
  ];
}

/** A message that is not a valid report yet: logged for the coordinator to check. */
export function problemRow(
  message: LoggedMessage,
  problems: readonly string[],
  by: string,
  at: Date,
): unknown[] {
  const blank = ['', '', ''];
  return [
    cell(message.messageId),
    cell(message.threadId),
    ...blank,
    new Date(message.receivedAt),
    '',
    cell(message.from),
    cell(message.subject),
    '',
    '',
    '',
    '',
    '',
    '',
    'PERLU_DIPERIKSA',
    cell(problems.join('; ')),
    cell(by),
    at,
    '',
  ];
}

/**
 * The log key of a message: its Message-ID, the same in the sender's Sent and every
 * recipient's inbox; Gmail's own id for the rare message without one.
 */
export const reportLogKey = (message: { readonly id: string; readonly messageId: string }) =>
  message.messageId || `gmail:${message.id}`;

/** The Message-IDs already in the log (first column), for skipping them. */
export const loggedIds = (rows: readonly (readonly unknown[])[]): Set<string> =>
  new Set(rows.map((r) => String(r[0] ?? '').trim()).filter((id) => id !== ''));
