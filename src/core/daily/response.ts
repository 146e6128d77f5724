/**
 * Response time of official mail (seed 000: "waktu respons standar untuk pesan masuk"). Mail
 * coming in to a watched address (AlamatDipantau) is tracked per thread in SuratResmi; its
 * response time is the working time from receipt to the first reply sent from the instansi,
 * measured on the WorkCalendar (office hours on working days only), so mail received Friday
 * afternoon and answered Monday morning took an hour or two, not a weekend.
 *
 * Decisions the callers rely on:
 * - The standard of a thread is the most specific StandarRespons row matching its category
 *   and priority: exact category and priority, then exact category with priority *, then
 *   category * with exact priority, then * | *. The first row wins a tie. When nothing
 *   matches, FALLBACK_STANDARD_MINUTES applies (one working day).
 * - A thread breaches its standard when its working time to the first reply (or so far, when
 *   unanswered) exceeds the standard. Working time, not wall time: `due` is the instant the
 *   standard runs out (addWorkingMinutes; it can be closing time on Friday), but a thread
 *   still unanswered on the weekend after is not breached until the office opens again, and
 *   a reply sent on Saturday is on time.
 * - State is as of `now`: a reply after `now` does not count yet, and a thread received after
 *   `now` has nothing to measure (minutes null) and is left out of every list and average.
 * - Category, priority and unit are compared without case or surrounding spaces.
 */
import { cellText, isBlankCell, readCount, shown } from '../data/cells';
import { sheetText } from '../text/sheet-safe';
import {
  addWorkingMinutes,
  DEFAULT_TIME_ZONE,
  type WorkCalendar,
  workingMsBetween,
} from '../workdays';
import { SHEET_CELL_LIMIT } from './parse/sheet';
import {
  openSheet,
  RESPONSE_STANDARD_SEED_ROWS,
  RESPONSE_STANDARDS_TABLE,
  readDateTimeCell,
  type SheetProblem,
  TRACKED_MAIL_TABLE,
} from './tables';

export interface TrackedThread {
  readonly threadId: string;
  readonly messageId: string;
  /** Unit code or name, from AlamatDipantau. */
  readonly unit: string;
  readonly category: string;
  /** '' when the mail states none: only * rules match it. */
  readonly priority: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  /** Epoch ms the first message of the thread arrived. */
  readonly receivedAt: number;
  /** Epoch ms of the first reply from the instansi; null while unanswered. */
  readonly firstReplyAt: number | null;
  /** The mailbox whose tracking job keeps the row up to date (Kotak Surat); '' or absent for rows typed by hand. */
  readonly mailbox?: string;
  /** The SuratResmi row it was read from (1-based); absent for a thread seen in a mailbox. */
  readonly row?: number;
}

/** '*' in category or priority matches every value. */
export const ANY = '*';

export interface ResponseStandard {
  readonly category: string;
  readonly priority: string;
  /** Working minutes, a whole number ≥ 1. */
  readonly minutes: number;
  /** Sheet row it came from; null for the built-in standards. */
  readonly row: number | null;
}

/** When no row matches a thread (the sheet has no * | * row): one working day. */
export const FALLBACK_STANDARD_MINUTES = 480;

/** Longest standard accepted: about 200 working days; longer is a typo. */
export const MAX_STANDARD_MINUTES = 100_000;

const FALLBACK: ResponseStandard = {
  category: ANY,
  priority: ANY,
  minutes: FALLBACK_STANDARD_MINUTES,
  row: null,
};

/** The seed rows of StandarRespons as standards: used when the sheet cannot be read. */
export const DEFAULT_RESPONSE_STANDARDS: readonly ResponseStandard[] =
  RESPONSE_STANDARD_SEED_ROWS.map(([category, priority, minutes]) => ({
    category,
    priority,
    minutes,
    row: null,
  }));

const key = (text: string): string =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

const ANY_WORDS = new Set(['*', 'semua', 'all', '']);
const isAny = (text: string) => ANY_WORDS.has(key(text));

// ---- the StandarRespons sheet -------------------------------------------------------------

export interface StandardsResult {
  readonly standards: readonly ResponseStandard[];
  readonly problems: readonly SheetProblem[];
  /** The sheet gave no usable row, so DEFAULT_RESPONSE_STANDARDS stand in for it. */
  readonly usedDefaults: boolean;
}

export interface StandardsOptions {
  /** The priorities reports may carry (DailyConfig.priorities); other words are reported. */
  readonly priorities?: readonly string[];
}

/**
 * Reads StandarRespons: `header` is its first row, `rows` the rows under it. A blank or
 * "Semua" category or priority means *. A row with a problem is skipped whole; when no row is
 * usable the built-in standards apply (and that is reported), so response times are always
 * measured against something. Never throws.
 */
export function readResponseStandards(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  options: StandardsOptions = {},
): StandardsResult {
  const sheet = RESPONSE_STANDARDS_TABLE.name;
  const problems: SheetProblem[] = [];
  const opened = openSheet(RESPONSE_STANDARDS_TABLE, header, rows, ['Menit Kerja'], problems);
  const standards: ResponseStandard[] = [];
  const seen = new Map<string, number>();
  const priorities = options.priorities?.map(key);
  for (const r of opened?.rows ?? []) {
    const errors: [string, string][] = [];
    const word = (column: string): string => {
      const text = cellText(r.cell(column));
      if (text === null) errors.push([column, `isi "${shown(r.cell(column))}" tidak terbaca`]);
      return text === null || isAny(text) ? ANY : text.replace(/\s+/g, ' ');
    };
    const category = word('Kategori');
    const priority = word('Prioritas');
    if (priority !== ANY && priorities !== undefined && !priorities.includes(key(priority))) {
      errors.push([
        'Prioritas',
        `prioritas "${priority}" tidak dikenal; isi salah satu dari ${options.priorities
          ?.map((p) => `"${p}"`)
          .join(', ')}, atau * untuk semua`,
      ]);
    }
    const minutesCell = r.cell('Menit Kerja');
    const minutes = readCount(minutesCell);
    if (minutes === null || minutes < 1 || minutes > MAX_STANDARD_MINUTES) {
      errors.push([
        'Menit Kerja',
        isBlankCell(minutesCell)
          ? 'Menit Kerja wajib diisi (bilangan bulat, mis. 480 untuk satu hari kerja)'
          : `Menit Kerja harus bilangan bulat 1–${MAX_STANDARD_MINUTES}, bukan "${shown(minutesCell)}"`,
      ]);
    }
    const pair = `${key(category)}\u0000${key(priority)}`;
    const earlier = seen.get(pair);
    if (earlier !== undefined) {
      errors.push([
        'Kategori',
        `standar untuk kategori ${category} dan prioritas ${priority} sudah diisi di baris ${earlier}; baris ini diabaikan`,
      ]);
    }
    for (const [column, message] of errors) problems.push({ sheet, row: r.row, column, message });
    if (errors.length > 0 || minutes === null) continue;
    seen.set(pair, r.row);
    standards.push({ category, priority, minutes, row: r.row });
  }
  if (standards.length > 0) return { standards, problems, usedDefaults: false };
  if (opened !== null) {
    problems.push({
      sheet,
      row: 1,
      column: '',
      message: 'belum ada standar yang dapat dipakai; dipakai standar bawaan',
    });
  }
  return { standards: DEFAULT_RESPONSE_STANDARDS, problems, usedDefaults: true };
}

/**
 * The most specific standard for a category and priority (see the top of this file);
 * a built-in one-working-day standard (row null) when none matches.
 */
export function standardFor(
  standards: readonly ResponseStandard[],
  category: string,
  priority: string,
): ResponseStandard {
  const wantCategory = key(category);
  const wantPriority = key(priority);
  let best: ResponseStandard | null = null;
  let bestScore = -1;
  for (const standard of standards) {
    const anyCategory = isAny(standard.category);
    const anyPriority = isAny(standard.priority);
    if (!anyCategory && key(standard.category) !== wantCategory) continue;
    if (!anyPriority && key(standard.priority) !== wantPriority) continue;
    const score = (anyCategory ? 0 : 2) + (anyPriority ? 0 : 1);
    if (score > bestScore) {
      best = standard;
      bestScore = score;
    }
  }
  return best ?? FALLBACK;
}

// ---- measuring ----------------------------------------------------------------------------

export interface ResponseStatus {
  /** Working minutes to the first reply, or so far when unanswered; null when received after `now`. */
  readonly minutes: number | null;
  /** When the standard runs out: addWorkingMinutes(receivedAt, standard), epoch ms. */
  readonly due: number;
  /** Working minutes over the standard (minutes − standard); true when > 0. */
  readonly breached: boolean;
  /** A reply was sent by `now`. */
  readonly answered: boolean;
  /** The standard applied, in working minutes. */
  readonly standardMinutes: number;
  /** minutes − standard when breached, else 0. */
  readonly overMinutes: number;
}

const MINUTE_MS = 60_000;
const msOf = (now: Date | number) => (typeof now === 'number' ? now : now.getTime());

/**
 * The response state of one thread as of `now`. Throws a RangeError when `receivedAt` (or
 * `now`) is not a finite time: the readers never produce one.
 */
export function responseStatus(
  thread: TrackedThread,
  standards: readonly ResponseStandard[],
  calendar: WorkCalendar,
  now: Date | number,
): ResponseStatus {
  const nowMs = msOf(now);
  if (!Number.isFinite(thread.receivedAt) || !Number.isFinite(nowMs)) {
    throw new RangeError(`Waktu terima surat ${thread.threadId} tidak valid`);
  }
  const standard = standardFor(standards, thread.category, thread.priority);
  const due = addWorkingMinutes(thread.receivedAt, standard.minutes, calendar).getTime();
  const reply = thread.firstReplyAt;
  const answered = reply !== null && Number.isFinite(reply) && reply <= nowMs;
  if (thread.receivedAt > nowMs) {
    return {
      minutes: null,
      due,
      breached: false,
      answered: false,
      standardMinutes: standard.minutes,
      overMinutes: 0,
    };
  }
  // A reply stamped before the mail arrived (clock skew between servers) took no time.
  const end = answered ? Math.max(reply, thread.receivedAt) : nowMs;
  const ms = workingMsBetween(thread.receivedAt, end, calendar);
  const over = ms - standard.minutes * MINUTE_MS;
  return {
    minutes: ms / MINUTE_MS,
    due,
    breached: over > 0,
    answered,
    standardMinutes: standard.minutes,
    overMinutes: over > 0 ? over / MINUTE_MS : 0,
  };
}

export interface Breach {
  readonly thread: TrackedThread;
  readonly status: ResponseStatus;
}

/**
 * Threads over their standard as of `now`, both unanswered past due and answered late,
 * furthest over first (then the earliest received). Threads with an invalid receipt time are
 * left out.
 */
export function breachList(
  threads: readonly TrackedThread[],
  standards: readonly ResponseStandard[],
  calendar: WorkCalendar,
  now: Date | number,
): Breach[] {
  const nowMs = msOf(now);
  const breaches: Breach[] = [];
  for (const thread of threads) {
    if (!Number.isFinite(thread.receivedAt) || thread.receivedAt > nowMs) continue;
    const status = responseStatus(thread, standards, calendar, nowMs);
    if (status.breached) breaches.push({ thread, status });
  }
  return breaches.sort(
    (a, b) =>
      b.status.overMinutes - a.status.overMinutes || a.thread.receivedAt - b.thread.receivedAt,
  );
}

// ---- addresses ----------------------------------------------------------------------------

const ANGLE = /<([^<>]*)>\s*$/;

/** The bare lower-case address of 'Nama <a@b.go.id>' or 'a@b.go.id'; '' when there is none. */
export function bareAddress(address: string): string {
  const text = String(address ?? '').trim();
  const inner = ANGLE.exec(text)?.[1] ?? text;
  const bare = inner.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(bare) ? bare : '';
}

/** The domain of an address, lower case; '' when it has none. */
export const domainOf = (address: string): string => {
  const bare = bareAddress(address);
  return bare.slice(bare.lastIndexOf('@') + 1);
};

/**
 * Whether the address belongs to the official domain or one of its subdomains
 * ('x@diskominfo.bangka.go.id' is official for 'bangka.go.id'). Several domains may be given.
 */
export function isOfficialAddress(address: string, domain: string | readonly string[]): boolean {
  const own = domainOf(address);
  if (own === '') return false;
  const domains = (typeof domain === 'string' ? [domain] : domain)
    .map((d) =>
      String(d ?? '')
        .trim()
        .toLowerCase()
        .replace(/^@/, ''),
    )
    .filter((d) => d !== '');
  return domains.some((d) => own === d || own.endsWith(`.${d}`));
}

// ---- the SuratResmi sheet -----------------------------------------------------------------

const yesNo = (value: boolean) => (value ? 'Ya' : 'Tidak');

/** Mail text kept exactly as written: never a formula, a number or a date; cut to the cell limit. */
const literal = (text: string): string =>
  sheetText(
    text.length < SHEET_CELL_LIMIT ? text : `${text.slice(0, SHEET_CELL_LIMIT - 20)} … (dipotong)`,
  );

/**
 * The SuratResmi row of a thread (header order), with its status as of the last check: text
 * stays literal text, times are Date cells, minutes are whole. Without a status (or before
 * receipt) the measured columns are left blank.
 */
export function trackedThreadRow(thread: TrackedThread, status: ResponseStatus | null): unknown[] {
  const reply = status?.answered && thread.firstReplyAt !== null ? thread.firstReplyAt : null;
  const minutes = status?.minutes ?? null;
  return [
    literal(thread.threadId),
    literal(thread.messageId),
    literal(thread.unit),
    literal(thread.category),
    literal(thread.priority),
    literal(thread.from),
    literal(thread.to),
    literal(thread.subject),
    new Date(thread.receivedAt),
    reply === null ? '' : new Date(reply),
    minutes === null ? '' : Math.round(minutes),
    status === null ? '' : status.standardMinutes,
    status === null || minutes === null ? '' : yesNo(status.breached),
    literal(thread.mailbox ?? ''),
  ];
}

/**
 * Reads SuratResmi back (written by the tracking job, but open to the admin): Thread ID and
 * Diterima are required, Dibalas is blank or a time. Rows with a problem are skipped; a
 * Thread ID listed twice keeps its first row. Never throws.
 */
export function readTrackedThreads(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timeZone: string = DEFAULT_TIME_ZONE,
): { threads: TrackedThread[]; problems: SheetProblem[] } {
  const sheet = TRACKED_MAIL_TABLE.name;
  const problems: SheetProblem[] = [];
  const opened = openSheet(TRACKED_MAIL_TABLE, header, rows, ['Thread ID', 'Diterima'], problems);
  const threads: TrackedThread[] = [];
  const seen = new Map<string, number>();
  for (const r of opened?.rows ?? []) {
    const report = (column: string, message: string) =>
      problems.push({ sheet, row: r.row, column, message });
    const text = (column: string) => cellText(r.cell(column)) ?? '';
    const threadId = text('Thread ID');
    const received = readDateTimeCell(r.cell('Diterima'), timeZone);
    const replied = readDateTimeCell(r.cell('Dibalas'), timeZone);
    let ok = true;
    if (threadId === '') {
      report('Thread ID', 'Thread ID wajib diisi');
      ok = false;
    } else if (seen.has(threadId)) {
      report(
        'Thread ID',
        `thread ini sudah tercatat di baris ${seen.get(threadId)}; baris ini diabaikan`,
      );
      ok = false;
    }
    if (received === null || 'problem' in received) {
      report('Diterima', received === null ? 'waktu diterima wajib diisi' : received.problem);
      ok = false;
    }
    if (replied !== null && 'problem' in replied) {
      report('Dibalas', replied.problem);
      ok = false;
    }
    if (!ok || received === null || 'problem' in received) continue;
    seen.set(threadId, r.row);
    threads.push({
      threadId,
      messageId: text('Message-ID'),
      unit: text('Unit'),
      category: text('Kategori'),
      priority: text('Prioritas'),
      from: text('Dari'),
      to: text('Kepada'),
      subject: text('Subjek'),
      receivedAt: received.at,
      firstReplyAt: replied === null || 'problem' in replied ? null : replied.at,
      mailbox: text('Kotak Surat').toLowerCase(),
      row: r.row,
    });
  }
  return { threads, problems };
}
