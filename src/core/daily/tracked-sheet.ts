/**
 * How one run of the tracking job changes SuratResmi: threads seen for the first time are
 * appended; a row still waiting for its reply is updated in place (its reply, working minutes
 * and breach flag) and nothing else of it changes, so an admin's correction of Unit,
 * Kategori or Prioritas stays and is measured against.
 *
 * The sheet is shared by every mailbox that tracks: a thread is added once (by Thread ID, and
 * by Message-ID, so mail that reached two tracking mailboxes is not counted twice), and a row
 * is updated only from the mailbox named in Kotak Surat (or any, when that cell is blank). A
 * row the reader cannot use (a Diterima cell typed wrongly) is left as it is and its thread is
 * not added again: the admin fixes the cell, nothing is lost or duplicated.
 *
 * Writes: rows changed in place mean one rewrite of the whole table (the DataBook writes
 * tables in one call, never row by row), every other cell written back as it was read (text
 * stays text; a formula an admin typed into this job's table is kept as its value); only new
 * rows mean one append; nothing new, no write.
 */
import { alignedRow, keptCell, sameCell } from '../data/aligned-row';
import { cellText } from '../data/cells';
import { headerPositions, type SheetProblem } from '../data/sheet-rows';
import type { WorkCalendar } from '../workdays';
import {
  type ResponseStandard,
  readTrackedThreads,
  responseStatus,
  type TrackedThread,
  trackedThreadRow,
} from './response';
import { TRACKED_MAIL_TABLE } from './tables';

export interface TrackedSheetInput {
  /** SuratResmi as read: its header row and the rows under it. */
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** Threads as this run saw them in the mailbox. */
  readonly observed: readonly TrackedThread[];
  readonly standards: readonly ResponseStandard[];
  readonly calendar: WorkCalendar;
  readonly now: number;
}

export interface TrackedSheetPlan {
  /** Every row, in sheet order, for one rewrite; null when no row changed in place. */
  readonly rewrite: unknown[][] | null;
  /** New rows, for one append when nothing is rewritten (the rewrite includes them). */
  readonly appended: unknown[][];
  readonly added: number;
  readonly updated: number;
  /** Cells the reader could not use, for the job's note. */
  readonly problems: readonly SheetProblem[];
}

/** Open rows of a mailbox: the threads the job should look at again. */
export function openThreadsOf(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  mailbox: string,
  timeZone: string,
): TrackedThread[] {
  return readTrackedThreads(header, rows, timeZone).threads.filter(
    (t) => t.firstReplyAt === null && (t.mailbox === mailbox || t.mailbox === ''),
  );
}

/** Every non-blank value of a column, however its row reads otherwise. */
function columnValues(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  column: string,
): Set<string> {
  const at = headerPositions(header).indexOf(column);
  const values = new Set<string>();
  if (at === undefined) return values;
  for (const row of rows) {
    const text = Array.isArray(row) ? cellText(row[at]) : null;
    if (text) values.add(text);
  }
  return values;
}

export function planTrackedSheet(input: TrackedSheetInput): TrackedSheetPlan {
  const { header, rows, standards, calendar, now } = input;
  const columns = TRACKED_MAIL_TABLE.headers;
  const { threads, problems } = readTrackedThreads(header, rows, calendar.timeZone);
  const readable = new Map(threads.map((t) => [t.threadId, t]));
  const threadIds = columnValues(header, rows, 'Thread ID');
  const messageIds = columnValues(header, rows, 'Message-ID');
  const rowOf = (thread: TrackedThread) =>
    trackedThreadRow(thread, responseStatus(thread, standards, calendar, now));

  const changed = new Map<number, unknown[]>();
  const appended: unknown[][] = [];
  for (const seen of input.observed) {
    const known = readable.get(seen.threadId);
    if (known?.row !== undefined) {
      const ours = known.mailbox === '' || known.mailbox === seen.mailbox;
      if (!ours || known.firstReplyAt !== null || changed.has(known.row)) continue;
      const old = rows[known.row - 2] ?? [];
      const row = alignedRow(
        header,
        columns,
        rowOf({ ...known, firstReplyAt: seen.firstReplyAt, mailbox: seen.mailbox ?? '' }),
        old,
      );
      if (row.some((cell, i) => !sameCell(old[i], cell))) changed.set(known.row, row);
      continue;
    }
    if (threadIds.has(seen.threadId)) continue;
    if (seen.messageId !== '' && messageIds.has(seen.messageId)) continue;
    threadIds.add(seen.threadId);
    if (seen.messageId !== '') messageIds.add(seen.messageId);
    appended.push(alignedRow(header, columns, rowOf(seen)));
  }

  const rewrite =
    changed.size === 0
      ? null
      : [
          ...rows.map(
            (row, i) => changed.get(i + 2) ?? (Array.isArray(row) ? row.map(keptCell) : []),
          ),
          ...appended,
        ];
  return { rewrite, appended, added: appended.length, updated: changed.size, problems };
}
