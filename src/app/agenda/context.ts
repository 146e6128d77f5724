/**
 * Everything an agenda use-case needs, read once per execution: the data spreadsheet, the
 * conventions, the working-day calendar, the users and who the current user is to the
 * workflow (roles, and the leaders they are an aide of).
 */
import { readUsers, type User } from '../../core/access/users';
import type { AgendaConventions } from '../../core/agenda/conventions';
import type { ProtocolPeople } from '../../core/agenda/notify-plan';
import { AGENDA_TABLE } from '../../core/agenda/register';
import {
  AGENDA_SETTINGS_TABLES,
  describeSettingsProblem,
  leaderNamesForAide,
  readAgendaConventions,
} from '../../core/agenda/settings';
import type { AgendaActor } from '../../core/agenda/status';
import { USERS_TABLE } from '../../core/data/tables';
import { UserError } from '../../core/errors';
import { DEFAULT_TIME_ZONE } from '../../core/time/format';
import {
  createWorkCalendar,
  describeHolidayProblem,
  HOLIDAYS_TABLE,
  readHolidays,
  type WorkCalendar,
} from '../../core/workdays';
import { OFFICE_HOURS_TABLE, readOfficeHoursTable } from '../../core/workdays/office-hours-table';
import type { DataBook, Ports } from '../../ports';
import { requireDataBook } from '../data-book';
import { AgendaStore } from './store';

export interface AgendaContext {
  readonly ports: Ports;
  readonly book: DataBook;
  readonly store: AgendaStore;
  readonly conventions: AgendaConventions;
  /** Settings cells the admin should fix (shown on the homepage for admins and coordinators). */
  readonly problems: readonly string[];
  readonly calendar: WorkCalendar;
  readonly users: readonly User[];
  readonly actor: AgendaActor;
  readonly people: ProtocolPeople;
  readonly now: Date;
}

/** A table that setup has not created yet reads as empty rather than failing the card. */
function readTable(book: DataBook, name: string, existing: ReadonlySet<string>) {
  return existing.has(name) ? book.read(name) : { header: [], rows: [] };
}

export function loadAgendaContext(ports: Ports): AgendaContext {
  const book = requireDataBook(ports);
  const existing = new Set(book.summaries().map((s) => s.name));
  if (!existing.has(AGENDA_TABLE.name)) {
    // A new version deployed before the admin re-ran setup (or the nightly repair ran).
    throw new UserError(
      'PROTOCLOUD belum disiapkan di spreadsheet data. Minta Admin Sistem menjalankan "Penyiapan" sekali lagi.',
    );
  }
  const tables = new Map(
    AGENDA_SETTINGS_TABLES.map((t) => [t.name, readTable(book, t.name, existing)] as const),
  );
  const { conventions, problems } = readAgendaConventions(tables);

  const holidays = readTable(book, HOLIDAYS_TABLE.name, existing);
  const holidayTable = readHolidays(holidays.header, holidays.rows, DEFAULT_TIME_ZONE);
  const hours = readOfficeHoursTable(
    readTable(book, OFFICE_HOURS_TABLE.name, existing).rows,
    DEFAULT_TIME_ZONE,
  );
  const calendar = createWorkCalendar({
    holidays: holidayTable.holidays,
    officeHours: hours.value,
  });

  const usersTable = book.read(USERS_TABLE.name);
  const users = readUsers(usersTable.header, usersTable.rows).users.filter((u) => u.active);
  const email = ports.identity.currentUserEmail();
  const me = users.find((u) => u.email === email);
  const withRole = (role: User['roles'][number]) =>
    users.filter((u) => u.roles.includes(role)).map((u) => u.email);

  return {
    ports,
    book,
    store: new AgendaStore(book),
    conventions,
    problems: [
      ...problems.map(describeSettingsProblem),
      ...holidayTable.problems.map(describeHolidayProblem),
      ...(hours.ok ? [] : hours.problems),
    ],
    calendar,
    users,
    actor: {
      email,
      roles: me?.roles ?? [],
      isAideOf: leaderNamesForAide(conventions, email),
    },
    people: {
      operators: withRole('OPERATOR_PROTOKOL'),
      coordinators: withRole('KOORDINATOR_PROTOKOL'),
    },
    now: ports.clock.now(),
  };
}
