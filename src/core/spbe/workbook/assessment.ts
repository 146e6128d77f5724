/**
 * The Penilaian sheet: building it for a framework (and migrating an existing one without
 * losing a single entered value), and reading it back with every bad cell named.
 */
import { cellAddress } from '../../text/a1';
import { isDriveLink, splitLinks } from '../../text/links';
import type { Levels } from '../engine';
import type { Framework, IndicatorDef } from '../frameworks/types';
import { ASSESSMENT_COLUMNS, COL, COMPUTED_COLUMNS, type ColumnId, STATUSES } from './sheets';

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface CellProblem {
  readonly cell: string;
  readonly message: string;
}

export interface AssessmentRow {
  /** 1-based sheet row. */
  readonly sheetRow: number;
  readonly key: string;
  readonly aspect: string;
  readonly unit: string;
  readonly self: number | null;
  readonly verified: number | null;
  readonly target: number | null;
  readonly evidence: readonly string[];
  readonly notes: string;
  readonly status: string;
  /** False for rows of indicators the framework no longer has (kept, never deleted). */
  readonly active: boolean;
}

const norm = (h: unknown) =>
  String(h ?? '')
    .trim()
    .toLowerCase();

/** Column positions by header name; -1 when absent. */
export function columnIndex(header: readonly unknown[]): Record<ColumnId, number> {
  const names = header.map(norm);
  return Object.fromEntries(
    ASSESSMENT_COLUMNS.map((id) => [id, names.indexOf(COL[id].toLowerCase())]),
  ) as Record<ColumnId, number>;
}

/** The rows a framework asks for; per-item indicators keep the items already in the sheet. */
function indicatorRows(
  framework: Framework,
  existingKeys: readonly string[],
): { def: IndicatorDef; key: string; name: string }[] {
  return framework.indicators.flatMap((def) => {
    if (!def.perItem) return [{ def, key: def.key, name: def.name }];
    const items = existingKeys.filter((k) => k.startsWith(`${def.key}-`));
    const keys = items.length > 0 ? items : [`${def.key}-1`];
    return keys.map((key) => ({ def, key, name: `${def.name} ${key.slice(def.key.length + 1)}` }));
  });
}

/**
 * The whole Penilaian table for `framework`: framework columns rewritten, everything a person
 * entered carried over by indicator number, columns an admin added kept at the end, and rows of
 * indicators the framework does not have kept at the bottom as "Tidak dipakai".
 */
export function layoutAssessment(
  framework: Framework,
  existing: Table | null,
): { header: string[]; rows: unknown[][]; added: string[]; retired: string[] } {
  const oldHeader = existing?.header ?? [];
  const oldIndex = columnIndex(oldHeader);
  const known = new Set(ASSESSMENT_COLUMNS.map((id) => COL[id].toLowerCase()));
  const extraColumns = oldHeader
    .map((h, i) => ({ h: String(h), i }))
    .filter(({ h }) => h.trim() !== '' && !known.has(norm(h)));
  const header = [...ASSESSMENT_COLUMNS.map((id) => COL[id]), ...extraColumns.map((c) => c.h)];

  const oldRows = new Map<string, readonly unknown[]>();
  for (const row of existing?.rows ?? []) {
    const key = oldIndex.key >= 0 ? String(row[oldIndex.key] ?? '').trim() : '';
    if (key !== '' && !oldRows.has(key)) oldRows.set(key, row);
  }
  const aspects = new Map(framework.aspects.map((a) => [a.key, a]));
  const wanted = indicatorRows(framework, [...oldRows.keys()]);
  const wantedKeys = new Set(wanted.map((w) => w.key));

  const carry = (old: readonly unknown[] | undefined, id: ColumnId) =>
    old && oldIndex[id] >= 0 ? (old[oldIndex[id]] ?? '') : '';
  const build = (
    computed: Partial<Record<ColumnId, unknown>>,
    old: readonly unknown[] | undefined,
    status?: string,
  ) => [
    ...ASSESSMENT_COLUMNS.map((id) => {
      if (COMPUTED_COLUMNS.includes(id)) return computed[id] ?? '';
      if (id === 'status') return status ?? (carry(old, id) || 'Belum diisi');
      return carry(old, id);
    }),
    ...extraColumns.map((c) => (old ? (old[c.i] ?? '') : '')),
  ];

  const added: string[] = [];
  const rows = wanted.map(({ def, key, name }) => {
    const old = oldRows.get(key);
    if (!old) added.push(key);
    const aspect = aspects.get(def.aspect);
    return build(
      {
        domain: aspect?.domain ?? '',
        aspect: def.aspect,
        key,
        name,
        weight: def.weight ?? 'sama rata',
      },
      old,
    );
  });
  const retired: string[] = [];
  for (const [key, old] of oldRows) {
    if (wantedKeys.has(key)) continue;
    retired.push(key);
    rows.push(
      build(
        {
          domain: carry(old, 'domain'),
          aspect: carry(old, 'aspect'),
          key,
          name: carry(old, 'name'),
          weight: carry(old, 'weight'),
        },
        old,
        'Tidak dipakai',
      ),
    );
  }
  return { header, rows, added, retired };
}

function readLevel(
  framework: Framework,
  value: unknown,
  cell: string,
  label: string,
  problems: CellProblem[],
): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n =
    typeof value === 'number'
      ? value
      : /^\s*\d+\s*$/.test(String(value))
        ? Number(value)
        : Number.NaN;
  const { min, max } = framework.levels;
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push({
      cell,
      message: `${label} harus bilangan bulat ${min}–${max}, bukan "${String(value)}".`,
    });
    return null;
  }
  return n;
}

/** Reads the data rows (after the header); `firstRow` is the sheet row of rows[0]. */
export function readAssessment(
  framework: Framework,
  table: Table,
  firstRow = 2,
): { rows: AssessmentRow[]; problems: CellProblem[] } {
  const idx = columnIndex(table.header);
  const problems: CellProblem[] = [];
  const missing = (['key', 'self', 'verified', 'target'] as const).filter((id) => idx[id] < 0);
  if (missing.length > 0) {
    return {
      rows: [],
      problems: missing.map((id) => ({
        cell: '1:1',
        message: `Kolom "${COL[id]}" tidak ditemukan di baris judul.`,
      })),
    };
  }
  const rows: AssessmentRow[] = [];
  table.rows.forEach((row, i) => {
    const sheetRow = firstRow + i;
    const at = (id: ColumnId) => cellAddress(sheetRow, idx[id] + 1);
    const text = (id: ColumnId) => (idx[id] >= 0 ? String(row[idx[id]] ?? '').trim() : '');
    const key = text('key');
    if (key === '') return;
    const status = text('status');
    const level = (id: 'self' | 'verified' | 'target') =>
      readLevel(framework, row[idx[id]], at(id), COL[id], problems);
    const evidence = splitLinks(text('evidence'));
    for (const link of evidence) {
      if (!isDriveLink(link)) {
        problems.push({
          cell: at('evidence'),
          message: `Tautan bukti harus alamat Google Drive (https://drive.google.com/… atau https://docs.google.com/…), bukan "${link}".`,
        });
      }
    }
    if (status !== '' && !(STATUSES as readonly string[]).includes(status)) {
      problems.push({
        cell: at('status'),
        message: `Status harus salah satu dari: ${STATUSES.join(', ')}.`,
      });
    }
    rows.push({
      sheetRow,
      key,
      aspect: text('aspect'),
      unit: text('unit'),
      self: level('self'),
      verified: level('verified'),
      target: level('target'),
      evidence: evidence.filter(isDriveLink),
      notes: text('notes'),
      status,
      active: status !== 'Tidak dipakai',
    });
  });
  return { rows, problems };
}

/** The levels of one column for scoring, and the indicators still empty there. */
export function levelsOf(
  rows: readonly AssessmentRow[],
  which: 'self' | 'verified' | 'target',
): { levels: Levels; missing: string[] } {
  const levels: Record<string, number> = {};
  const missing: string[] = [];
  for (const row of rows) {
    if (!row.active) continue;
    const value = row[which];
    if (value === null) missing.push(row.key);
    else levels[row.key] = value;
  }
  return { levels, missing };
}
