/**
 * The evaluation-file export of a year's assessment: a CSV (every indicator with its levels,
 * status and evidence, then the scores) and a printable HTML page the server turns into PDF.
 * Text from users is escaped for each format: formula prefixes in CSV cells (a CSV opened in
 * Excel runs "=…" too), markup in HTML.
 */
import { escapeHtml } from '../../text/html';
import { sheetSafe } from '../../text/sheet-safe';
import { formatDateTime } from '../../time/format';
import type { Framework } from '../frameworks/types';
import type { AssessmentRow } from './assessment';
import type { Column } from './summary';

export interface ExportInput {
  readonly framework: Framework;
  readonly year: number;
  /** The workbook's name: usually says which instansi. */
  readonly title: string;
  readonly rows: readonly AssessmentRow[];
  readonly columns: { readonly self: Column; readonly verified: Column; readonly target: Column };
  readonly generatedAt: Date;
}

const LABELS = [
  ['self', 'Mandiri'],
  ['verified', 'Verifikasi'],
  ['target', 'Target'],
] as const;

const csvCell = (value: unknown): string => {
  const text = sheetSafe(value === null || value === undefined ? '' : String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const csvLine = (cells: readonly unknown[]) => cells.map(csvCell).join(',');

const scoreText = (column: Column): { index: string; predicate: string } => {
  if ('result' in column)
    return { index: column.result.indexText, predicate: column.result.predicate };
  if ('missing' in column)
    return { index: '', predicate: `belum lengkap (${column.missing.length} indikator kosong)` };
  return { index: '', predicate: column.invalid };
};

const names = (framework: Framework) => new Map(framework.indicators.map((i) => [i.key, i.name]));

const nameOf = (lookup: Map<string, string>, key: string) =>
  lookup.get(key) ?? lookup.get(key.split('-')[0] ?? '') ?? key;

export function exportFileBase(input: Pick<ExportInput, 'year' | 'framework'>): string {
  return `Penilaian-SPBE-${input.year}-${input.framework.id}`;
}

/** UTF-8 with a byte-order mark so Excel shows Indonesian text correctly. */
export function assessmentCsv(input: ExportInput): string {
  const lookup = names(input.framework);
  const lines = [
    csvLine([
      'Aspek',
      'No',
      'Indikator',
      'Unit',
      'Level Mandiri',
      'Level Verifikasi',
      'Level Target',
      'Status',
      'Tautan Bukti',
      'Catatan',
    ]),
    ...input.rows
      .filter((r) => r.active)
      .map((r) =>
        csvLine([
          r.aspect,
          r.key,
          nameOf(lookup, r.key),
          r.unit,
          r.self,
          r.verified,
          r.target,
          r.status,
          r.evidence.join(' '),
          r.notes,
        ]),
      ),
    '',
    csvLine(['Ringkasan', '', 'Mandiri', 'Verifikasi', 'Target']),
    csvLine(['Indeks', '', ...LABELS.map(([k]) => scoreText(input.columns[k]).index)]),
    csvLine(['Predikat', '', ...LABELS.map(([k]) => scoreText(input.columns[k]).predicate)]),
    csvLine(['Tahun', input.year, 'Kerangka', input.framework.name]),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** Printable page; every value is escaped, links are listed as text (a PDF is read on paper too). */
export function assessmentHtml(input: ExportInput): string {
  const { framework, columns } = input;
  const lookup = names(framework);
  const value = (column: Column, pick: 'domains' | 'aspects', key: string) =>
    'result' in column ? (column.result[pick]?.get(key)?.toFixed(2) ?? '') : '';
  const parts = [
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>',
    escapeHtml(`Penilaian SPBE ${input.year}`),
    '</title><style>body{font:11px Arial,sans-serif}table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}h1{font-size:16px}h2{font-size:13px}</style></head><body>',
    `<h1>${escapeHtml(input.title)} — Penilaian SPBE Tahun ${input.year}</h1>`,
    `<p>Kerangka: ${escapeHtml(framework.name)}${framework.status === 'provisional' ? ' (sementara)' : ''}. Dibuat ${escapeHtml(formatDateTime(input.generatedAt))}.</p>`,
    '<h2>Indeks dan predikat</h2>',
    table(
      ['', 'Mandiri', 'Verifikasi', 'Target'],
      [
        ['Indeks', ...LABELS.map(([k]) => escapeHtml(scoreText(columns[k]).index || '—'))],
        ['Predikat', ...LABELS.map(([k]) => escapeHtml(scoreText(columns[k]).predicate))],
        ...framework.domains.map((d) => [
          escapeHtml(`${d.key} ${d.name}`),
          ...LABELS.map(([k]) => value(columns[k], 'domains', d.key)),
        ]),
        ...framework.aspects.map((a) => [
          escapeHtml(`${a.key} ${a.name}`),
          ...LABELS.map(([k]) => value(columns[k], 'aspects', a.key)),
        ]),
      ],
    ),
    '<h2>Indikator dan bukti dukung</h2>',
    table(
      ['No', 'Indikator', 'Unit', 'Mandiri', 'Verifikasi', 'Target', 'Status', 'Bukti dukung'],
      input.rows
        .filter((r) => r.active)
        .map((r) => [
          escapeHtml(r.key),
          escapeHtml(nameOf(lookup, r.key)),
          escapeHtml(r.unit),
          String(r.self ?? ''),
          String(r.verified ?? ''),
          String(r.target ?? ''),
          escapeHtml(r.status),
          r.evidence.map((l) => escapeHtml(l)).join('<br>') || '—',
        ]),
    ),
    '</body></html>',
  ];
  return parts.join('');
}
