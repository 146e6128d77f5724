/**
 * The KPI Agenda sheet: a title block, one row per month and a total row, then three charts
 * (clash rate, request → publication time, notification compliance). Ratios are written as
 * fractions formatted '0.0%' and hours as numbers formatted '0.0', so the charts read real
 * numbers; a ratio with nothing to measure is written '–' (charts leave it out).
 *
 * The month cell is a Date (the 15th at noon in the KPI zone) formatted 'mmmm yyyy': a text
 * like "2026-03" would be turned into a date by Sheets anyway, and the middle of the month
 * shows the same month in any spreadsheet zone.
 */
import { TZDate } from '@date-fns/tz';
import type { SheetDecoration } from '../data/sheet-decoration';
import { columnLetter } from '../text/a1';
import type { AgendaKpiGroup, AgendaKpis, KpiAverage } from './kpi';

export const KPI_SHEET = 'KPI Agenda';
/** Row (1-based) of the column headers; months start on the next row. */
export const KPI_HEADER_ROW = 4;

/** What the sheet shows for a ratio or average with nothing to measure. */
export const NO_VALUE = '–';

const PERCENT = '0.0%';
const HOURS = '0.0';
const COUNT = '0';

interface Column {
  readonly header: string;
  readonly format: string;
  readonly value: (g: AgendaKpiGroup) => unknown;
}

const orDash = (v: number | null): number | string => (v === null ? NO_VALUE : v);
const hours = (a: KpiAverage) => orDash(a.hours);

const COLUMNS: readonly Column[] = [
  { header: 'Bulan', format: 'mmmm yyyy', value: () => '' },
  { header: 'Jumlah agenda', format: COUNT, value: (g) => g.items },
  { header: 'Ditolak', format: COUNT, value: (g) => g.rejected },
  { header: 'Dibatalkan', format: COUNT, value: (g) => g.cancelled },
  { header: 'Agenda berjalan', format: COUNT, value: (g) => g.active },
  { header: 'Bentrok', format: COUNT, value: (g) => g.clashed },
  { header: '% bentrok', format: PERCENT, value: (g) => orDash(g.clashRate) },
  {
    header: 'Bentrok belum tuntas (acara belum mulai)',
    format: COUNT,
    value: (g) => g.clashPending,
  },
  { header: 'Bentrok tuntas sebelum acara', format: COUNT, value: (g) => g.clashResolved },
  {
    header: '% bentrok tuntas sebelum acara',
    format: PERCENT,
    value: (g) => orDash(g.clashResolvedRate),
  },
  {
    header: 'Agenda dipublikasikan (dihitung)',
    format: COUNT,
    value: (g) => g.requestToPublication.count,
  },
  {
    header: 'Rata-rata pengajuan → publikasi (jam kerja)',
    format: HOURS,
    value: (g) => hours(g.requestToPublication),
  },
  {
    header: 'Diajukan → Diverifikasi (jam kerja)',
    format: HOURS,
    value: (g) => hours(g.stages.DIAJUKAN_DIVERIFIKASI),
  },
  {
    header: 'Diverifikasi → Dijadwalkan (jam kerja)',
    format: HOURS,
    value: (g) => hours(g.stages.DIVERIFIKASI_DIJADWALKAN),
  },
  {
    header: 'Dijadwalkan → Dikonfirmasi (jam kerja)',
    format: HOURS,
    value: (g) => hours(g.stages.DIJADWALKAN_DIKONFIRMASI),
  },
  {
    header: 'Dikonfirmasi → Dipublikasikan (jam kerja)',
    format: HOURS,
    value: (g) => hours(g.stages.DIKONFIRMASI_DIPUBLIKASIKAN),
  },
  { header: 'Pengingat jatuh tempo', format: COUNT, value: (g) => g.reminders.due },
  { header: 'Pengingat tepat waktu', format: COUNT, value: (g) => g.reminders.onTime },
  { header: 'Pengingat terlambat', format: COUNT, value: (g) => g.reminders.late },
  { header: 'Pengingat tidak terkirim', format: COUNT, value: (g) => g.reminders.missed },
  { header: '% kepatuhan notifikasi', format: PERCENT, value: (g) => orDash(g.reminders.rate) },
];

export const KPI_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

const position = (header: string) => KPI_HEADERS.indexOf(header) + 1;

/** Noon of the 15th of 'YYYY-MM' in the zone: the same month in every spreadsheet zone. */
function monthCell(period: string, timeZone: string): Date {
  const [year, month] = period.split('-').map(Number);
  return new Date(new TZDate(year ?? 0, (month ?? 1) - 1, 15, 12, 0, 0, timeZone).getTime());
}

const NOTES = [
  'Catatan:',
  '% bentrok dihitung dari agenda berjalan (tanpa yang ditolak atau dibatalkan).',
  '% bentrok tuntas dihitung dari bentrok yang hasilnya sudah diketahui: sudah tuntas, atau acaranya sudah dimulai.',
  'Durasi dalam jam kerja (hari libur dan di luar jam kantor tidak dihitung), dari waktu pertama kali status dicapai.',
  'Kepatuhan notifikasi: pengingat agenda yang sudah dipublikasikan dan sudah jatuh tempo, terkirim paling lambat pada waktunya.',
  `${NO_VALUE} berarti belum ada yang dapat diukur.`,
];

export function agendaKpiSheet(
  kpis: AgendaKpis,
  sheetName = KPI_SHEET,
): { values: unknown[][]; decoration: SheetDecoration } {
  const width = COLUMNS.length;
  const pad = (row: unknown[]) => [...row, ...new Array<unknown>(width - row.length).fill('')];
  const groupRow = (g: AgendaKpiGroup, label: unknown) =>
    COLUMNS.map((c, i) => (i === 0 ? label : c.value(g)));

  const values: unknown[][] = [
    pad(['KPI Agenda Pimpinan (PROTOCLOUD)']),
    pad(['Dihitung', kpis.computedAt, 'Zona waktu', kpis.timeZone]),
    pad([]),
    [...KPI_HEADERS],
    ...kpis.months.map((g) => groupRow(g, monthCell(g.period, kpis.timeZone))),
    groupRow(kpis.total, 'Total'),
    pad([]),
    ...NOTES.map((note) => pad([note])),
  ];

  const firstMonthRow = KPI_HEADER_ROW + 1;
  const totalRow = firstMonthRow + kpis.months.length;
  const lastMonthRow = totalRow - 1;
  const labels = `A${KPI_HEADER_ROW}:A${lastMonthRow}`;
  const series = (header: string) => {
    const letter = columnLetter(position(header));
    return `${letter}${KPI_HEADER_ROW}:${letter}${lastMonthRow}`;
  };
  const chartColumn = width + 2;
  // A chart over the header row alone would be empty; Sheets draws nothing useful.
  const charts =
    kpis.months.length === 0
      ? []
      : [
          {
            title: 'Persentase agenda bentrok per bulan',
            kind: 'column' as const,
            ranges: [labels, series('% bentrok')],
            anchor: { row: 1, column: chartColumn },
          },
          {
            title: 'Rata-rata waktu pengajuan → publikasi (jam kerja)',
            kind: 'line' as const,
            ranges: [labels, series('Rata-rata pengajuan → publikasi (jam kerja)')],
            anchor: { row: 20, column: chartColumn },
          },
          {
            title: 'Kepatuhan notifikasi pengingat per bulan',
            kind: 'column' as const,
            ranges: [labels, series('% kepatuhan notifikasi')],
            anchor: { row: 39, column: chartColumn },
          },
        ];

  const decoration: SheetDecoration = {
    sheet: sheetName,
    rows: kpis.months.length + 1,
    firstDataRow: firstMonthRow,
    frozenRows: KPI_HEADER_ROW,
    boldRows: [1, KPI_HEADER_ROW, totalRow],
    numberFormats: COLUMNS.map((c, i) => ({ column: i + 1, format: c.format })),
    protectSheet: 'dihitung otomatis dari register agenda; jangan diubah manual',
    columnWidths: [{ column: 1, width: 140 }],
    charts,
  };
  return { values, decoration };
}
