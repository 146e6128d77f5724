/**
 * The agenda register, history and notification log in the data spreadsheet. Reads are one
 * batch per table; writes are one row (a single item) or one block (many), so the cost of
 * a job does not grow with the number of items it touches. Rows are written in the sheet's
 * own column order, and columns an admin added are kept.
 */

import type { NotificationRecord } from '../../core/agenda/notification';
import type { AgendaRecord } from '../../core/agenda/record';
import {
  AGENDA_HISTORY_TABLE,
  AGENDA_NOTIFICATIONS_TABLE,
  AGENDA_TABLE,
  columnsOf,
  type HistoryLine,
  historyOf,
  historyRow,
  notificationFromRow,
  notificationRow,
  recordFromRow,
  recordRow,
} from '../../core/agenda/register';
import type { AuditEntry } from '../../core/agenda/status';
import type { DataBook } from '../../ports';

interface Loaded {
  readonly header: string[];
  readonly rows: unknown[][];
  readonly records: { readonly record: AgendaRecord; readonly index: number }[];
}

/** The register row in the sheet's column order, keeping the cells of columns an admin added. */
function aligned(
  header: readonly string[],
  values: readonly unknown[],
  old: readonly unknown[],
): unknown[] {
  const col = columnsOf(header);
  const width = Math.max(header.length, old.length);
  const row: unknown[] = Array.from({ length: width }, (_, i) => old[i] ?? '');
  AGENDA_TABLE.headers.forEach((name, i) => {
    const at = col(name);
    if (at >= 0) row[at] = values[i];
  });
  return row;
}

export class AgendaStore {
  private loaded: Loaded | null = null;

  constructor(private readonly book: DataBook) {}

  private load(): Loaded {
    if (this.loaded) return this.loaded;
    const { header, rows } = this.book.read(AGENDA_TABLE.name);
    const col = columnsOf(header);
    const records: Loaded['records'] = [];
    rows.forEach((row, index) => {
      const record = recordFromRow(row, col);
      if (record) records.push({ record, index });
    });
    this.loaded = { header, rows, records };
    return this.loaded;
  }

  records(): AgendaRecord[] {
    return this.load().records.map((r) => r.record);
  }

  find(id: string): AgendaRecord | undefined {
    return this.load().records.find((r) => r.record.item.id === id)?.record;
  }

  findByEvent(eventId: string): AgendaRecord | undefined {
    return this.load().records.find((r) => r.record.eventId === eventId)?.record;
  }

  /** Writes the records: a new id is appended, a known one overwritten in place. */
  save(records: readonly AgendaRecord[]): void {
    if (records.length === 0) return;
    const loaded = this.load();
    const fresh: unknown[][] = [];
    const changed: { index: number; row: unknown[] }[] = [];
    for (const record of records) {
      const known = loaded.records.find((r) => r.record.item.id === record.item.id);
      if (known) {
        const row = aligned(loaded.header, recordRow(record), loaded.rows[known.index] ?? []);
        changed.push({ index: known.index, row });
        loaded.rows[known.index] = row;
        loaded.records[loaded.records.indexOf(known)] = { record, index: known.index };
      } else {
        const row = aligned(loaded.header, recordRow(record), []);
        fresh.push(row);
        loaded.rows.push(row);
        loaded.records.push({ record, index: loaded.rows.length - 1 });
      }
    }
    if (changed.length > 1) {
      // One block write for the whole table rather than a write per row.
      this.book.replace(AGENDA_TABLE.name, loaded.header, loaded.rows);
      return;
    }
    const [one] = changed;
    // +2: the header is row 1 and rows are 0-based.
    if (one) this.book.writeRow(AGENDA_TABLE.name, one.index + 2, one.row);
    if (fresh.length > 0) this.book.append(AGENDA_TABLE.name, fresh);
  }

  /** Ids already used, for numbering a new request. */
  ids(): Set<string> {
    return new Set(this.load().records.map((r) => r.record.item.id));
  }

  appendHistory(entries: readonly { readonly id: string; readonly entry: AuditEntry }[]): void {
    if (entries.length === 0) return;
    this.book.append(
      AGENDA_HISTORY_TABLE.name,
      entries.map((e) => historyRow(e.id, e.entry)),
    );
  }

  history(id: string): HistoryLine[] {
    return historyOf(this.book.read(AGENDA_HISTORY_TABLE.name).rows, id);
  }

  notifications(): NotificationRecord[] {
    return this.book
      .read(AGENDA_NOTIFICATIONS_TABLE.name)
      .rows.map(notificationFromRow)
      .filter((n): n is NotificationRecord => n !== null);
  }

  logNotifications(sent: readonly NotificationRecord[]): void {
    if (sent.length > 0)
      this.book.append(AGENDA_NOTIFICATIONS_TABLE.name, sent.map(notificationRow));
  }
}
