/**
 * The Koordinator Email Daily's digest of one day, from the compliance matrix: who is still
 * missing first (what the coordinator acts on), the counts, then per unit today's status and
 * its last reporting days as symbols. The HTML is a three-column table that stays readable on
 * a phone: the unit name wraps, the symbols never do. Every name is escaped — unit names come
 * from a sheet anyone with edit access can type into.
 *
 * The caller builds the matrix over digestRange(date) (enough days back for the history) as
 * of the sending time, sends only on a working day, and logs digestKey(date) once sent.
 */
import { escapeHtml } from '../text/html';
import { normalizeDate } from '../workdays';
import { dayNumberOf, isoOfDay } from '../workdays/dates';
import { type ComplianceMatrix, DAY_STATUS_LABELS, type DayStatus } from './compliance';
import type { DailyUnit } from './config';
import { longDate } from './parse/dates';
import { SYSTEM_SUBJECT_TAGS } from './system-mail';

/** Reporting days before the digest's day shown per unit. */
export const DIGEST_HISTORY_DAYS = 5;

/**
 * Calendar days the matrix should cover before the digest's day: six weeks hold five
 * reporting days of a Monday–Friday unit even around the Lebaran cuti bersama.
 */
export const DIGEST_LOOKBACK_DAYS = 42;

export const DAY_STATUS_SYMBOLS: Record<DayStatus, string> = {
  TEPAT: '✓',
  TERLAMBAT: '⏰',
  TIDAK_ADA: '✗',
  DIKECUALIKAN: '–',
  LIBUR: '–',
  BELUM_WAKTU: '·',
};

const LEGEND =
  '✓ tepat waktu, ⏰ terlambat, ✗ tidak ada, – dikecualikan/libur, · belum batas waktu';

const STATUS_COLORS: Record<DayStatus, string> = {
  TEPAT: '#1b7f3b',
  TERLAMBAT: '#b35c00',
  TIDAK_ADA: '#c62828',
  DIKECUALIKAN: '#666666',
  LIBUR: '#666666',
  BELUM_WAKTU: '#666666',
};

export interface DigestOptions {
  /** The day of the digest, 'YYYY-MM-DD'; must be one of the matrix's days. */
  readonly date: string;
  /** The units shown, in this order (matched to matrix rows by code); default every row. */
  readonly units?: readonly DailyUnit[];
}

export interface DailyDigest {
  readonly subject: string;
  /** Plain-text alternative. */
  readonly text: string;
  readonly html: string;
}

/** Logged once the digest of `date` is sent: one digest per day however often the job runs. */
export function digestKey(date: string): string {
  if (normalizeDate(date) !== date) throw new RangeError(`Tanggal "${date}" harus YYYY-MM-DD`);
  return `RINGKASAN-HARIAN|${date}`;
}

/** The matrix range a digest of `date` needs: DIGEST_LOOKBACK_DAYS back, up to `date`. */
export function digestRange(date: string): { from: string; to: string } {
  const day = normalizeDate(date) === date ? dayNumberOf(date) : null;
  if (day === null) throw new RangeError(`Tanggal "${date}" harus YYYY-MM-DD`);
  return { from: isoOfDay(day - DIGEST_LOOKBACK_DAYS), to: date };
}

interface DigestLine {
  readonly unit: DailyUnit;
  readonly today: DayStatus;
  /** Oldest first; reporting days only (LIBUR left out). */
  readonly history: readonly DayStatus[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function dailyDigest(matrix: ComplianceMatrix, options: DigestOptions): DailyDigest {
  const { date } = options;
  const index = matrix.days.indexOf(date);
  if (index < 0) throw new RangeError(`Tanggal ${date} tidak ada dalam matriks kepatuhan`);

  const byCode = new Map(matrix.rows.map((row) => [row.unit.code.trim().toUpperCase(), row]));
  const rows = options.units
    ? options.units.flatMap((unit) => {
        const row = byCode.get(unit.code.trim().toUpperCase());
        return row ? [{ ...row, unit }] : [];
      })
    : matrix.rows;

  const lines: DigestLine[] = rows.map(({ unit, cells }) => {
    const history: DayStatus[] = [];
    for (let i = index - 1; i >= 0 && history.length < DIGEST_HISTORY_DAYS; i--) {
      const status = cells[i];
      if (status !== undefined && status !== 'LIBUR') history.unshift(status);
    }
    return { unit, today: cells[index] ?? 'LIBUR', history };
  });

  const count = (status: DayStatus) => lines.filter((l) => l.today === status).length;
  const reported = count('TEPAT') + count('TERLAMBAT');
  const expected = lines.filter((l) => l.today !== 'LIBUR' && l.today !== 'DIKECUALIKAN').length;
  const missing = lines.filter((l) => l.today === 'TIDAK_ADA' || l.today === 'BELUM_WAKTU');

  const day = longDate(date);
  const subject =
    expected === 0
      ? `[${SYSTEM_SUBJECT_TAGS.digest}] ${day}: tidak ada unit yang wajib melapor`
      : `[${SYSTEM_SUBJECT_TAGS.digest}] ${day}: ${reported} dari ${expected} unit melapor`;

  const counts: [string, number][] = [
    ['Tepat waktu', count('TEPAT')],
    ['Terlambat', count('TERLAMBAT')],
    ['Tidak ada', count('TIDAK_ADA')],
    ['Belum batas waktu', count('BELUM_WAKTU')],
    ['Dikecualikan', count('DIKECUALIKAN')],
    ['Libur', count('LIBUR')],
  ];
  const countText = counts.map(([label, n]) => `${label}: ${n}`).join(' · ');
  const missingNote = (l: DigestLine) =>
    l.today === 'BELUM_WAKTU' ? ' (batas waktu belum lewat)' : '';
  const symbols = (history: readonly DayStatus[]) =>
    history.length > 0 ? history.map((s) => DAY_STATUS_SYMBOLS[s]).join(' ') : '-';
  const historyTitle = `${DIGEST_HISTORY_DAYS} hari lapor sebelumnya`;

  const text = [
    `Ringkasan laporan harian ${day}`,
    countText,
    missing.length > 0
      ? `Belum mengirim laporan (${missing.length}):\n${missing
          .map((l) => `- ${oneLine(l.unit.name)}${missingNote(l)}`)
          .join('\n')}`
      : 'Semua unit yang wajib melapor sudah mengirim laporan.',
    `Per unit — hari ini | ${historyTitle} (lama → baru):\n${lines
      .map(
        (l) => `- ${oneLine(l.unit.name)}: ${DAY_STATUS_LABELS[l.today]} | ${symbols(l.history)}`,
      )
      .join('\n')}`,
    `Keterangan: ${LEGEND}`,
    'Pesan ini dikirim otomatis oleh LENTERA Email Daily.',
  ].join('\n\n');

  const cell = 'padding:6px 4px;border-bottom:1px solid #e0e0e0;vertical-align:top';
  const head = 'padding:6px 4px;border-bottom:2px solid #bdbdbd;text-align:left;font-size:13px';
  const tableRows = lines
    .map(
      (l) =>
        `<tr><td style="${cell};word-break:break-word">${escapeHtml(l.unit.name)}</td>` +
        `<td style="${cell};color:${STATUS_COLORS[l.today]}">${escapeHtml(DAY_STATUS_LABELS[l.today])}</td>` +
        `<td style="${cell};white-space:nowrap">${escapeHtml(symbols(l.history))}</td></tr>`,
    )
    .join('');
  const missingHtml =
    missing.length > 0
      ? `<p style="margin:12px 0 4px"><b>Belum mengirim laporan (${missing.length}):</b></p>` +
        `<ul style="margin:0;padding-left:20px">${missing
          .map((l) => `<li>${escapeHtml(l.unit.name)}${escapeHtml(missingNote(l))}</li>`)
          .join('')}</ul>`
      : '<p style="margin:12px 0 4px">Semua unit yang wajib melapor sudah mengirim laporan.</p>';
  const html =
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;' +
    'max-width:600px;color:#212121">' +
    `<p style="margin:0 0 4px;font-size:16px"><b>Ringkasan laporan harian</b></p>` +
    `<p style="margin:0 0 8px">${escapeHtml(day)}</p>` +
    `<p style="margin:0">${escapeHtml(countText)}</p>` +
    missingHtml +
    '<table style="border-collapse:collapse;width:100%;margin-top:12px">' +
    `<thead><tr><th style="${head}">Unit</th><th style="${head}">Hari ini</th>` +
    `<th style="${head}">${escapeHtml(historyTitle)}</th></tr></thead>` +
    `<tbody>${tableRows}</tbody></table>` +
    `<p style="margin:8px 0 0;font-size:12px;color:#666666">${escapeHtml(LEGEND)}</p>` +
    '<p style="margin:8px 0 0;font-size:12px;color:#666666">Pesan ini dikirim otomatis oleh ' +
    'LENTERA Email Daily.</p></div>';

  return { subject, text, html };
}
