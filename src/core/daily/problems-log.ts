/**
 * The technical-problem log (MasalahTeknis): Admin Sistem records what goes wrong while
 * configuring official accounts on staff phones or with their sync, works on it, escalates
 * it (to the provider, the network team, Google support) and closes it (seed 000: "pencatatan
 * masalah teknis untuk eskalasi").
 *
 * Reading is forgiving where that is safe: an entry with a problem in one cell is still
 * listed (dropping an open problem from the list because of a typo would hide it), and the
 * cell is reported. Decisions:
 * - Status blank = BARU. An unknown status is reported and read as BARU: still open.
 * - Only SELESAI closes an entry; DIESKALASI stays open (it is waiting on someone else) and
 *   needs Dieskalasi Ke; SELESAI needs a Selesai time.
 * - An entry without a readable Dilaporkan time is listed but never overdue (its age is
 *   unknown); the reported problem is how the admin finds it.
 */
import { cellText, shown } from '../data/cells';
import { sheetSafe } from '../text/sheet-safe';
import { DEFAULT_TIME_ZONE, isoDateIn } from '../time/format';
import { type WorkCalendar, workingMinutesBetween } from '../workdays';
import { openSheet, readDateTimeCell, type SheetProblem, TECH_PROBLEMS_TABLE } from './tables';

export const PROBLEM_STATUSES = ['BARU', 'DIPROSES', 'DIESKALASI', 'SELESAI'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = {
  BARU: 'Baru',
  DIPROSES: 'Diproses',
  DIESKALASI: 'Dieskalasi',
  SELESAI: 'Selesai',
};

export interface TechnicalProblem {
  /** 1-based sheet row. */
  readonly row: number;
  /** 'MT-YYYYMMDD-NNN'; '' when the cell is blank (reported). */
  readonly id: string;
  /** Epoch ms; null when the cell is unreadable (reported). */
  readonly reportedAt: number | null;
  readonly reporter: string;
  /** The staff member affected (email or name). */
  readonly staff: string;
  readonly problem: string;
  readonly status: ProblemStatus;
  readonly escalatedTo: string;
  readonly resolvedAt: number | null;
  readonly note: string;
}

export interface ProblemLog {
  readonly entries: TechnicalProblem[];
  readonly problems: SheetProblem[];
}

const STATUS_WORDS = new Map<string, ProblemStatus>([
  ['', 'BARU'],
  ['baru', 'BARU'],
  ['diproses', 'DIPROSES'],
  ['proses', 'DIPROSES'],
  ['dalam proses', 'DIPROSES'],
  ['dieskalasi', 'DIESKALASI'],
  ['eskalasi', 'DIESKALASI'],
  ['selesai', 'SELESAI'],
  ['tuntas', 'SELESAI'],
  ['ditutup', 'SELESAI'],
]);

/** Reads MasalahTeknis (`header` = row 1, `rows` = rows 2 onwards). Never throws. */
export function readProblemLog(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timeZone: string = DEFAULT_TIME_ZONE,
): ProblemLog {
  const sheet = TECH_PROBLEMS_TABLE.name;
  const problems: SheetProblem[] = [];
  const opened = openSheet(TECH_PROBLEMS_TABLE, header, rows, ['Masalah'], problems);
  const entries: TechnicalProblem[] = [];
  const ids = new Map<string, number>();
  for (const r of opened?.rows ?? []) {
    const report = (column: string, message: string) =>
      problems.push({ sheet, row: r.row, column, message });
    const text = (column: string) => {
      const value = cellText(r.cell(column));
      if (value === null) report(column, `isi "${shown(r.cell(column))}" tidak terbaca`);
      return value ?? '';
    };

    const id = text('ID');
    if (id === '') report('ID', 'ID wajib diisi, mis. MT-20261123-001');
    else {
      const earlier = ids.get(id.toUpperCase());
      if (earlier !== undefined) report('ID', `ID ${id} sudah dipakai di baris ${earlier}`);
      else ids.set(id.toUpperCase(), r.row);
    }

    const reported = readDateTimeCell(r.cell('Dilaporkan'), timeZone);
    if (reported === null) report('Dilaporkan', 'waktu dilaporkan wajib diisi');
    else if ('problem' in reported) report('Dilaporkan', reported.problem);
    const reportedAt = reported !== null && 'at' in reported ? reported.at : null;

    const problem = text('Masalah');
    if (problem === '') report('Masalah', 'uraian masalah wajib diisi');

    const statusText = text('Status');
    let status = STATUS_WORDS.get(statusText.toLowerCase().replace(/\s+/g, ' '));
    if (status === undefined) {
      report(
        'Status',
        `status "${shown(statusText)}" tidak dikenal; isi salah satu dari ${PROBLEM_STATUSES.join(', ')} (dibaca BARU)`,
      );
      status = 'BARU';
    }

    const escalatedTo = text('Dieskalasi Ke');
    if (status === 'DIESKALASI' && escalatedTo === '') {
      report('Dieskalasi Ke', 'status DIESKALASI: isi kepada siapa masalah ini dieskalasi');
    }

    const resolved = readDateTimeCell(r.cell('Selesai'), timeZone);
    const resolvedAt = resolved !== null && 'at' in resolved ? resolved.at : null;
    if (resolved !== null && 'problem' in resolved) report('Selesai', resolved.problem);
    else if (status === 'SELESAI' && resolved === null) {
      report('Selesai', 'status SELESAI: isi waktu masalah ini selesai');
    } else if (status !== 'SELESAI' && resolvedAt !== null) {
      report('Status', `waktu Selesai sudah diisi, tetapi status masih ${status}; ubah ke SELESAI`);
    } else if (resolvedAt !== null && reportedAt !== null && resolvedAt < reportedAt) {
      report('Selesai', 'waktu selesai lebih awal dari waktu dilaporkan');
    }

    entries.push({
      row: r.row,
      id,
      reportedAt,
      reporter: text('Pelapor'),
      staff: text('Pegawai'),
      problem,
      status,
      escalatedTo,
      resolvedAt,
      note: text('Catatan'),
    });
  }
  return { entries, problems };
}

/** Every entry not SELESAI, oldest first (unknown report times last). */
export function openProblems(entries: readonly TechnicalProblem[]): TechnicalProblem[] {
  return entries
    .filter((e) => e.status !== 'SELESAI')
    .sort(
      (a, b) =>
        (a.reportedAt ?? Number.POSITIVE_INFINITY) - (b.reportedAt ?? Number.POSITIVE_INFINITY) ||
        a.row - b.row,
    );
}

export interface OverdueProblem {
  readonly entry: TechnicalProblem;
  /** Working hours since it was reported. */
  readonly workingHours: number;
}

/**
 * Open entries older than `workingHours` of working time (office hours on working days) as
 * of `now`, the oldest first. Throws a RangeError when `workingHours` is not a positive
 * number (a setting checked before it gets here).
 */
export function overdue(
  entries: readonly TechnicalProblem[],
  calendar: WorkCalendar,
  now: Date | number,
  workingHours: number,
): OverdueProblem[] {
  if (!Number.isFinite(workingHours) || workingHours <= 0) {
    throw new RangeError(`Batas jam kerja harus angka > 0: ${workingHours}`);
  }
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const found: OverdueProblem[] = [];
  for (const entry of openProblems(entries)) {
    if (entry.reportedAt === null || entry.reportedAt > nowMs) continue;
    const hours = workingMinutesBetween(entry.reportedAt, nowMs, calendar) / 60;
    if (hours > workingHours) found.push({ entry, workingHours: hours });
  }
  return found.sort((a, b) => b.workingHours - a.workingHours);
}

const ID = /^MT-(\d{8})-(\d+)$/i;

/**
 * The next ID for a problem reported at `now`: 'MT-' + the day in the zone + a number one
 * higher than the highest of that day in `existingIds` ('MT-20261123-001', '…-002').
 */
export function nextProblemId(
  existingIds: Iterable<unknown>,
  now: Date | number,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const day = isoDateIn(new Date(typeof now === 'number' ? now : now.getTime()), timeZone).replace(
    /-/g,
    '',
  );
  let highest = 0;
  for (const id of existingIds) {
    const match = ID.exec(cellText(id) ?? '');
    if (match?.[1] === day) highest = Math.max(highest, Number(match[2]));
  }
  return `MT-${day}-${String(highest + 1).padStart(3, '0')}`;
}

export interface NewProblem {
  readonly id: string;
  readonly reportedAt: number;
  readonly reporter: string;
  readonly staff: string;
  readonly problem: string;
}

/** The MasalahTeknis row of a newly reported problem (header order), status BARU. */
export const newProblemRow = (p: NewProblem): unknown[] => [
  p.id,
  new Date(p.reportedAt),
  sheetSafe(p.reporter),
  sheetSafe(p.staff),
  sheetSafe(p.problem),
  'BARU',
  '',
  '',
  '',
];
