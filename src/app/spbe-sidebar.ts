/**
 * The SPBE sidebar's server side: the view of the workbook for the signed-in user, a unit's
 * proposal for an indicator, the coordinator's verification, and the planner. Every input is
 * validated here (the client is never trusted); each change reads Penilaian once, writes the
 * changed row and Ringkasan, and leaves an audit entry.
 */
import type { User } from '../core/access/users';
import { UserError } from '../core/errors';
import { gainPerLevel, type Levels } from '../core/spbe/engine';
import type { Framework } from '../core/spbe/frameworks/types';
import { planToTarget } from '../core/spbe/plan-target';
import {
  type AssessmentRow,
  columnIndex,
  readAssessment,
  type Table,
} from '../core/spbe/workbook/assessment';
import { ASSESSMENT_SHEET, COL } from '../core/spbe/workbook/sheets';
import type { Column } from '../core/spbe/workbook/summary';
import { cellAddress } from '../core/text/a1';
import { isDriveLink } from '../core/text/links';
import { sheetSafe } from '../core/text/sheet-safe';
import { formatDateTime } from '../core/time/format';
import type { DataBook, Ports } from '../ports';
import { audit } from './audit';
import { requireDataBook } from './data-book';
import type {
  ColumnScore,
  IndicatorView,
  PlanView,
  ProposalInput,
  SpbeView,
  VerificationInput,
} from './spbe-view';
import {
  type Assessed,
  assess,
  parseYear,
  prepareWorkbook,
  type WorkbookContext,
  workbookContext,
  writeSummary,
} from './spbe-workbook';
import { currentUser } from './users';

const MAX_NOTES = 2000;
const MAX_LINKS = 20;

interface SidebarSession {
  readonly ctx: WorkbookContext;
  /** The data spreadsheet (users, audit log). */
  readonly data: DataBook;
  readonly user: User;
  readonly isCoordinator: boolean;
}

function openSession(ports: Ports): SidebarSession {
  const data = requireDataBook(ports);
  const user = currentUser(ports, data);
  if (!user) {
    throw new UserError(
      'Akun Anda belum terdaftar di tabel Pengguna. Minta Admin Sistem mendaftarkan akun dan unit Anda.',
    );
  }
  const isCoordinator = user.roles.includes('KOORDINATOR_SPBE') || user.roles.includes('ADMIN');
  return { ctx: workbookContext(ports), data, user, isCoordinator };
}

const sameUnit = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';

const mayEdit = (session: SidebarSession, row: AssessmentRow) =>
  session.isCoordinator || sameUnit(row.unit, session.user.unit);

function columnScore(column: Column): ColumnScore {
  if ('result' in column) {
    const r = column.result;
    return {
      state: 'scored',
      index: r.indexText,
      exact: r.index.toExactString(),
      predicate: r.predicate,
      warnings: r.warnings,
    };
  }
  if ('missing' in column) return { state: 'incomplete', missing: column.missing.length };
  return { state: 'invalid', message: column.invalid };
}

function allKeys(rows: readonly AssessmentRow[]): Levels {
  return Object.fromEntries(rows.filter((r) => r.active).map((r) => [r.key, 1]));
}

function buildView(session: SidebarSession, assessed: Assessed): SpbeView {
  const { framework, year } = session.ctx;
  const gains = gainPerLevel(framework, allKeys(assessed.rows));
  const defs = new Map(framework.indicators.map((i) => [i.key, i]));
  const groups = new Map(framework.levelGroups.map((g) => [g.key, g.names]));
  const aspects = new Map(framework.aspects.map((a) => [a.key, a]));
  const indicators: IndicatorView[] = assessed.rows
    .filter((row) => row.active && (session.isCoordinator || sameUnit(row.unit, session.user.unit)))
    .map((row) => {
      const def = defs.get(row.key) ?? defs.get(row.key.split('-')[0] ?? '');
      return {
        key: row.key,
        name: def?.name ?? row.key,
        domain: aspects.get(row.aspect)?.domain ?? '',
        aspect: row.aspect,
        weight: def?.weight ?? 'sama rata',
        gainPerLevel: gains.get(row.key)?.toExactString(6) ?? '',
        levelNames: groups.get(def?.levelGroup ?? '') ?? [],
        unit: row.unit,
        self: row.self,
        verified: row.verified,
        target: row.target,
        evidence: row.evidence,
        notes: row.notes,
        status: row.status || 'Belum diisi',
        editable: mayEdit(session, row),
      };
    });
  return {
    year,
    framework: {
      id: framework.id,
      name: framework.name,
      status: framework.status,
      levels: framework.levels,
      predicates: framework.predicates.map((p) => p.name),
    },
    domains: framework.domains.map((d) => ({ key: d.key, name: d.name })),
    aspects: framework.aspects.map((a) => ({ key: a.key, name: a.name, domain: a.domain ?? '' })),
    user: {
      email: session.user.email,
      unit: session.user.unit,
      isCoordinator: session.isCoordinator,
    },
    indicators,
    score: {
      self: columnScore(assessed.columns.self),
      verified: columnScore(assessed.columns.verified),
      target: columnScore(assessed.columns.target),
    },
    problems: assessed.problems.map((p) => `${p.cell}: ${p.message}`),
  };
}

export function loadSpbeView(ports: Ports): SpbeView {
  const session = openSession(ports);
  return buildView(session, assess(session.ctx, session.ctx.book.read(ASSESSMENT_SHEET)));
}

// ---- input validation (the client is never trusted) ----------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function readKey(raw: Record<string, unknown>): string {
  if (typeof raw.key !== 'string' || raw.key.trim() === '')
    throw new UserError('Indikator belum dipilih.', 'key');
  return raw.key.trim();
}

function readLevel(
  framework: Framework,
  value: unknown,
  label: string,
  field: string,
): number | null {
  if (value === null || value === undefined || value === '') return null;
  const { min, max } = framework.levels;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`${label}: pilih level ${min}–${max}.`, field);
  }
  return value;
}

function readText(value: unknown, label: string, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new UserError(`${label}: harus teks.`, field);
  if (value.length > MAX_NOTES)
    throw new UserError(`${label}: paling banyak ${MAX_NOTES} karakter.`, field);
  return value.trim();
}

function readLinks(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new UserError('Tautan bukti: harus daftar alamat.', 'evidence');
  }
  const links = (value as string[]).map((l) => l.trim()).filter((l) => l !== '');
  if (links.length > MAX_LINKS)
    throw new UserError(`Tautan bukti: paling banyak ${MAX_LINKS} tautan.`, 'evidence');
  const bad = links.find((l) => !isDriveLink(l));
  if (bad) {
    throw new UserError(
      `Tautan bukti harus alamat Google Drive (https://drive.google.com/… atau https://docs.google.com/…), bukan "${bad}".`,
      'evidence',
    );
  }
  return links;
}

// ---- changes ---------------------------------------------------------------------------------

/**
 * Applies `change` to one indicator's row under the script lock: one read of Penilaian, one
 * write of that row, one write of Ringkasan, one audit entry.
 */
function changeRow(
  ports: Ports,
  key: string,
  authorise: (session: SidebarSession, row: AssessmentRow) => void,
  change: (
    cells: Map<keyof typeof COL, unknown>,
    row: AssessmentRow,
    framework: Framework,
  ) => { action: string; note: string },
): SpbeView {
  const session = openSession(ports);
  return ports.lock.run(() => {
    const { ctx, data } = session;
    const table = ctx.book.read(ASSESSMENT_SHEET);
    // Only the row is needed before the change; scoring happens once, after it.
    const row = readAssessment(ctx.framework, table).rows.find((r) => r.key === key && r.active);
    if (!row)
      throw new UserError(
        `Indikator "${key}" tidak ada di lembar Penilaian tahun ${ctx.year}.`,
        'key',
      );
    authorise(session, row);
    const idx = columnIndex(table.header);
    const cells = new Map<keyof typeof COL, unknown>();
    const { action, note } = change(cells, row, ctx.framework);
    cells.set('updatedBy', sheetSafe(session.user.email));
    cells.set('updatedAt', ports.clock.now());
    const i = row.sheetRow - 2;
    const values = [...(table.rows[i] ?? [])];
    while (values.length < table.header.length) values.push('');
    for (const [id, value] of cells) {
      if (idx[id] < 0)
        throw new UserError(
          `Kolom "${COL[id]}" tidak ada di lembar Penilaian; jalankan Siapkan lembar penilaian.`,
        );
      values[idx[id]] = value;
    }
    ctx.book.writeRow(ASSESSMENT_SHEET, row.sheetRow, values);
    const rows = table.rows.map((r, j) => (j === i ? values : r));
    const after = assess(ctx, { header: table.header, rows } satisfies Table);
    writeSummary(ports, ctx, after);
    audit(ports, data, [
      { action, object: `${ctx.book.name} ${cellAddress(row.sheetRow, 1)} indikator ${key}`, note },
    ]);
    return buildView(session, after);
  });
}

export function proposeLevel(ports: Ports, input: unknown): SpbeView {
  if (!isRecord(input)) throw new UserError('Isian usulan tidak terbaca.');
  const proposal = input as Partial<ProposalInput>;
  const key = readKey(input);
  const evidence = readLinks(proposal.evidence);
  const notes = readText(proposal.notes, 'Catatan', 'notes');
  return changeRow(
    ports,
    key,
    (session, row) => {
      if (!mayEdit(session, row)) {
        throw new UserError(
          `Indikator ${key} menjadi tanggung jawab ${row.unit || 'unit lain'}; Anda hanya dapat mengisi indikator unit Anda.`,
        );
      }
    },
    (cells, _row, framework) => {
      const level = readLevel(framework, proposal.level, 'Level mandiri', 'level');
      cells.set('self', level ?? '');
      cells.set('evidence', evidence.join('\n'));
      cells.set('notes', sheetSafe(notes));
      cells.set('status', level === null ? 'Belum diisi' : 'Diusulkan');
      return {
        action: 'SPBE_USULAN',
        note: `level ${level ?? '(kosong)'}, ${evidence.length} tautan bukti`,
      };
    },
  );
}

export function verifyLevel(ports: Ports, input: unknown): SpbeView {
  if (!isRecord(input)) throw new UserError('Isian verifikasi tidak terbaca.');
  const verification = input as Partial<VerificationInput>;
  const key = readKey(input);
  if (verification.decision !== 'verify' && verification.decision !== 'revise') {
    throw new UserError('Keputusan harus "verifikasi" atau "minta perbaikan".', 'decision');
  }
  const note = readText(verification.note, 'Catatan verifikasi', 'note');
  if (verification.decision === 'revise' && note === '') {
    throw new UserError('Catatan verifikasi: tulis apa yang harus diperbaiki unit.', 'note');
  }
  return changeRow(
    ports,
    key,
    (session) => {
      if (!session.isCoordinator)
        throw new UserError('Hanya Koordinator SPBE yang dapat memverifikasi level.');
    },
    (cells, row, framework) => {
      const stamp = `[${formatDateTime(ports.clock.now())}] `;
      const withNote =
        note === '' ? row.notes : [row.notes, `${stamp}${note}`].filter(Boolean).join('\n');
      if (verification.decision === 'revise') {
        cells.set('status', 'Perlu perbaikan');
        cells.set('notes', sheetSafe(withNote));
        return { action: 'SPBE_PERBAIKAN', note };
      }
      const level = readLevel(framework, verification.level, 'Level verifikasi', 'level');
      if (level === null)
        throw new UserError('Level verifikasi: pilih level yang disetujui.', 'level');
      cells.set('verified', level);
      cells.set('status', 'Diverifikasi');
      cells.set('notes', sheetSafe(withNote));
      return { action: 'SPBE_VERIFIKASI', note: `level ${level}${note ? `: ${note}` : ''}` };
    },
  );
}

/**
 * The cheapest way from the current levels (verified where the coordinator has verified,
 * otherwise the unit's proposal) to `target` ("3.5" or a predicate).
 */
export function planForWorkbook(ports: Ports, target: unknown): PlanView {
  if (typeof target !== 'string' || target.trim() === '') {
    throw new UserError('Target: isi indeks seperti 3.5 atau pilih predikat.', 'target');
  }
  const session = openSession(ports);
  const { ctx } = session;
  const assessed = assess(ctx, ctx.book.read(ASSESSMENT_SHEET));
  const levels: Record<string, number> = {};
  const missing: string[] = [];
  for (const row of assessed.rows.filter((r) => r.active)) {
    const level = row.verified ?? row.self;
    if (level === null) missing.push(row.key);
    else levels[row.key] = level;
  }
  if (missing.length > 0) {
    throw new UserError(
      `Lengkapi dulu level ${missing.length} indikator (mis. ${missing.slice(0, 3).join(', ')}) sebelum menghitung rencana.`,
    );
  }
  const report = planToTarget(
    { framework: ctx.framework.id, year: ctx.year, levels },
    target.trim(),
  );
  const names = new Map(ctx.framework.indicators.map((i) => [i.key, i.name]));
  return {
    reachable: report.reachable,
    steps: report.steps.map((s) => ({ ...s, name: names.get(s.indicator) ?? s.indicator })),
    totalSteps: report.totalSteps,
    index: report.index.toFixed(2),
    predicate: report.predikat,
    message: report.reachable
      ? `Target ${target.trim()} tercapai dengan ${report.totalSteps} kenaikan level.`
      : (report.message ?? 'Target tidak tercapai.'),
  };
}

/** The coordinator switches the workbook to another year (and optionally framework) from the sidebar. */
export function switchYear(ports: Ports, input: unknown): SpbeView {
  if (!isRecord(input)) throw new UserError('Isian tahun tidak terbaca.');
  const year = parseYear(
    typeof input.year === 'string' ? input.year : String(input.year ?? ''),
    ports.clock.now(),
  );
  const frameworkId =
    typeof input.framework === 'string' && input.framework.trim() !== ''
      ? input.framework.trim()
      : undefined;
  prepareWorkbook(ports, year, frameworkId);
  return loadSpbeView(ports);
}
