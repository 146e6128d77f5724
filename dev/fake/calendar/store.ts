/**
 * The in-memory Calendar backend shared by the Calendar collections: calendars, their events
 * and ACLs, the change sequence that sync tokens compare, and the access check every API
 * method starts with.
 */
import type { FakeKernel } from '../kernel';
import { domainOf, rank, roleOf } from './access';
import { apiError, notFound } from './errors';
import type { CalendarRecord, CalendarState, EventRecord, InvitationRecord, Role } from './types';

/** Apps Script's documented daily limit for Workspace accounts ("Calendar events created"). */
export const DEFAULT_DAILY_INSERT_LIMIT = 10_000;

export class CalendarStore {
  readonly calendars = new Map<string, CalendarRecord>();
  /** calendarId → eventId → record; Map order is insertion order, the API's "stable order". */
  readonly events = new Map<string, Map<string, EventRecord>>();
  invitations: InvitationRecord[] = [];
  changeSeq = 0;
  readonly groups = new Map<string, Set<string>>();
  inserts: Record<string, { windowStartMs: number; count: number }> = {};
  dailyInsertLimit = DEFAULT_DAILY_INSERT_LIMIT;

  constructor(private readonly kernel: FakeKernel) {}

  get user(): string {
    return this.kernel.activeUser;
  }

  groupsOf = (user: string): Set<string> => {
    const out = new Set<string>();
    for (const [group, members] of this.groups) if (members.has(user.toLowerCase())) out.add(group);
    return out;
  };

  nextSeq(): number {
    this.changeSeq += 1;
    return this.changeSeq;
  }

  /** `primary` means the caller's own calendar, whose id is their address. */
  resolveId(calendarId: unknown): string {
    const id = String(calendarId ?? '');
    return id === 'primary' ? this.user : id;
  }

  /** A user's primary calendar exists from their first use of it. */
  ensurePrimary(email: string): CalendarRecord {
    const existing = this.calendars.get(email);
    if (existing) return existing;
    const calendar: CalendarRecord = {
      id: email,
      summary: email,
      timeZone: this.kernel.timeZone,
      owner: email,
      primary: true,
      acl: [
        { id: `user:${email}`, role: 'owner', scope: { type: 'user', value: email }, etag: '"0"' },
      ],
      syncEpoch: 0,
      etag: `"${this.kernel.nowMillis()}"`,
    };
    this.calendars.set(email, calendar);
    this.events.set(email, new Map());
    return calendar;
  }

  roleOn(calendar: CalendarRecord, user = this.user): Role | 'none' {
    return roleOf(calendar, user, this.groupsOf);
  }

  /**
   * The calendar, when the caller holds at least `needed` on it. No access at all reads as
   * 404 Not Found (the API does not reveal that the calendar exists); too weak a role is 403.
   */
  calendarFor(calendarId: unknown, method: string, needed: Role): CalendarRecord {
    const id = this.resolveId(calendarId);
    const calendar =
      id.toLowerCase() === this.user.toLowerCase()
        ? this.ensurePrimary(this.user)
        : this.calendars.get(id);
    if (!calendar) throw notFound(this.kernel, method);
    const role = this.roleOn(calendar);
    if (role === 'none') throw notFound(this.kernel, method);
    if (rank(role) < rank(needed)) {
      const text =
        needed === 'writer' || needed === 'owner'
          ? `You need to have ${needed} access to this calendar.`
          : 'Not Found';
      throw apiError(
        this.kernel,
        method,
        needed === 'reader' ? 404 : 403,
        text,
        'requiredAccessLevel',
      );
    }
    return calendar;
  }

  eventsOf(calendarId: string): Map<string, EventRecord> {
    let map = this.events.get(calendarId);
    if (!map) {
      map = new Map();
      this.events.set(calendarId, map);
    }
    return map;
  }

  /** Counts an insert against the caller's rolling 24-hour window. */
  countInsert(method: string): void {
    const now = this.kernel.nowMillis();
    const entry = this.inserts[this.user];
    if (!entry || now - entry.windowStartMs >= 86_400_000) {
      this.inserts[this.user] = { windowStartMs: now, count: 1 };
      return;
    }
    if (entry.count >= this.dailyInsertLimit) {
      const error = apiError(
        this.kernel,
        method,
        403,
        'Calendar usage limits exceeded.',
        'quotaExceeded',
      );
      throw Object.assign(error, { kind: 'QUOTA_DAY' });
    }
    entry.count += 1;
  }

  sameDomain(a: string, b: string): boolean {
    return domainOf(a) === domainOf(b);
  }

  snapshot(): CalendarState {
    const groups: Record<string, string[]> = {};
    for (const [g, members] of this.groups) groups[g] = [...members];
    return {
      calendars: [...this.calendars.values()],
      events: [...this.events.values()].flatMap((m) => [...m.values()]),
      invitations: this.invitations,
      changeSeq: this.changeSeq,
      groups,
      inserts: this.inserts,
      dailyInsertLimit: this.dailyInsertLimit,
    };
  }

  restore(state: CalendarState): void {
    this.calendars.clear();
    this.events.clear();
    this.groups.clear();
    for (const c of state.calendars) {
      this.calendars.set(c.id, c);
      this.events.set(c.id, new Map());
    }
    for (const e of state.events) this.eventsOf(e.calendarId).set(e.id, e);
    this.invitations = state.invitations;
    this.changeSeq = state.changeSeq;
    for (const [g, members] of Object.entries(state.groups)) this.groups.set(g, new Set(members));
    this.inserts = state.inserts;
    this.dailyInsertLimit = state.dailyInsertLimit;
  }
}
