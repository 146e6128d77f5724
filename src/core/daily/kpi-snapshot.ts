/**
 * The quarterly evaluation, frozen (SnapshotKPIHarian). The KPIs are recomputed from the
 * sheets every night, so a report corrected or a reply logged months later would quietly
 * change a quarter already reported to the leaders. Decision: FREEZE_AFTER_WORKING_DAYS
 * working days after a quarter ends (time for the last reports and replies to arrive), the
 * KPI job stores its evaluation figures once; from then on the evaluation block shows the
 * stored figures, and the next quarter compares itself with them. The month and quarter
 * tables of the KPI sheet stay live, so corrections are still visible there.
 *
 * A stored quarter is never rewritten by the job. An admin who must correct it edits or
 * deletes its rows by hand (deleted rows are frozen again from the current data).
 */
import { cellText, isBlankCell, readDecimal, shown } from '../data/cells';
import { sheetText } from '../text/sheet-safe';
import { type WorkCalendar, workingDaysBetween } from '../workdays';
import { type QuarterSnapshot, snapshotRow } from './kpi';
import { direction, formatChange } from './kpi-sheet';
import { KPI_SNAPSHOT_TABLE, openSheet, readDateTimeCell, type SheetProblem } from './tables';

export const FREEZE_AFTER_WORKING_DAYS = 5;

export interface FrozenFigures {
  readonly value: number | null;
  readonly previous: number | null;
}

export interface FrozenQuarter {
  /** Epoch ms of the freeze; null when the Dibekukan cell is unreadable. */
  readonly frozenAt: number | null;
  /** By indicator, compared without case or surrounding spaces. */
  readonly figures: ReadonlyMap<string, FrozenFigures>;
}

const QUARTER = /^\d{4}-Q[1-4]$/;
const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Reads SnapshotKPIHarian into frozen quarters by 'YYYY-Qn'. Never throws. */
export function readKpiSnapshots(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timeZone: string,
): { quarters: Map<string, FrozenQuarter>; problems: SheetProblem[] } {
  const sheet = KPI_SNAPSHOT_TABLE.name;
  const problems: SheetProblem[] = [];
  const opened = openSheet(KPI_SNAPSHOT_TABLE, header, rows, ['Triwulan', 'Indikator'], problems);
  const quarters = new Map<
    string,
    { frozenAt: number | null; figures: Map<string, FrozenFigures> }
  >();
  for (const r of opened?.rows ?? []) {
    const report = (column: string, message: string) =>
      problems.push({ sheet, row: r.row, column, message });
    const quarter = (cellText(r.cell('Triwulan')) ?? '').toUpperCase();
    const indicator = fold(cellText(r.cell('Indikator')) ?? '');
    if (!QUARTER.test(quarter)) {
      report('Triwulan', `"${shown(r.cell('Triwulan'))}" bukan triwulan; tulis seperti 2026-Q3`);
      continue;
    }
    if (indicator === '') {
      report('Indikator', 'indikator wajib diisi');
      continue;
    }
    const number = (column: string): number | null => {
      const cell = r.cell(column);
      if (isBlankCell(cell)) return null;
      const value = readDecimal(cell);
      if (value === null) report(column, `"${shown(cell)}" bukan angka; dianggap kosong`);
      return value;
    };
    const frozen = readDateTimeCell(r.cell('Dibekukan'), timeZone);
    let entry = quarters.get(quarter);
    if (entry === undefined) {
      entry = {
        frozenAt: frozen !== null && 'at' in frozen ? frozen.at : null,
        figures: new Map(),
      };
      quarters.set(quarter, entry);
    }
    if (!entry.figures.has(indicator)) {
      entry.figures.set(indicator, {
        value: number('Nilai'),
        previous: number('Triwulan Sebelumnya'),
      });
    }
  }
  return { quarters, problems };
}

/**
 * The snapshot as the evaluation shows it: a frozen quarter with its stored figures, a live
 * one compared with the frozen figures of the quarter before (when that one is frozen).
 * Indicators the store does not have (added by a later version) stay live.
 */
export function withFrozen(
  snapshot: QuarterSnapshot,
  quarters: ReadonlyMap<string, FrozenQuarter>,
): { snapshot: QuarterSnapshot; frozenAt: number | null } {
  const own = quarters.get(snapshot.quarter.period);
  const before = quarters.get(snapshot.previous.period);
  if (own === undefined && before === undefined) return { snapshot, frozenAt: null };
  const rows = snapshot.rows.map((row) => {
    const key = fold(row.indicator);
    if (own !== undefined) {
      const figures = own.figures.get(key);
      return figures ? snapshotRow(row, figures.value, figures.previous) : row;
    }
    const previous = before?.figures.get(key);
    return previous ? snapshotRow(row, row.value, previous.value) : row;
  });
  return { snapshot: { ...snapshot, rows }, frozenAt: own?.frozenAt ?? null };
}

/** Whether the snapshot quarter ended long enough ago and is not stored yet. */
export function dueForFreezing(
  snapshot: QuarterSnapshot,
  quarters: ReadonlyMap<string, FrozenQuarter>,
  calendar: WorkCalendar,
  now: number,
): boolean {
  const { quarter } = snapshot;
  return (
    quarter.complete &&
    !quarters.has(quarter.period) &&
    workingDaysBetween(quarter.to, now, calendar) >= FREEZE_AFTER_WORKING_DAYS
  );
}

/** The SnapshotKPIHarian rows of a snapshot (header order). */
export const frozenRows = (snapshot: QuarterSnapshot, at: Date): unknown[][] =>
  snapshot.rows.map((row) => [
    sheetText(snapshot.quarter.period),
    sheetText(row.indicator),
    row.value ?? '',
    row.previous ?? '',
    sheetText(formatChange(row.change, row.kind)),
    direction(row),
    at,
  ]);
