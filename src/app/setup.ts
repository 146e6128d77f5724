/**
 * Setup: create (or find) the data spreadsheet, bring its tables up to date, make the
 * first user an Admin Sistem, and install the scheduled jobs — safely re-runnable: a second
 * run changes nothing that the first got right, and never deletes data.
 */
import { findUser, readUsers } from '../core/access/users';
import { type TableDef, USERS_TABLE } from '../core/data/tables';
import { UserError } from '../core/errors';
import { MAILBOX_HANDLERS, TRIGGER_SPECS } from '../core/jobs/schedule';
import { planTable } from '../core/setup/table-plan';
import { planTriggers } from '../core/setup/trigger-plan';
import { sheetSafe } from '../core/text/sheet-safe';
import { isoDateIn } from '../core/time/format';
import {
  HOLIDAYS_TABLE,
  holidayRow,
  readHolidays,
  seedMissingYears,
  seedYearsFor,
} from '../core/workdays';
import type { DataBook, Ports } from '../ports';
import { type CalendarSetup, setupAgenda } from './agenda/setup';
import { type AuditEntry, audit } from './audit';
import {
  DATA_SPREADSHEET_KEY,
  DATA_SPREADSHEET_NAME,
  locateDataBook,
  unreachableMessage,
} from './data-book';
import { seedRows, WORKSPACE_TABLES } from './tables';
import { requireRole } from './users';

export interface SetupReport {
  readonly spreadsheetId: string;
  readonly spreadsheetUrl: string;
  readonly spreadsheetCreated: boolean;
  readonly tablesCreated: readonly string[];
  readonly tablesMigrated: readonly string[];
  readonly triggersCreated: readonly string[];
  readonly triggersRemoved: number;
  readonly adminAdded: string | null;
  readonly holidaysAdded: number;
  readonly agendaCalendar: CalendarSetup;
}

/** Brings every table up to its definition; returns which were created and migrated. */
export function ensureTables(book: DataBook, tables: readonly TableDef[] = WORKSPACE_TABLES) {
  const headers = book.headers();
  const created: string[] = [];
  const migrated: string[] = [];
  for (const def of tables) {
    const plan = planTable(def, headers.get(def.name) ?? null);
    if (plan.action === 'create') {
      book.createTable(def);
      book.append(def.name, seedRows(def.name));
      created.push(def.name);
    } else if (plan.action === 'append') {
      book.appendHeaders(def.name, plan.headers, plan.at);
      migrated.push(def.name);
    }
  }
  return { created, migrated };
}

export function setupWorkspace(ports: Ports): SetupReport {
  return ports.lock.run(() => {
    const state = locateDataBook(ports);
    if (state.kind === 'unreachable') throw new UserError(unreachableMessage(state.id));
    const spreadsheetCreated = state.kind === 'absent';
    const book = state.kind === 'ready' ? state.book : ports.books.create(DATA_SPREADSHEET_NAME);
    if (spreadsheetCreated) ports.settings.set(DATA_SPREADSHEET_KEY, book.id);

    const tables = ensureTables(book);
    const holidaysAdded = seedHolidayYears(ports, book);
    const me = ports.identity.currentUserEmail();
    const { header, rows } = book.read(USERS_TABLE.name);
    const { users } = readUsers(header, rows);
    let adminAdded: string | null = null;
    if (users.length === 0) {
      // The first person to run setup is the one installing it: they become the admin,
      // so that somebody can assign every other role.
      if (me === '')
        throw new UserError(
          'Alamat email Anda tidak terbaca. Jalankan penyiapan dengan akun Google Workspace instansi.',
        );
      book.append(USERS_TABLE.name, [[sheetSafe(me), '', '', 'ADMIN', 'Ya', ports.clock.now()]]);
      adminAdded = me;
    } else {
      requireRole(findUser(users, me), 'ADMIN', 'menjalankan penyiapan ulang');
    }

    const plan = planTriggers(
      ports.triggers.list().filter((t) => !MAILBOX_HANDLERS.has(t.handler)),
      TRIGGER_SPECS,
    );
    for (const stale of plan.remove) ports.triggers.remove(stale.id);
    for (const spec of plan.create) ports.triggers.install(spec);

    const entries: AuditEntry[] = [];
    if (spreadsheetCreated)
      entries.push({ action: 'PENYIAPAN', object: book.id, note: 'Spreadsheet data dibuat' });
    for (const t of tables.created)
      entries.push({ action: 'PENYIAPAN', object: t, note: 'Tabel dibuat' });
    for (const t of tables.migrated)
      entries.push({ action: 'PENYIAPAN', object: t, note: 'Kolom baru ditambahkan' });
    if (adminAdded)
      entries.push({
        action: 'PENYIAPAN',
        object: adminAdded,
        note: 'Ditetapkan sebagai Admin Sistem pertama',
      });
    for (const spec of plan.create)
      entries.push({ action: 'PENYIAPAN', object: spec.handler, note: 'Pemicu waktu dipasang' });
    if (plan.remove.length > 0) {
      entries.push({
        action: 'PENYIAPAN',
        object: 'pemicu',
        note: `${plan.remove.length} pemicu ganda/usang dihapus`,
      });
    }
    if (holidaysAdded > 0)
      entries.push({
        action: 'PENYIAPAN',
        object: HOLIDAYS_TABLE.name,
        note: `${holidaysAdded} hari libur nasional ditambahkan`,
      });
    const agenda = setupAgenda(ports);
    if (agenda.created)
      entries.push({
        action: 'PENYIAPAN',
        object: agenda.calendarId,
        note: 'Kalender agenda dibuat',
      });
    if (agenda.shared + agenda.unshared > 0)
      entries.push({
        action: 'PENYIAPAN',
        object: 'kalender agenda',
        note: `Akses diperbarui: ${agenda.shared} ditambah/diubah, ${agenda.unshared} dicabut`,
      });
    audit(ports, book, entries);

    return {
      spreadsheetId: book.id,
      spreadsheetUrl: book.url,
      spreadsheetCreated,
      tablesCreated: tables.created,
      tablesMigrated: tables.migrated,
      triggersCreated: plan.create.map((s) => s.handler),
      triggersRemoved: plan.remove.length,
      adminAdded,
      holidaysAdded,
      agendaCalendar: agenda,
    };
  });
}

/**
 * Adds the national holidays of this year and the next for years the HariLibur table has no
 * row of yet; returns how many were added. Run by setup and nightly, so a new year is seeded
 * without anyone remembering to.
 */
export function seedHolidayYears(ports: Pick<Ports, 'clock'>, book: DataBook): number {
  const { header, rows } = book.read(HOLIDAYS_TABLE.name);
  const existing = readHolidays(header, rows).holidays;
  const year = Number(isoDateIn(ports.clock.now()).slice(0, 4));
  const missing = seedMissingYears(existing, seedYearsFor(year));
  book.append(HOLIDAYS_TABLE.name, missing.map(holidayRow));
  return missing.length;
}
