/**
 * The SPBE workbook (the spreadsheet the coordinator opened): preparing its sheets for an
 * evaluation year, and scoring it. Scoring reads Penilaian once and writes Ringkasan once,
 * whatever the number of indicators.
 */
import { UserError } from '../core/errors';
import { score } from '../core/spbe/engine';
import { catalogue, findFramework, frameworkForYear } from '../core/spbe/frameworks';
import { KERANGKA_SHEET } from '../core/spbe/frameworks/sheet/layout';
import { readFrameworkSheet } from '../core/spbe/frameworks/sheet/read';
import { frameworkToSheet } from '../core/spbe/frameworks/sheet/write';
import type { Framework } from '../core/spbe/frameworks/types';
import {
  type AssessmentRow,
  type CellProblem,
  layoutAssessment,
  levelsOf,
  readAssessment,
  type Table,
} from '../core/spbe/workbook/assessment';
import {
  assessmentDecoration,
  historyDecoration,
  roadmapDecoration,
  summaryDecoration,
} from '../core/spbe/workbook/decorations';
import { recomputeHistory, recomputeRoadmap } from '../core/spbe/workbook/history';
import {
  ASSESSMENT_SHEET,
  HISTORY_HEADERS,
  HISTORY_SHEET,
  ROADMAP_HEADERS,
  ROADMAP_SHEET,
  SUMMARY_SHEET,
} from '../core/spbe/workbook/sheets';
import { type Column, summaryValues } from '../core/spbe/workbook/summary';
import { isoDateIn } from '../core/time/format';
import type { DataBook, Ports, SettingsStore } from '../ports';
import { audit } from './audit';
import { requireDataBook } from './data-book';
import { currentUser, requireRole } from './users';

const YEAR_KEY = 'SPBE_TAHUN';
const FRAMEWORK_KEY = 'SPBE_KERANGKA';
/** "kerangka" when the workbook's framework comes from its Kerangka sheet (read only then). */
const SOURCE_KEY = 'SPBE_SUMBER_KERANGKA';

/** Frameworks an admin wrote in the Kerangka sheet, and the cells that need fixing there. */
function sheetFrameworks(
  book: DataBook,
  headers = book.headers(),
): { frameworks: Framework[]; problems: string[] } {
  if (!headers.has(KERANGKA_SHEET)) return { frameworks: [], problems: [] };
  const { header, rows } = book.read(KERANGKA_SHEET);
  const read = readFrameworkSheet([header, ...rows]);
  return {
    frameworks: read.frameworks,
    problems: read.problems.map((p) => `${KERANGKA_SHEET}!${p.cell}: ${p.message}`),
  };
}

export interface WorkbookContext {
  readonly book: DataBook;
  readonly settings: SettingsStore;
  readonly framework: Framework;
  readonly year: number;
}

function openWorkbook(ports: Ports) {
  const workbook = ports.workbooks.active();
  if (!workbook)
    throw new UserError('Buka spreadsheet penilaian SPBE, lalu jalankan dari menu SPBE Workspace.');
  return workbook;
}

/** The workbook with its evaluation year and framework, as setup recorded them. */
export function workbookContext(ports: Ports): WorkbookContext {
  const { book, settings } = openWorkbook(ports);
  const year = Number(settings.get(YEAR_KEY));
  const frameworkId = settings.get(FRAMEWORK_KEY);
  if (!Number.isInteger(year) || year === 0 || !frameworkId) {
    throw new UserError(
      'Lembar penilaian belum disiapkan. Pilih menu SPBE Workspace → Siapkan lembar penilaian.',
    );
  }
  // Only a workbook on an admin-defined framework pays for reading the Kerangka sheet.
  if (settings.get(SOURCE_KEY) !== 'kerangka') {
    return { book, settings, year, framework: findFramework(frameworkId) };
  }
  const fromSheet = sheetFrameworks(book);
  const framework = fromSheet.frameworks.find((f) => f.id === frameworkId);
  if (!framework) {
    const why = fromSheet.problems.slice(0, 3).join(' ') || 'Kerangka itu tidak ditemukan.';
    throw new UserError(
      `Kerangka "${frameworkId}" di lembar ${KERANGKA_SHEET} tidak dapat dipakai. ${why}`,
    );
  }
  return { book, settings, year, framework };
}

export interface PrepareReport {
  readonly year: number;
  readonly framework: string;
  readonly indicators: number;
  readonly added: readonly string[];
  readonly retired: readonly string[];
  readonly score: ScoreReport;
  /** Cells of the Kerangka sheet that need fixing (its frameworks with problems are not used). */
  readonly frameworkProblems: readonly string[];
}

/** Reads a year typed by a person: empty means the current year (WIB). */
export function parseYear(text: string, now: Date): number {
  const trimmed = text.trim();
  if (trimmed === '') return Number(isoDateIn(now).slice(0, 4));
  if (!/^\d{4}$/.test(trimmed) || Number(trimmed) < 2018 || Number(trimmed) > 2100) {
    throw new UserError(
      `Tahun evaluasi: isi empat angka seperti 2026, bukan "${trimmed}".`,
      'tahun',
    );
  }
  return Number(trimmed);
}

/**
 * Creates or migrates Penilaian, Ringkasan, Riwayat and Rencana for `year`. Entered levels,
 * links and notes are carried over by indicator number; nothing is deleted.
 */
/**
 * `frameworkId` overrides the framework in force for `year` (e.g. scoring a past year again
 * under a corrected framework from the Kerangka sheet).
 */
export function prepareWorkbook(ports: Ports, year: number, frameworkId?: string): PrepareReport {
  const data = requireDataBook(ports);
  requireCoordinator(ports, data, 'menyiapkan lembar penilaian');
  const { book, settings } = openWorkbook(ports);
  return ports.lock.run(() => {
    const headers = book.headers();
    const fromSheet = sheetFrameworks(book, headers);
    const framework = frameworkId
      ? findFramework(frameworkId, fromSheet.frameworks)
      : frameworkForYear(year, fromSheet.frameworks);
    const existing = headers.has(ASSESSMENT_SHEET) ? book.read(ASSESSMENT_SHEET) : null;
    const layout = layoutAssessment(framework, existing);
    book.replace(ASSESSMENT_SHEET, layout.header, layout.rows);
    book.decorate(assessmentDecoration(framework, layout.rows.length));
    for (const [sheet, header, decoration] of [
      [HISTORY_SHEET, HISTORY_HEADERS, historyDecoration],
      [ROADMAP_SHEET, ROADMAP_HEADERS, roadmapDecoration],
    ] as const) {
      if (!headers.has(sheet)) book.createTable({ name: sheet, description: '', headers: header });
      book.decorate(
        decoration(Math.max(1, book.summaries().find((s) => s.name === sheet)?.rows ?? 1)),
      );
    }
    settings.set(YEAR_KEY, String(year));
    settings.set(FRAMEWORK_KEY, framework.id);
    settings.set(SOURCE_KEY, fromSheet.frameworks.includes(framework) ? 'kerangka' : 'katalog');
    const result = scoreInto(ports, { book, settings, framework, year });
    book.decorate(summaryDecoration(framework, result.rows));
    audit(ports, data, [
      {
        action: 'SPBE_SIAPKAN',
        object: book.name,
        note: `Tahun ${year}, ${framework.id}: ${layout.added.length} indikator baru, ${layout.retired.length} tidak dipakai`,
      },
    ]);
    return {
      year,
      framework: framework.id,
      indicators: layout.rows.length - layout.retired.length,
      added: layout.added,
      retired: layout.retired,
      score: result.report,
      frameworkProblems: fromSheet.problems,
    };
  });
}

export function requireCoordinator(ports: Ports, data: DataBook, what: string) {
  const user = currentUser(ports, data);
  if (user?.roles.includes('ADMIN')) return user;
  return requireRole(user, 'KOORDINATOR_SPBE', what);
}

export interface ScoreReport {
  readonly index: { readonly self: string; readonly verified: string; readonly target: string };
  readonly predicate: { readonly self: string; readonly verified: string; readonly target: string };
  readonly problems: readonly CellProblem[];
}

const describe = (column: Column) =>
  'result' in column
    ? { index: column.result.indexText, predicate: column.result.predicate }
    : {
        index: '—',
        predicate:
          'missing' in column ? `belum lengkap (${column.missing.length} kosong)` : column.invalid,
      };

export interface Assessed {
  readonly table: Table;
  readonly rows: readonly AssessmentRow[];
  readonly problems: readonly CellProblem[];
  readonly columns: { readonly self: Column; readonly verified: Column; readonly target: Column };
}

/** Scores the three level columns of a Penilaian table already in memory. */
export function assess(ctx: Pick<WorkbookContext, 'framework' | 'year'>, table: Table): Assessed {
  const { rows, problems } = readAssessment(ctx.framework, table);
  const column = (which: 'self' | 'verified' | 'target'): Column => {
    const { levels, missing } = levelsOf(rows, which);
    if (missing.length > 0) return { missing };
    try {
      return { result: score(ctx.framework, ctx.year, { levels }) };
    } catch (error) {
      if (error instanceof UserError) return { invalid: error.message };
      throw error;
    }
  };
  return {
    table,
    rows,
    problems,
    columns: { self: column('self'), verified: column('verified'), target: column('target') },
  };
}

/** Writes Ringkasan for an assessment: one batch write. */
export function writeSummary(
  ports: Ports,
  ctx: WorkbookContext,
  assessed: Assessed,
): { report: ScoreReport; rows: number } {
  const values = summaryValues({
    framework: ctx.framework,
    year: ctx.year,
    computedAt: ports.clock.now(),
    ...assessed.columns,
    problemCount: assessed.problems.length,
  });
  ctx.book.writeBlock(SUMMARY_SHEET, values);
  const { self: s, verified: v, target: t } = assessed.columns;
  const [self, verified, target] = [describe(s), describe(v), describe(t)];
  return {
    rows: values.length,
    report: {
      index: { self: self.index, verified: verified.index, target: target.index },
      predicate: { self: self.predicate, verified: verified.predicate, target: target.predicate },
      problems: assessed.problems,
    },
  };
}

function scoreInto(ports: Ports, ctx: WorkbookContext): { report: ScoreReport; rows: number } {
  return writeSummary(ports, ctx, assess(ctx, ctx.book.read(ASSESSMENT_SHEET)));
}

/** Recomputes Ringkasan from Penilaian: one batch read, one batch write. */
export function scoreWorkbook(ports: Ports): ScoreReport {
  return scoreInto(ports, workbookContext(ports)).report;
}

export interface HistoryReport {
  readonly historyRows: number;
  readonly roadmapRows: number;
  readonly problems: readonly CellProblem[];
}

/**
 * Recomputes Riwayat (index and predicate of every year; this year's verified result) and
 * Rencana (expected gain per initiative): three reads, two writes.
 */
export function updateHistoryAndRoadmap(ports: Ports): HistoryReport {
  const data = requireDataBook(ports);
  requireCoordinator(ports, data, 'memperbarui riwayat dan rencana');
  const ctx = workbookContext(ports);
  return ports.lock.run(() => {
    const assessed = assess(ctx, ctx.book.read(ASSESSMENT_SHEET));
    const verified =
      'result' in assessed.columns.verified ? assessed.columns.verified.result : null;
    const historyTable = ctx.book.read(HISTORY_SHEET);
    const roadmapTable = ctx.book.read(ROADMAP_SHEET);
    const history = recomputeHistory(historyTable, {
      year: ctx.year,
      framework: ctx.framework,
      verified,
    });
    const roadmap = recomputeRoadmap(roadmapTable, ctx.framework, assessed.rows);
    const headerOr = (table: Table, fallback: readonly string[]) =>
      table.header.length > 0 ? table.header : fallback;
    ctx.book.replace(HISTORY_SHEET, headerOr(historyTable, HISTORY_HEADERS), history.rows);
    ctx.book.replace(ROADMAP_SHEET, headerOr(roadmapTable, ROADMAP_HEADERS), roadmap.rows);
    return {
      historyRows: history.rows.length,
      roadmapRows: roadmap.rows.length,
      problems: [...history.problems, ...roadmap.problems],
    };
  });
}

/**
 * Copies the shipped frameworks into a new Kerangka sheet, where an admin can correct them
 * (e.g. the provisional 8/2026 weights). Never overwrites an existing Kerangka sheet.
 */
export function copyFrameworksToSheet(ports: Ports): { frameworks: number } {
  const data = requireDataBook(ports);
  requireCoordinator(ports, data, 'menyalin kerangka');
  const { book } = openWorkbook(ports);
  return ports.lock.run(() => {
    if (book.headers().has(KERANGKA_SHEET)) {
      throw new UserError(
        `Lembar ${KERANGKA_SHEET} sudah ada; ubah isinya langsung, atau ganti namanya dulu bila ingin salinan baru.`,
      );
    }
    const values = frameworkToSheet(catalogue());
    const width = Math.max(0, ...values.map((r) => r.length));
    // Plain-text cells first, so weights like "1.30" stay as written.
    book.decorate({
      sheet: KERANGKA_SHEET,
      rows: values.length,
      firstDataRow: 1,
      numberFormats: Array.from({ length: width }, (_, i) => ({ column: i + 1, format: '@' })),
      columnWidths: [{ column: 3, width: 260 }],
    });
    book.writeBlock(KERANGKA_SHEET, values);
    audit(ports, data, [
      {
        action: 'SPBE_KERANGKA',
        object: book.name,
        note: `${catalogue().length} kerangka disalin ke lembar ${KERANGKA_SHEET}`,
      },
    ]);
    return { frameworks: catalogue().length };
  });
}
