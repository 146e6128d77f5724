/**
 * The "Kepatuhan Laporan Harian" sheet the hourly job refreshes for the coordinator: the
 * monthly compliance of every unit for the previous and the current month, then the current
 * month as units × days with the digest's status symbols. State as of `now`; days before the
 * go-live day (`since`) are not counted, so a unit is not blamed for the weeks before LENTERA
 * started. Percentages are written as fractions formatted '0.0%', '–' when nothing counts.
 */
import type { SheetDecoration } from '../data/sheet-decoration';
import { sheetText } from '../text/sheet-safe';
import { calendarDateOf, WEEKDAYS, weekdayLabel } from '../workdays';
import { dayNumberOf, isoOfDay, weekdayOfDay } from '../workdays/dates';
import {
  type ComplianceMatrix,
  complianceMatrix,
  DAY_STATUS_LABELS,
  DAY_STATUSES,
  type MonthlyCompliance,
  type MonthlyInput,
  monthlyCompliance,
  monthRange,
} from './compliance';
import { DAY_STATUS_SYMBOLS } from './digest';
import { monthLabel } from './kpi';

export const COMPLIANCE_SHEET = 'Kepatuhan Laporan Harian';
/** Row (1-based) of the monthly table's headers; its rows start on the next one. */
const MONTHLY_HEADER_ROW = 4;

const NO_VALUE = '–';

// Kode and Unit first, as in the per-day table below, so the two share column widths.
const MONTHLY_HEADERS = [
  'Kode',
  'Unit',
  'Bulan',
  'Hari lapor',
  'Tepat waktu',
  'Terlambat',
  'Tidak ada',
  'Dikecualikan',
  'Belum batas waktu',
  '% kepatuhan',
  '% tepat waktu',
];

const LEGEND = `Keterangan: ${DAY_STATUSES.map(
  (s) => `${DAY_STATUS_SYMBOLS[s]} ${DAY_STATUS_LABELS[s].toLowerCase()}`,
).join(', ')}`;

const NOTES = [
  '% kepatuhan = laporan diterima (tepat waktu + terlambat) ÷ (hari lapor − dikecualikan); % tepat waktu = tepat waktu ÷ (hari lapor − dikecualikan).',
  'Hari lapor: hari kerja (tanpa akhir pekan, libur nasional, cuti bersama dan libur daerah di HariLibur) yang batas waktunya sudah lewat.',
  'Hanya laporan berstatus DICATAT di LaporanHarian yang dihitung. Sheet ini diperbarui otomatis tiap jam; perubahan manual akan tertimpa.',
];

const fraction = (pct: number | null): number | string => (pct === null ? NO_VALUE : pct / 100);

/** 'Sen 21': the weekday shows at a glance why a column is all "–". */
function dayHeader(date: string): string {
  const day = dayNumberOf(date) ?? 0;
  const weekday = WEEKDAYS[weekdayOfDay(day)] ?? 'senin';
  return `${weekdayLabel(weekday).slice(0, 3)} ${Number(date.slice(8))}`;
}

interface MonthFigures {
  readonly month: string;
  readonly matrix: ComplianceMatrix;
  readonly rows: readonly MonthlyCompliance[];
}

/** The month before 'YYYY-MM'. */
const monthBefore = (month: string): string =>
  isoOfDay((dayNumberOf(monthRange(month).from) ?? 0) - 1).slice(0, 7);

/** A month's figures from `since` on; null when the whole month is before it. */
function figuresOf(input: MonthlyInput, month: string, since: string | null): MonthFigures | null {
  const range = monthRange(month);
  const from = since !== null && since > range.from ? since : range.from;
  if (from > range.to) return null;
  const matrix = complianceMatrix({ ...input, from, to: range.to });
  return { month, matrix, rows: monthlyCompliance(matrix, month) };
}

export function complianceSheet(
  input: MonthlyInput,
  since: string | null,
): { values: unknown[][]; decoration: SheetDecoration } {
  const current = calendarDateOf(input.now, input.calendar).slice(0, 7);
  const months = [monthBefore(current), current]
    .map((month) => figuresOf(input, month, since))
    .filter((m): m is MonthFigures => m !== null);
  const monthly = months.flatMap(({ month, rows }) =>
    rows.map((r) => [
      sheetText(r.unit.code),
      sheetText(r.unit.name),
      sheetText(monthLabel(month)),
      r.reportingDays,
      r.onTime,
      r.late,
      r.missing,
      r.excused,
      r.pending,
      fraction(r.compliancePct),
      fraction(r.onTimePct),
    ]),
  );

  const values: unknown[][] = [
    ['Kepatuhan Laporan Harian (LENTERA Email Daily)'],
    ['Diperbarui', new Date(input.now), 'Mulai berlaku', sheetText(since ?? '')],
    [],
    MONTHLY_HEADERS,
    ...monthly,
  ];
  if (monthly.length === 0) {
    values.push([
      since !== null && since.slice(0, 7) > current
        ? `Laporan harian berlaku mulai ${since}; belum ada hari yang dihitung.`
        : 'Belum ada unit di sheet Unit.',
    ]);
  }
  const bold = [1, MONTHLY_HEADER_ROW];
  const shown = months.find((m) => m.month === current);
  if (shown !== undefined && shown.matrix.rows.length > 0) {
    values.push([], [`Per hari — ${monthLabel(current)}`]);
    bold.push(values.length);
    values.push(['Kode', 'Unit', ...shown.matrix.days.map(dayHeader)]);
    bold.push(values.length);
    for (const row of shown.matrix.rows) {
      values.push([
        sheetText(row.unit.code),
        sheetText(row.unit.name),
        ...row.cells.map((s) => DAY_STATUS_SYMBOLS[s]),
      ]);
    }
    values.push([LEGEND]);
  }
  values.push([], ...NOTES.map((note) => [note]));

  const counts = [4, 5, 6, 7, 8, 9].map((column) => ({ column, format: '0' }));
  const percents = [10, 11].map((column) => ({ column, format: '0.0%' }));
  return {
    values,
    decoration: {
      sheet: COMPLIANCE_SHEET,
      rows: monthly.length,
      firstDataRow: MONTHLY_HEADER_ROW + 1,
      boldRows: bold,
      numberFormats: monthly.length === 0 ? [] : [...counts, ...percents],
      protectSheet:
        'dihitung otomatis tiap jam dari LaporanHarian dan Pengecualian; jangan diubah manual',
      columnWidths: [{ column: 2, width: 220 }],
    },
  };
}
