/**
 * LaporanHarian and Pengecualian read back for compliance and the KPIs. Only DICATAT rows
 * are reports: PERLU_DIPERIKSA waits for the coordinator and DITOLAK was refused. The log is
 * written by the ingestion job but the coordinator may correct it by hand, so every cell is
 * read forgivingly; a row that cannot be read counts nowhere and is reported by its cell.
 */
import { cellText, readYesNo } from '../data/cells';
import type { Excuse, LoggedReport } from './compliance';
import {
  EXCUSES_TABLE,
  openSheet,
  REPORT_LOG_TABLE,
  readDateCell,
  readDateTimeCell,
  type SheetProblem,
} from './tables';

/** The DICATAT rows of LaporanHarian. Never throws. */
export function readLoggedReports(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timeZone: string,
): { reports: LoggedReport[]; problems: SheetProblem[] } {
  const sheet = REPORT_LOG_TABLE.name;
  const problems: SheetProblem[] = [];
  const required = ['Kode Unit', 'Tanggal Laporan', 'Diterima', 'Status'];
  const opened = openSheet(REPORT_LOG_TABLE, header, rows, required, problems);
  const reports: LoggedReport[] = [];
  for (const r of opened?.rows ?? []) {
    if ((cellText(r.cell('Status')) ?? '').toUpperCase() !== 'DICATAT') continue;
    const report = (column: string, message: string) =>
      problems.push({ sheet, row: r.row, column, message });
    const unitCode = cellText(r.cell('Kode Unit')) ?? '';
    const date = readDateCell(r.cell('Tanggal Laporan'), timeZone);
    const received = readDateTimeCell(r.cell('Diterima'), timeZone);
    const late = readYesNo(r.cell('Terlambat'));
    if (unitCode === '') report('Kode Unit', 'laporan DICATAT tanpa kode unit tidak dihitung');
    if (date === null || 'problem' in date) {
      report('Tanggal Laporan', date === null ? 'tanggal laporan wajib diisi' : date.problem);
    }
    if (received === null || 'problem' in received) {
      report('Diterima', received === null ? 'waktu diterima wajib diisi' : received.problem);
    }
    if (late === null) report('Terlambat', 'isi "Ya" atau "Tidak"');
    if (unitCode === '' || date === null || 'problem' in date) continue;
    if (received === null || 'problem' in received || late === null) continue;
    reports.push({
      unitCode,
      date: date.date,
      receivedAt: received.at,
      late,
      messageId: cellText(r.cell('Message-ID')) ?? '',
    });
  }
  return { reports, problems };
}

/** The rows of Pengecualian. Never throws. */
export function readExcuses(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timeZone: string,
): { excuses: Excuse[]; problems: SheetProblem[] } {
  const sheet = EXCUSES_TABLE.name;
  const problems: SheetProblem[] = [];
  const opened = openSheet(EXCUSES_TABLE, header, rows, ['Unit', 'Tanggal'], problems);
  const excuses: Excuse[] = [];
  for (const r of opened?.rows ?? []) {
    const unitCode = cellText(r.cell('Unit')) ?? '';
    const date = readDateCell(r.cell('Tanggal'), timeZone);
    if (unitCode === '') {
      problems.push({ sheet, row: r.row, column: 'Unit', message: 'kode unit wajib diisi' });
    }
    if (date === null || 'problem' in date) {
      const message = date === null ? 'tanggal wajib diisi' : date.problem;
      problems.push({ sheet, row: r.row, column: 'Tanggal', message });
    }
    if (unitCode === '' || date === null || 'problem' in date) continue;
    excuses.push({ unitCode, date: date.date, reason: cellText(r.cell('Alasan')) ?? '' });
  }
  return { excuses, problems };
}

/**
 * The first day reports count ('YYYY-MM-DD'): the Mulai Berlaku setting, else the day of the
 * earliest report logged, so units are not blamed for the weeks before LENTERA started; null
 * while there is neither.
 */
export const goLiveDay = (
  since: string | null,
  reports: readonly Pick<LoggedReport, 'date'>[],
): string | null =>
  since ??
  reports.reduce<string | null>(
    (first, r) => (first === null || r.date < first ? r.date : first),
    null,
  );
