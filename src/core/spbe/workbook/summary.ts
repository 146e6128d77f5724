/**
 * The Ringkasan sheet's values: aspects, domains, index and predicate for the
 * self-assessment, the verified levels and the target, side by side, and the gap from
 * verified to target. A column whose levels are incomplete says how many are missing
 * instead of showing a misleading index. Numbers are written as numbers (2 decimals) so
 * charts can use them.
 */
import type { ScoreResult } from '../engine';
import type { Framework } from '../frameworks/types';

export type Column =
  | { readonly result: ScoreResult }
  | { readonly missing: readonly string[] }
  | { readonly invalid: string };

export interface SummaryInput {
  readonly framework: Framework;
  readonly year: number;
  readonly computedAt: Date;
  readonly self: Column;
  readonly verified: Column;
  readonly target: Column;
  /** Cell problems in Penilaian, already counted. */
  readonly problemCount: number;
}

export const SUMMARY_WIDTH = 6;
/** Row (1-based) of the first domain or aspect line: fixed so charts can point at it. */
export const SUMMARY_FIRST_ROW = 6;

const pad = (row: unknown[]) => [
  ...row,
  ...new Array<unknown>(SUMMARY_WIDTH - row.length).fill(''),
];

const cellValue = (
  column: Column,
  pick: (r: ScoreResult) => { toFixed(p: number): string } | undefined,
): unknown => {
  if ('result' in column) {
    const v = pick(column.result);
    return v === undefined ? '' : Number(v.toFixed(2));
  }
  return '';
};

const stateOf = (column: Column): string => {
  if ('result' in column) return column.result.predicate;
  if ('missing' in column) return `Belum lengkap: ${column.missing.length} indikator kosong`;
  return column.invalid;
};

/** Rows for the domain (and aspect) chart: which rows hold domains, for the chart range. */
export function summaryDomainRows(framework: Framework): number {
  return framework.domains.length > 0 ? framework.domains.length : framework.aspects.length;
}

export function summaryValues(input: SummaryInput): unknown[][] {
  const { framework, self, verified, target } = input;
  const cols = [self, verified, target];
  const rows: unknown[][] = [
    pad(['Ringkasan Penilaian SPBE']),
    pad(['Tahun evaluasi', input.year, 'Kerangka', framework.name]),
    pad([
      'Dihitung',
      input.computedAt,
      'Status kerangka',
      framework.status === 'official' ? 'resmi' : 'sementara',
    ]),
    pad([]),
    ['Komponen', 'Nama', 'Bobot (%)', 'Mandiri', 'Verifikasi', 'Target'],
  ];
  // Domains first (the chart reads these rows), then every aspect.
  for (const d of framework.domains) {
    rows.push([
      d.key,
      d.name,
      Number(d.weight),
      ...cols.map((c) => cellValue(c, (r) => r.domains.get(d.key))),
    ]);
  }
  for (const a of framework.aspects) {
    rows.push([
      a.key,
      a.name,
      Number(a.weight),
      ...cols.map((c) => cellValue(c, (r) => r.aspects?.get(a.key))),
    ]);
  }
  rows.push(['Indeks', '', 100, ...cols.map((c) => cellValue(c, (r) => r.index))]);
  rows.push(['Predikat', '', '', ...cols.map(stateOf)]);
  const gap =
    'result' in verified && 'result' in target
      ? Number(target.result.index.sub(verified.result.index).toFixed(2))
      : '';
  rows.push(pad(['Selisih verifikasi → target', '', '', '', '', gap]));
  const warnings = cols.flatMap((c) => ('result' in c ? c.result.warnings : []));
  const notes = [...new Set(warnings)];
  if (input.problemCount > 0)
    notes.unshift(
      `${input.problemCount} sel di lembar Penilaian perlu diperbaiki (lihat catatan sel / panel samping).`,
    );
  rows.push(pad([]));
  rows.push(pad(['Catatan', notes.join(' ') || 'Tidak ada.']));
  return rows;
}
