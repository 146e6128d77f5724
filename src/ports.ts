/**
 * What the use-cases in src/app need from the outside world. src/gas implements these with
 * Apps Script services; tests and the preview get the same implementations running on the
 * fake workspace. Nothing here names a Google service.
 */
import type { AgendaEvent } from './core/agenda/event-codec';
import type { SheetDecoration } from './core/data/sheet-decoration';
import type { TableDef } from './core/data/tables';
import type { TriggerSpec } from './core/jobs/schedule';
import type { InstalledTrigger } from './core/setup/trigger-plan';

export interface Clock {
  now(): Date;
}

/** Script-wide settings and cursors (small values). */
export interface SettingsStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface Identity {
  /** The signed-in user's address, lower case; '' when Google does not reveal it. */
  currentUserEmail(): string;
}

export interface Triggers {
  list(): InstalledTrigger[];
  install(spec: TriggerSpec): void;
  remove(id: string): void;
}

/** The script lock: read-modify-write of shared tables happens inside `run`. */
export interface Lock {
  run<T>(work: () => T): T;
}

export interface SheetSummary {
  readonly name: string;
  /** Data rows, not counting the header. */
  readonly rows: number;
}

/** One spreadsheet used as a database: each table is a sheet with a header row. */
export interface DataBook {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  /** All sheets with their header rows (null header for an empty sheet), in one pass. */
  headers(): Map<string, string[]>;
  summaries(): SheetSummary[];
  createTable(def: TableDef): void;
  appendHeaders(table: string, headers: readonly string[], atColumn: number): void;
  /** Header and data rows of a table, in one read. */
  read(table: string): { header: string[]; rows: unknown[][] };
  /** Appends rows in one write; values are written as given (callers make text sheet-safe). */
  append(table: string, rows: readonly (readonly unknown[])[]): void;
  /**
   * Replaces a table's whole content — header and rows — in one write, creating the sheet when
   * missing and clearing rows left over below. Callers pass every row they mean to keep.
   */
  replace(table: string, header: readonly string[], rows: readonly (readonly unknown[])[]): void;
  /** Overwrites one row (1-based sheet row) from column A in one write. */
  writeRow(table: string, row: number, values: readonly unknown[]): void;
  /** Writes a block of values from A1 of a sheet (created when missing) in one write. */
  writeBlock(sheet: string, values: readonly (readonly unknown[])[]): void;
  /** Applies dropdowns, protection, formats and charts: presentation only, never values. */
  decorate(decoration: SheetDecoration): void;
}

/** The spreadsheet the user has open in Sheets (the SPBE workbook) and its own settings. */
export interface Workbooks {
  /** null outside a spreadsheet (Gmail, Calendar, triggers). */
  active(): { readonly book: DataBook; readonly settings: SettingsStore } | null;
}

export interface DataBooks {
  create(name: string): DataBook;
  /** null when the spreadsheet is gone or not shared with the user. */
  open(id: string): DataBook | null;
}

/** Turning a printable HTML page into a PDF (Google's HTML → PDF conversion). */
export interface Documents {
  /** The PDF bytes, base64-encoded so they can travel to the browser as JSON. */
  pdfBase64(html: string, title: string): string;
}

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  /** Plain text; without `html` the adapter sends it as HTML too, escaped. */
  readonly body: string;
  /** Ready HTML (every value in it already escaped by the caller). */
  readonly html?: string;
  readonly attachments?: readonly {
    readonly name: string;
    readonly mimeType: string;
    readonly base64: string;
  }[];
}

/** Email sent as the user running the code (reminders, escalations, digests). */
export interface Mailer {
  send(message: MailMessage): void;
}

/** Files the add-on creates in the running user's Drive (drive.file: nothing else is visible). */
export interface FileStore {
  /**
   * Writes `content` to `name` inside the folder path (created when missing), replacing the
   * content of a file of that name made earlier; returns the file's URL.
   */
  save(folders: readonly string[], name: string, mimeType: string, content: string): string;
  /** Like save, for bytes given as base64 (an archived attachment); returns the file's URL. */
  saveBinary(folders: readonly string[], name: string, mimeType: string, base64: string): string;
}

export interface CalendarChanges {
  readonly events: readonly AgendaEvent[];
  /** Ids of events deleted since the last sync. */
  readonly deleted: readonly string[];
  readonly nextSyncToken: string;
}

export type CalendarRole = 'reader' | 'writer' | 'owner' | 'freeBusyReader';

/** The shared agenda calendar through the Advanced Calendar service. */
export interface AgendaCalendar {
  /** Creates a calendar owned by the running user; returns its id. */
  create(name: string, timeZone: string): string;
  /** false when the calendar is gone or not shared with the user. */
  exists(calendarId: string): boolean;
  insert(calendarId: string, event: AgendaEvent, notify: boolean): string;
  /**
   * Changes only what is given; private properties are merged (null deletes one). `notify`
   * sends invitations/updates to the attendees.
   */
  patch(calendarId: string, eventId: string, changes: CalendarPatch, notify: boolean): void;
  /** null when the event does not exist (or was deleted). */
  get(calendarId: string, eventId: string): AgendaEvent | null;
  /**
   * Events changed since `syncToken` (all events when null). Returns null when Google has
   * expired the token: the caller starts over with a full sync.
   */
  changes(calendarId: string, syncToken: string | null): CalendarChanges | null;
  acl(calendarId: string): { readonly email: string; readonly role: CalendarRole }[];
  share(calendarId: string, email: string, role: CalendarRole): void;
  unshare(calendarId: string, email: string): void;
}

export interface CalendarPatch {
  readonly summary?: string;
  readonly description?: string;
  readonly location?: string;
  readonly start?: number;
  readonly end?: number;
  readonly colorId?: string;
  readonly status?: AgendaEvent['status'];
  readonly attendees?: readonly string[];
  readonly privateProperties?: Readonly<Record<string, string | null>>;
}

/** An attachment of a mailbox message; its bytes are fetched separately (they can be large). */
export interface MailboxAttachment {
  /** Pass to Mailbox.attachment with the message's id. */
  readonly id: string;
  readonly filename: string;
  readonly mimeType: string;
  readonly size: number;
}

/** One message of the signed-in user's mailbox. */
export interface MailboxMessage {
  /** Gmail's message id. */
  readonly id: string;
  readonly threadId: string;
  /** The Message-ID header without angle brackets; '' when the message has none. */
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly receivedAt: number;
  /** Sent from this mailbox (Gmail's SENT label): a reply of the owner. */
  readonly sent: boolean;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly MailboxAttachment[];
}

/** One page of a search: threads with all their messages, oldest message first. */
export interface MailboxPage {
  readonly threads: readonly (readonly MailboxMessage[])[];
  /** Pass back to read the next page; null after the last one. */
  readonly next: string | null;
}

/**
 * The mailbox of the user running the code (the Gmail API through the Advanced Gmail
 * service, scope gmail.modify: read and label, never delete or send).
 */
export interface Mailbox {
  /** Threads matching a Gmail search, newest first, at most `max` per page. */
  search(query: string, page: string | null, max: number): MailboxPage;
  /** A thread's messages, oldest first; null when it is not in this mailbox (any more). */
  thread(threadId: string): readonly MailboxMessage[] | null;
  /** The bytes of an attachment, base64. */
  attachment(messageId: string, attachmentId: string): string;
  /** Adds the label (created when missing, nested by "/") to the threads. */
  label(threadIds: readonly string[], name: string): void;
}

export interface Log {
  info(message: string): void;
  error(message: string, error: unknown): void;
}

export interface Ports {
  readonly clock: Clock;
  readonly settings: SettingsStore;
  readonly identity: Identity;
  readonly triggers: Triggers;
  readonly lock: Lock;
  readonly books: DataBooks;
  readonly workbooks: Workbooks;
  readonly documents: Documents;
  readonly mail: Mailer;
  readonly files: FileStore;
  readonly agendaCalendar: AgendaCalendar;
  readonly mailbox: Mailbox;
  readonly log: Log;
}
