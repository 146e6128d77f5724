/**
 * Setting up PROTOCLOUD: the shared calendar (created once, owned by the admin who runs
 * setup) and its sharing policy from the roles table — protocol staff write, leaders, their
 * aides and the protocol coordinator read everything, every other registered user sees only
 * free/busy (enough to propose a time, not to read the leaders' agenda). Re-running applies
 * role changes: a user who lost a role loses the access it gave.
 */
import type { User } from '../../core/access/users';
import type { AgendaConventions } from '../../core/agenda/conventions';
import { isClosedStatus } from '../../core/agenda/status';
import type { CalendarRole, Ports } from '../../ports';
import { loadAgendaContext } from './context';
import {
  AGENDA_CALENDAR_KEY,
  AGENDA_CALENDAR_NAME,
  belongsOnCalendar,
  mirrorToCalendar,
} from './mirror';

export interface CalendarSetup {
  readonly calendarId: string;
  readonly created: boolean;
  readonly shared: number;
  readonly unshared: number;
}

const RANK: Record<CalendarRole, number> = { freeBusyReader: 0, reader: 1, writer: 2, owner: 3 };

/** The access each address should have, the highest any of its roles gives. */
export function sharingPolicy(
  users: readonly User[],
  conventions: AgendaConventions,
): Map<string, CalendarRole> {
  const policy = new Map<string, CalendarRole>();
  const grant = (email: string, role: CalendarRole) => {
    const address = email.trim().toLowerCase();
    if (address === '') return;
    const had = policy.get(address);
    if (had === undefined || RANK[role] > RANK[had]) policy.set(address, role);
  };
  for (const user of users) {
    if (!user.active) continue;
    if (user.roles.includes('OPERATOR_PROTOKOL') || user.roles.includes('KOORDINATOR_PROTOKOL')) {
      grant(user.email, 'writer');
    } else if (user.roles.includes('PIMPINAN')) grant(user.email, 'reader');
    else grant(user.email, 'freeBusyReader');
  }
  for (const leader of conventions.leaders) {
    grant(leader.email, 'reader');
    for (const aide of leader.aides) grant(aide, 'reader');
  }
  return policy;
}

export function ensureAgendaCalendar(
  ports: Ports,
  users: readonly User[],
  conventions: AgendaConventions,
): CalendarSetup {
  const { agendaCalendar, settings } = ports;
  let calendarId = settings.get(AGENDA_CALENDAR_KEY) ?? '';
  let created = false;
  if (calendarId === '' || !agendaCalendar.exists(calendarId)) {
    // A configured calendar that is gone is replaced; setupAgenda puts the open items of
    // the register back on it.
    calendarId = agendaCalendar.create(AGENDA_CALENDAR_NAME, 'Asia/Jakarta');
    settings.set(AGENDA_CALENDAR_KEY, calendarId);
    created = true;
  }
  const me = ports.identity.currentUserEmail();
  const wanted = sharingPolicy(users, conventions);
  wanted.delete(me);
  const current = new Map(agendaCalendar.acl(calendarId).map((r) => [r.email, r.role] as const));
  let shared = 0;
  let unshared = 0;
  for (const [email, role] of wanted) {
    if (current.get(email) !== role) {
      agendaCalendar.share(calendarId, email, role);
      shared += 1;
    }
  }
  for (const [email, role] of current) {
    if (role !== 'owner' && email !== me && !wanted.has(email)) {
      agendaCalendar.unshare(calendarId, email);
      unshared += 1;
    }
  }
  return { calendarId, created, shared, unshared };
}

/**
 * The agenda part of setup, run after the tables exist: the calendar, its sharing, and —
 * when the calendar is new while the register already has items — the open items put back.
 */
export function setupAgenda(ports: Ports): CalendarSetup & { readonly restored: number } {
  const ctx = loadAgendaContext(ports);
  const result = ensureAgendaCalendar(ports, ctx.users, ctx.conventions);
  if (!result.created) return { ...result, restored: 0 };
  const restored = ctx.store
    .records()
    .filter((r) => belongsOnCalendar(r) && !isClosedStatus(r.item.status))
    .map((r) => mirrorToCalendar(ports, { ...r, eventId: '' }, ctx.conventions));
  ctx.store.save(restored);
  return { ...result, restored: restored.length };
}
