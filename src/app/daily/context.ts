/**
 * What the LENTERA cards need, read once per execution: the data spreadsheet, the daily
 * config, the registered users and who is signed in. The working-day calendar and the other
 * sheets are read only when a card needs them, so opening ordinary mail stays cheap.
 */
import { ROLES, type Role } from '../../core/access/roles';
import { readUsers, type User } from '../../core/access/users';
import type { DailyConfig, DailyUnit } from '../../core/daily/config';
import { USERS_TABLE } from '../../core/data/tables';
import { UserError } from '../../core/errors';
import {
  createWorkCalendar,
  HOLIDAYS_TABLE,
  readHolidays,
  type WorkCalendar,
} from '../../core/workdays';
import { OFFICE_HOURS_TABLE, readOfficeHoursTable } from '../../core/workdays/office-hours-table';
import type { DataBook, Ports } from '../../ports';
import { type DailySettingsRead, dailySettingsFrom } from './config';

export interface DailyContext {
  readonly book: DataBook;
  /** LenteraPengaturan and LenteraBagian, read. */
  readonly settings: DailySettingsRead;
  /** = settings.config. */
  readonly config: DailyConfig;
  /** Active users of Pengguna. */
  readonly users: readonly User[];
  readonly me: User | undefined;
  readonly now: Date;
  /** Working days and office hours (HariLibur, JamKantor), read on first use. */
  calendar(): WorkCalendar;
  /** A table's rows; empty when setup has not created it yet (a new version before setup). */
  read(table: string): { header: string[]; rows: unknown[][] };
}

export function dailyContextOf(ports: Ports, book: DataBook): DailyContext {
  const settings = dailySettingsFrom(book);
  const { config } = settings;
  const usersTable = book.read(USERS_TABLE.name);
  const users = readUsers(usersTable.header, usersTable.rows).users.filter((u) => u.active);
  const email = ports.identity.currentUserEmail();
  let existing: ReadonlySet<string> | null = null;
  const read = (table: string) => {
    existing ??= new Set(book.summaries().map((s) => s.name));
    return existing.has(table) ? book.read(table) : { header: [], rows: [] };
  };
  let calendar: WorkCalendar | null = null;
  return {
    book,
    settings,
    config,
    users,
    me: users.find((u) => u.email === email),
    now: ports.clock.now(),
    read,
    calendar: () => {
      if (calendar === null) {
        const holidays = read(HOLIDAYS_TABLE.name);
        const hours = readOfficeHoursTable(read(OFFICE_HOURS_TABLE.name).rows, config.timeZone);
        // A bad JamKantor cell falls back to the default week (the admin sees the problem on
        // the agenda homepage); a card about one mail is not the place to stop on it.
        calendar = createWorkCalendar({
          holidays: readHolidays(holidays.header, holidays.rows, config.timeZone).holidays,
          officeHours: hours.value,
          timeZone: config.timeZone,
        });
      }
      return calendar;
    },
  };
}

/** Who may log or reject reports: the Koordinator Email Daily, and the Admin Sistem. */
const REVIEWERS: readonly Role[] = ['KOORDINATOR_EMAIL', 'ADMIN'];

export const canReview = (ctx: DailyContext): boolean =>
  ctx.me?.roles.some((r) => REVIEWERS.includes(r)) === true;

export function requireReviewer(ctx: DailyContext, what: string): User {
  if (ctx.me && canReview(ctx)) return ctx.me;
  throw new UserError(`Hanya ${ROLES.KOORDINATOR_EMAIL} atau ${ROLES.ADMIN} yang dapat ${what}.`);
}

/** The unit whose code or name is `written` (any case), as Pengguna and forms name units. */
export const unitNamed = (config: DailyConfig, written: string): DailyUnit | undefined => {
  const key = written.trim().toLowerCase();
  return key === ''
    ? undefined
    : config.units.find((u) => u.code.toLowerCase() === key || u.name.toLowerCase() === key);
};
