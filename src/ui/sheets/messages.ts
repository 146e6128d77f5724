/**
 * What the Sheets menu actions tell the user when they finish: Indonesian sentences built
 * from the use-cases' reports, kept here so src/entry.ts stays a list of thin wrappers.
 */
import type { SetupReport } from '../../app/setup';
import type { HistoryReport, PrepareReport, ScoreReport } from '../../app/spbe-workbook';

const sentences = (parts: readonly string[]) => parts.filter((p) => p !== '').join(' ');

export function setupSummary(report: SetupReport): string {
  return sentences([
    report.spreadsheetCreated ? 'Spreadsheet data dibuat.' : 'Spreadsheet data sudah ada.',
    report.tablesCreated.length > 0 ? `Tabel dibuat: ${report.tablesCreated.join(', ')}.` : '',
    report.tablesMigrated.length > 0
      ? `Kolom baru ditambahkan di: ${report.tablesMigrated.join(', ')}.`
      : '',
    report.triggersCreated.length > 0
      ? `Tugas terjadwal dipasang: ${report.triggersCreated.length}.`
      : 'Tugas terjadwal sudah terpasang.',
    report.adminAdded ? `${report.adminAdded} tercatat sebagai Admin Sistem.` : '',
    report.holidaysAdded > 0 ? `${report.holidaysAdded} hari libur nasional ditambahkan.` : '',
    report.agendaCalendar.created
      ? 'Kalender agenda pimpinan dibuat.'
      : 'Kalender agenda pimpinan sudah ada.',
    report.agendaCalendar.shared + report.agendaCalendar.unshared > 0
      ? `Akses kalender diperbarui untuk ${report.agendaCalendar.shared + report.agendaCalendar.unshared} akun.`
      : '',
  ]);
}

export function scoreSummary(report: ScoreReport): string {
  const line = (label: string, which: 'self' | 'verified' | 'target') =>
    `${label}: ${report.index[which]} (${report.predicate[which]}).`;
  const problems =
    report.problems.length === 0
      ? ''
      : `${report.problems.length} sel perlu diperbaiki, mis. ${report.problems
          .slice(0, 3)
          .map((p) => `${p.cell}: ${p.message}`)
          .join(' ')}`;
  return sentences([
    line('Mandiri', 'self'),
    line('Verifikasi', 'verified'),
    line('Target', 'target'),
    problems,
  ]);
}

export function prepareSummary(report: PrepareReport): string {
  return sentences([
    `${report.indicators} indikator kerangka ${report.framework} untuk tahun ${report.year}.`,
    report.added.length > 0
      ? `Baris baru: ${report.added.length}.`
      : 'Tidak ada baris baru; data yang sudah diisi tetap.',
    report.retired.length > 0
      ? `${report.retired.length} baris lama ditandai "Tidak dipakai" (tidak dihapus).`
      : '',
    report.frameworkProblems.length > 0
      ? `Lembar Kerangka perlu diperbaiki (kerangka yang bermasalah tidak dipakai): ${report.frameworkProblems.slice(0, 5).join(' ')}`
      : '',
    scoreSummary(report.score),
  ]);
}

export function historySummary(report: HistoryReport): string {
  const problems = report.problems.map((p) => `${p.cell}: ${p.message}`).join(' ');
  return sentences([
    `${report.historyRows} baris riwayat, ${report.roadmapRows} baris rencana.`,
    problems ? `Perlu diperbaiki: ${problems}` : '',
  ]);
}

export const copiedFrameworksSummary = (count: number): string =>
  `${count} kerangka bawaan disalin ke lembar Kerangka. Ubah bobot atau nama di sana, lalu jalankan "Siapkan lembar penilaian": kerangka di lembar ini menggantikan kerangka bawaan yang sama id-nya.`;
