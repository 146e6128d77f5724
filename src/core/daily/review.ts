/**
 * The coordinator's decision on one message of LaporanHarian: Catat (DICATAT) or Tolak
 * (DITOLAK, with the reason in Catatan). One row per Message-ID: a decision on a message
 * already in the log rewrites its row in place; otherwise a new row is appended. Columns are
 * found by header and the cells a decision does not concern are written back as they were
 * read (aligned-row), so a column the admin moved or added survives.
 */

import { alignedRow } from '../data/aligned-row';
import { cellText } from '../data/cells';
import { headerPositions } from '../data/sheet-rows';
import { type DailyReport, sheetCell } from './parse';
import {
  type LoggedMessage,
  problemRow,
  REPORT_LOG_TABLE,
  type ReportStatus,
  reportRow,
} from './report-log';
import { readDateTimeCell } from './tables';

/** A message's row in the log, as the card shows it. */
export interface LogEntry {
  /** Index among the data rows (sheet row − 2). */
  readonly index: number;
  /** Upper case, as written in the sheet: an admin may have typed another word. */
  readonly status: ReportStatus | string;
  /** Problems (PERLU_DIPERIKSA), the reason (DITOLAK) or the coordinator's note. */
  readonly note: string;
  readonly by: string;
  /** Epoch ms; null when the cell is blank or unreadable. */
  readonly at: number | null;
  /** The cells as read, for writing the row back. */
  readonly row: readonly unknown[];
}

/** The first row of the Message-ID (the log's key); null when the message is not logged. */
export function findLogged(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  key: string,
  timeZone: string,
): LogEntry | null {
  const { indexOf } = headerPositions(header);
  const read = (row: readonly unknown[], column: string) => {
    const i = indexOf(column);
    return i === undefined ? '' : row[i];
  };
  const text = (row: readonly unknown[], column: string) => cellText(read(row, column)) ?? '';
  const index = key === '' ? -1 : rows.findIndex((r) => text(r, 'Message-ID') === key);
  const row = rows[index];
  if (row === undefined) return null;
  const at = readDateTimeCell(read(row, 'Dicatat'), timeZone);
  return {
    index,
    status: text(row, 'Status').toUpperCase(),
    note: text(row, 'Catatan'),
    by: text(row, 'Dicatat Oleh'),
    at: at !== null && 'at' in at ? at.at : null,
    row,
  };
}

export interface Decision {
  readonly message: LoggedMessage;
  /** The report as read, or as completed by the coordinator (unit, date); null when unknown. */
  readonly report: DailyReport | null;
  readonly late: boolean;
  readonly by: string;
  readonly at: Date;
}

const DECISION_COLUMNS = ['Status', 'Catatan', 'Dicatat Oleh', 'Dicatat'];

const decisionCells = (status: ReportStatus, note: string, d: Decision) => [
  status,
  sheetCell(note),
  sheetCell(d.by),
  d.at,
];

/** A new row in table order: the report's columns when known, else the message's alone. */
function freshRow(d: Decision, status: ReportStatus, note: string): unknown[] {
  const values = d.report
    ? reportRow(d.report, d.message, d.late, d.by, d.at)
    : problemRow(d.message, [], d.by, d.at);
  const cells = decisionCells(status, note, d);
  DECISION_COLUMNS.forEach((column, i) => {
    values[REPORT_LOG_TABLE.headers.indexOf(column)] = cells[i];
  });
  return values;
}

/**
 * The DICATAT row in the sheet's column order: every report column written from the report
 * (a PERLU_DIPERIKSA row had them blank), the note saying who logged it by hand.
 */
export function loggedRow(
  header: readonly unknown[],
  decision: Decision & { readonly report: DailyReport },
  note: string,
  existing: LogEntry | null,
): unknown[] {
  const values = freshRow(decision, 'DICATAT', note);
  return alignedRow(header, REPORT_LOG_TABLE.headers, values, existing?.row ?? []);
}

/**
 * The DITOLAK row in the sheet's column order, the reason in Catatan: an existing row keeps
 * everything else (what the job read stays); a new one is built from what could be read.
 */
export function rejectedRow(
  header: readonly unknown[],
  decision: Decision,
  reason: string,
  existing: LogEntry | null,
): unknown[] {
  return existing
    ? alignedRow(header, DECISION_COLUMNS, decisionCells('DITOLAK', reason, decision), existing.row)
    : alignedRow(header, REPORT_LOG_TABLE.headers, freshRow(decision, 'DITOLAK', reason));
}
