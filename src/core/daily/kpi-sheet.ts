/**
 * The KPI Email Daily sheet: a title block; one row per month; one row per quarter; one row
 * per unit for the snapshot quarter; the quarterly evaluation block; notes. Then four charts:
 * % staff configured, average response time, official emails per month, on-time reports per
 * unit.
 *
 * The month, quarter and unit tables share one set of columns, so each column has one number
 * format for all three: ratios are fractions formatted '0.0%', hours and per-day figures are
 * numbers formatted '0.0', and nothing to measure is written '–' (charts leave it out). The
 * month cell is a Date (the 15th at noon in the KPI zone) formatted 'mmmm yyyy', as in the
 * agenda KPI sheet. The evaluation block is for reading and copying into the quarterly
 * report, so its figures are literal text with Indonesian decimals ("85,0%", "3,5 jam").
 */
import { TZDate } from '@date-fns/tz';
import type { SheetDecoration } from '../data/sheet-decoration';
import { columnLetter } from '../text/a1';
import { sheetText } from '../text/sheet-safe';
import type {
  ComplianceFigures,
  DailyKpiPeriod,
  DailyKpis,
  ResponseFigures,
  SnapshotKind,
  SnapshotRow,
  UnitFigures,
} from './kpi';
import type { ConfigurationCounts } from './staff';

export const DAILY_KPI_SHEET = 'KPI Email Daily';
/** Row (1-based) of the column headers; months start on the next row. */
export const DAILY_KPI_HEADER_ROW = 4;

/** What the sheet shows for a ratio or average with nothing to measure. */
export const NO_VALUE = '–';

const PERCENT = '0.0%';
const DECIMAL = '0.0';
const COUNT = '0';

/** What a row of any of the three tables shows. */
interface RowFigures {
  readonly staff: ConfigurationCounts;
  readonly response: ResponseFigures;
  readonly compliance: ComplianceFigures;
  readonly reports: number;
  readonly total: number;
  readonly perWorkingDay: number | null;
}

interface Column {
  readonly header: string;
  readonly format: string;
  readonly value: (f: RowFigures) => unknown;
}

const orDash = (v: number | null): number | string => (v === null ? NO_VALUE : v);

const COLUMNS: readonly Column[] = [
  { header: 'Bulan', format: 'mmmm yyyy', value: () => '' },
  { header: 'Pegawai', format: COUNT, value: (f) => f.staff.total },
  { header: 'Akun aktif', format: COUNT, value: (f) => f.staff.active },
  { header: 'Terkonfigurasi di ponsel', format: COUNT, value: (f) => f.staff.configured },
  { header: '% terkonfigurasi', format: PERCENT, value: (f) => orDash(f.staff.configuredRate) },
  { header: 'Surat resmi diterima', format: COUNT, value: (f) => f.response.threads },
  { header: 'Surat resmi dibalas', format: COUNT, value: (f) => f.response.answered },
  {
    header: 'Rata-rata waktu respons (jam kerja)',
    format: DECIMAL,
    value: (f) => orDash(f.response.averageHours),
  },
  { header: 'Melewati standar', format: COUNT, value: (f) => f.response.breaches },
  { header: 'Laporan harian diterima', format: COUNT, value: (f) => f.reports },
  { header: 'Hari lapor', format: COUNT, value: (f) => f.compliance.reportingDays },
  { header: 'Laporan tepat waktu', format: COUNT, value: (f) => f.compliance.onTime },
  { header: '% tepat waktu', format: PERCENT, value: (f) => orDash(f.compliance.rate) },
  { header: 'Email resmi (jumlah)', format: COUNT, value: (f) => f.total },
  {
    header: 'Email resmi per hari kerja',
    format: DECIMAL,
    value: (f) => orDash(f.perWorkingDay),
  },
];

export const DAILY_KPI_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

const letterOf = (header: string) => columnLetter(DAILY_KPI_HEADERS.indexOf(header) + 1);

const ofPeriod = (p: DailyKpiPeriod): RowFigures => ({
  staff: p.staff,
  response: p.response,
  compliance: p.compliance,
  reports: p.emails.reports,
  total: p.emails.total,
  perWorkingDay: p.emails.perWorkingDay,
});

function ofUnit(u: UnitFigures, p: DailyKpiPeriod): RowFigures {
  const total = u.reports + u.response.threads;
  return {
    staff: u.staff,
    response: u.response,
    compliance: u.compliance,
    reports: u.reports,
    total,
    perWorkingDay: p.emails.workingDays > 0 ? total / p.emails.workingDays : null,
  };
}

/** Noon of the 15th of 'YYYY-MM' in the zone: the same month in every spreadsheet zone. */
function monthCell(period: string, timeZone: string): Date {
  const [year, month] = period.split('-').map(Number);
  return new Date(new TZDate(year ?? 0, (month ?? 1) - 1, 15, 12, 0, 0, timeZone).getTime());
}

// ---- the evaluation block, as text ----------------------------------------------------------

const decimal = (v: number, digits = 1) => v.toFixed(digits).replace('.', ',');

/** A figure as the evaluation report writes it: '85,0%', '3,5 jam', '12', '2,3'. */
export function formatFigure(value: number | null, kind: SnapshotKind): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  if (kind === 'persen') return `${decimal(value * 100)}%`;
  if (kind === 'jam') return `${decimal(value)} jam`;
  if (kind === 'jumlah') return String(Math.round(value));
  return decimal(value);
}

/** A change: '+5,0 poin' (percentages), '−0,5 jam', '+3', '0'. */
export function formatChange(change: number | null, kind: SnapshotKind): string {
  if (change === null || !Number.isFinite(change)) return NO_VALUE;
  const scaled = kind === 'persen' ? change * 100 : change;
  const size = kind === 'jumlah' ? String(Math.round(Math.abs(scaled))) : decimal(Math.abs(scaled));
  if (/^0(,0)?$/.test(size)) return kind === 'jumlah' ? '0' : '0,0';
  const sign = scaled > 0 ? '+' : '−';
  const unit = kind === 'persen' ? ' poin' : kind === 'jam' ? ' jam' : '';
  return `${sign}${size}${unit}`;
}

/** 'membaik', 'memburuk', 'tetap', or '–' when the change is unknown. */
export const direction = (row: SnapshotRow): string =>
  row.improved === null
    ? row.change === null
      ? NO_VALUE
      : 'tetap'
    : row.improved
      ? 'membaik'
      : 'memburuk';

const NOTES = [
  'Catatan:',
  '% terkonfigurasi: akun kedinasan aktif di domain resmi yang sudah dikonfigurasi di ponsel sampai akhir periode (atau hari ini), dibagi seluruh pegawai pada sheet Pegawai saat ini.',
  'Waktu respons: jam kerja (di luar jam kantor dan hari libur tidak dihitung) dari surat resmi masuk sampai balasan pertama; standar per kategori dan prioritas ada di sheet StandarRespons.',
  'Email resmi: laporan harian yang diterima ditambah surat resmi yang dipantau; per hari kerja dihitung sampai hari ini.',
  '% tepat waktu: laporan harian tepat waktu dibagi hari lapor yang batas waktunya sudah lewat.',
  'Evaluasi triwulan dibekukan lima hari kerja setelah triwulan berakhir (sheet SnapshotKPIHarian): koreksi data sesudahnya tampil di tabel bulan dan triwulan, tidak mengubah evaluasi.',
  `${NO_VALUE} berarti belum ada yang dapat diukur.`,
];

/** What the sheet shows beside the KPIs. */
export interface DailyKpiSheetExtras {
  /** 'YYYY-MM-DD' the snapshot quarter's figures were frozen; absent while they are live. */
  readonly frozenOn?: string;
  /** Problems waiting for Admin Sistem, shown under the title. */
  readonly attention?: {
    /** Cells of the Pegawai sheet to fix (naming standard, personal addresses, …). */
    readonly staffProblems: number;
    /** MasalahTeknis entries not SELESAI, and those of them open past the time limit. */
    readonly openProblems: number;
    readonly overdueProblems: number;
  };
}

export function dailyKpiSheet(
  kpis: DailyKpis,
  sheetName = DAILY_KPI_SHEET,
  extras: DailyKpiSheetExtras = {},
): { values: unknown[][]; decoration: SheetDecoration } {
  const width = COLUMNS.length;
  const pad = (row: unknown[]) => [...row, ...new Array<unknown>(width - row.length).fill('')];
  const figuresRow = (f: RowFigures, label: unknown) =>
    COLUMNS.map((c, i) => (i === 0 ? label : c.value(f)));
  const headerRow = (first: string) => [first, ...DAILY_KPI_HEADERS.slice(1)];
  const { quarter, previous, rows: indicators } = kpis.snapshot;
  const state = !quarter.complete
    ? `berjalan, sampai ${quarter.asOf}`
    : extras.frozenOn === undefined
      ? 'selesai'
      : `selesai; angka dibekukan ${extras.frozenOn}`;
  const attention = extras.attention;

  const values: unknown[][] = [
    pad(['KPI LENTERA Email Daily']),
    pad(['Dihitung', kpis.computedAt, 'Zona waktu', kpis.timeZone]),
    pad(
      attention === undefined
        ? []
        : [
            'Masalah data pegawai',
            attention.staffProblems,
            'Masalah teknis terbuka',
            attention.openProblems,
            'Terbuka melewati batas',
            attention.overdueProblems,
          ],
    ),
    headerRow('Bulan'),
    ...kpis.months.map((p) => figuresRow(ofPeriod(p), monthCell(p.period, kpis.timeZone))),
    pad([]),
  ];
  const quarterHeaderRow = values.length + 1;
  values.push(
    headerRow('Triwulan'),
    ...kpis.quarters.map((p) => figuresRow(ofPeriod(p), sheetText(p.label))),
    pad([]),
  );
  const unitHeaderRow = values.length + 1;
  values.push(
    headerRow(`Unit — ${quarter.label}`),
    ...quarter.units.map((u) => figuresRow(ofUnit(u, quarter), sheetText(u.name))),
  );
  const lastTableRow = values.length;
  values.push(pad([]));
  const snapshotTitleRow = values.length + 1;
  values.push(
    pad([sheetText(`Evaluasi triwulan: ${quarter.label} (${state})`)]),
    pad(['Indikator', sheetText(quarter.label), sheetText(previous.label), 'Perubahan', 'Arah']),
    ...indicators.map((row) =>
      pad([
        sheetText(row.indicator),
        sheetText(formatFigure(row.value, row.kind)),
        sheetText(formatFigure(row.previous, row.kind)),
        sheetText(formatChange(row.change, row.kind)),
        direction(row),
      ]),
    ),
    pad([]),
    ...NOTES.map((note) => pad([note])),
  );

  const lastMonthRow = DAILY_KPI_HEADER_ROW + kpis.months.length;
  const monthSeries = (header: string) => {
    const letter = letterOf(header);
    return `${letter}${DAILY_KPI_HEADER_ROW}:${letter}${lastMonthRow}`;
  };
  const monthLabels = `A${DAILY_KPI_HEADER_ROW}:A${lastMonthRow}`;
  const chartColumn = width + 2;
  const charts: NonNullable<SheetDecoration['charts']>[number][] = [];
  if (kpis.months.length > 0) {
    charts.push(
      {
        title: 'Persentase pegawai terkonfigurasi email kedinasan di ponsel',
        kind: 'line',
        ranges: [monthLabels, monthSeries('% terkonfigurasi')],
        anchor: { row: 1, column: chartColumn },
      },
      {
        title: 'Rata-rata waktu respons surat resmi (jam kerja)',
        kind: 'line',
        ranges: [monthLabels, monthSeries('Rata-rata waktu respons (jam kerja)')],
        anchor: { row: 20, column: chartColumn },
      },
      {
        title: 'Jumlah email resmi per bulan',
        kind: 'column',
        ranges: [monthLabels, monthSeries('Email resmi (jumlah)')],
        anchor: { row: 39, column: chartColumn },
      },
    );
  }
  if (quarter.units.length > 0) {
    const letter = letterOf('% tepat waktu');
    charts.push({
      title: `Laporan harian tepat waktu per unit — ${quarter.label}`,
      kind: 'column',
      ranges: [
        `A${unitHeaderRow}:A${lastTableRow}`,
        `${letter}${unitHeaderRow}:${letter}${lastTableRow}`,
      ],
      anchor: { row: 58, column: chartColumn },
    });
  }

  const firstDataRow = DAILY_KPI_HEADER_ROW + 1;
  const decoration: SheetDecoration = {
    sheet: sheetName,
    rows: lastTableRow - firstDataRow + 1,
    firstDataRow,
    frozenRows: DAILY_KPI_HEADER_ROW,
    boldRows: [
      1,
      DAILY_KPI_HEADER_ROW,
      quarterHeaderRow,
      unitHeaderRow,
      snapshotTitleRow,
      snapshotTitleRow + 1,
    ],
    numberFormats: COLUMNS.map((c, i) => ({ column: i + 1, format: c.format })),
    protectSheet:
      'dihitung otomatis dari LaporanHarian, SuratResmi dan Pegawai; jangan diubah manual',
    columnWidths: [{ column: 1, width: 260 }],
    charts,
  };
  return { values, decoration };
}
