/**
 * How the workbook's sheets look and guard themselves: level dropdowns and colours in
 * Penilaian, the framework columns protected (warning-only), predicate colours and the
 * domain chart in Ringkasan. Pure data; src/gas applies it.
 */
import type { SheetDecoration } from '../../data/sheet-decoration';
import type { Framework } from '../frameworks/types';
import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_SHEET,
  COMPUTED_COLUMNS,
  type ColumnId,
  HISTORY_HEADERS,
  HISTORY_SHEET,
  LEVEL_COLUMNS,
  ROADMAP_HEADERS,
  ROADMAP_SHEET,
  STATUSES,
  SUMMARY_SHEET,
} from './sheets';
import { SUMMARY_FIRST_ROW, summaryDomainRows } from './summary';

const position = (id: ColumnId) => ASSESSMENT_COLUMNS.indexOf(id) + 1;

/** Low levels red through green, as coordinators read a maturity heat map. */
const LEVEL_COLORS: Record<string, string> = {
  '0': '#f4c7c3',
  '1': '#f4c7c3',
  '2': '#fce8b2',
  '3': '#fff2cc',
  '4': '#d9ead3',
  '5': '#b7e1cd',
};

const PREDICATE_COLORS: Record<string, string> = {
  Kurang: '#f4c7c3',
  Cukup: '#fce8b2',
  Baik: '#fff2cc',
  'Sangat Baik': '#d9ead3',
  Memuaskan: '#b7e1cd',
};

export function assessmentDecoration(framework: Framework, rows: number): SheetDecoration {
  const levels = Array.from({ length: framework.levels.max - framework.levels.min + 1 }, (_, i) =>
    String(framework.levels.min + i),
  );
  return {
    sheet: ASSESSMENT_SHEET,
    rows,
    frozenRows: 1,
    boldRows: [1],
    dropdowns: [
      ...LEVEL_COLUMNS.map((id) => ({ column: position(id), values: levels })),
      { column: position('status'), values: STATUSES },
    ],
    numberFormats: [
      { column: position('weight'), format: '0.00' },
      { column: position('updatedAt'), format: 'yyyy-mm-dd hh:mm' },
    ],
    protectColumns: COMPUTED_COLUMNS.map((id) => ({
      column: position(id),
      description: `kolom ${id} diisi dari kerangka ${framework.id}; ubah kerangka, bukan sel ini`,
    })),
    colorByValue: [{ columns: LEVEL_COLUMNS.map(position), colors: LEVEL_COLORS }],
    columnWidths: [
      { column: position('name'), width: 320 },
      { column: position('evidence'), width: 240 },
      { column: position('notes'), width: 200 },
    ],
  };
}

export function summaryDecoration(framework: Framework, rows: number): SheetDecoration {
  const domainRows = summaryDomainRows(framework);
  const last = SUMMARY_FIRST_ROW + domainRows - 1;
  return {
    sheet: SUMMARY_SHEET,
    rows,
    firstDataRow: 1,
    frozenRows: 5,
    boldRows: [1, 5],
    numberFormats: [4, 5, 6].map((column) => ({ column, format: '0.00' })),
    protectSheet: 'dihitung otomatis dari lembar Penilaian; jangan diubah manual',
    colorByValue: [{ columns: [4, 5, 6], colors: PREDICATE_COLORS }],
    columnWidths: [{ column: 2, width: 320 }],
    charts: [
      {
        title: framework.domains.length > 0 ? 'Nilai per domain' : 'Nilai per aspek',
        kind: 'column',
        ranges: [`A${SUMMARY_FIRST_ROW - 1}:A${last}`, `D${SUMMARY_FIRST_ROW - 1}:F${last}`],
        anchor: { row: 2, column: 8 },
      },
    ],
  };
}

export const historyDecoration = (rows: number): SheetDecoration => ({
  sheet: HISTORY_SHEET,
  rows,
  frozenRows: 1,
  boldRows: [1],
  numberFormats: [{ column: HISTORY_HEADERS.indexOf('Indeks') + 1, format: '0.00' }],
  charts: [
    {
      title: 'Riwayat indeks SPBE',
      kind: 'line',
      ranges: [`A1:A${rows + 1}`, `E1:E${rows + 1}`],
      anchor: { row: 2, column: HISTORY_HEADERS.length + 2 },
    },
  ],
});

export const roadmapDecoration = (rows: number): SheetDecoration => ({
  sheet: ROADMAP_SHEET,
  rows,
  frozenRows: 1,
  boldRows: [1],
  dropdowns: [
    {
      column: ROADMAP_HEADERS.indexOf('Status') + 1,
      values: ['Direncanakan', 'Berjalan', 'Selesai', 'Ditunda'],
    },
  ],
  numberFormats: [
    { column: ROADMAP_HEADERS.indexOf('Perkiraan Kenaikan Indeks') + 1, format: '0.000' },
  ],
  columnWidths: [{ column: 1, width: 280 }],
});
