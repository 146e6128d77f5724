/**
 * `Calendar.Calendars` (secondary calendars: insert/get/patch/update/remove/clear),
 * `Calendar.CalendarList` (the caller's list: calendars they own or that were shared with
 * them by address or group) and `Calendar.Colors`.
 */
import type { FakeKernel } from '../kernel';
import { isValidTimeZone } from '../zone';
import { isListedFor, rank } from './access';
import { calendarColor, colorsResource } from './colors';
import { badRequest } from './errors';
import { type JsonObject, str, toPlainObject } from './plain';
import type { CalendarStore } from './store';
import type { CalendarRecord, Role } from './types';

export class CalendarsCollection {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly store: CalendarStore,
  ) {}

  insert(resource: unknown): JsonObject {
    this.kernel.call('Calendar.Calendars.insert');
    const method = 'calendars.insert';
    const data = toPlainObject(resource);
    const summary = str(data.summary);
    if (!summary) throw badRequest(this.kernel, method, 'Missing title.');
    const timeZone = str(data.timeZone) ?? this.kernel.timeZone;
    if (!isValidTimeZone(timeZone)) throw badRequest(this.kernel, method, 'Invalid time zone.');
    const n = Number.parseInt(this.kernel.nextId(''), 36).toString(16).padStart(12, '0');
    const owner = this.store.user;
    const calendar: CalendarRecord = {
      id: `c_${n}@group.calendar.google.com`,
      summary,
      timeZone,
      owner,
      primary: false,
      acl: [
        { id: `user:${owner}`, role: 'owner', scope: { type: 'user', value: owner }, etag: '"0"' },
      ],
      syncEpoch: 0,
      etag: `"${this.kernel.nowMillis()}"`,
    };
    const description = str(data.description);
    const location = str(data.location);
    if (description !== undefined) calendar.description = description;
    if (location !== undefined) calendar.location = location;
    this.store.calendars.set(calendar.id, calendar);
    this.store.eventsOf(calendar.id);
    return calendarResource(calendar);
  }

  get(calendarId: unknown): JsonObject {
    this.kernel.call('Calendar.Calendars.get');
    return calendarResource(this.store.calendarFor(calendarId, 'calendars.get', 'freeBusyReader'));
  }

  patch(resource: unknown, calendarId: unknown): JsonObject {
    this.kernel.call('Calendar.Calendars.patch');
    const calendar = this.store.calendarFor(calendarId, 'calendars.patch', 'owner');
    this.apply(calendar, toPlainObject(resource), 'calendars.patch', false);
    return calendarResource(calendar);
  }

  update(resource: unknown, calendarId: unknown): JsonObject {
    this.kernel.call('Calendar.Calendars.update');
    const calendar = this.store.calendarFor(calendarId, 'calendars.update', 'owner');
    this.apply(calendar, toPlainObject(resource), 'calendars.update', true);
    return calendarResource(calendar);
  }

  remove(calendarId: unknown): void {
    this.kernel.call('Calendar.Calendars.remove');
    const method = 'calendars.delete';
    const calendar = this.store.calendarFor(calendarId, method, 'owner');
    if (calendar.primary) {
      throw badRequest(this.kernel, method, 'Cannot delete primary calendar. Use calendars.clear.');
    }
    this.store.calendars.delete(calendar.id);
    this.store.events.delete(calendar.id);
  }

  /** Deletes every event of a primary calendar (they become cancelled, as with events.delete). */
  clear(calendarId: unknown): void {
    this.kernel.call('Calendar.Calendars.clear');
    const method = 'calendars.clear';
    const calendar = this.store.calendarFor(calendarId, method, 'owner');
    if (!calendar.primary)
      throw badRequest(this.kernel, method, 'Only primary calendars can be cleared.');
    const now = this.kernel.nowMillis();
    const events = this.store.eventsOf(calendar.id);
    for (const [id, record] of events) {
      if (record.data.status === 'cancelled') continue;
      const seq = this.store.nextSeq();
      events.set(id, {
        ...record,
        seq,
        updatedMs: now,
        data: { ...record.data, status: 'cancelled', updated: new Date(now).toISOString() },
      });
    }
  }

  private apply(
    calendar: CalendarRecord,
    data: JsonObject,
    method: string,
    replace: boolean,
  ): void {
    const summary = str(data.summary);
    if (replace && !summary) throw badRequest(this.kernel, method, 'Missing title.');
    const timeZone = str(data.timeZone);
    if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
      throw badRequest(this.kernel, method, 'Invalid time zone.');
    }
    if (summary) calendar.summary = summary;
    if (timeZone) calendar.timeZone = timeZone;
    for (const key of ['description', 'location'] as const) {
      const value = str(data[key]);
      if (value !== undefined) calendar[key] = value;
      else if (replace || data[key] === null) delete calendar[key];
    }
    calendar.etag = `"${this.kernel.nowMillis()}"`;
  }
}

export class CalendarListCollection {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly store: CalendarStore,
  ) {}

  list(optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.CalendarList.list');
    const args = toPlainObject(optionalArgs);
    const minRole = str(args.minAccessRole) as Role | undefined;
    const user = this.store.user;
    this.store.ensurePrimary(user);
    const items: JsonObject[] = [];
    for (const calendar of this.store.calendars.values()) {
      if (!isListedFor(calendar, user, this.store.groupsOf)) continue;
      const role = this.store.roleOn(calendar);
      if (role === 'none') continue;
      if (minRole && rank(role) < rank(minRole)) continue;
      items.push(listEntry(calendar, role, user));
    }
    // The user's own primary calendar first, as Calendar shows it; then in creation order.
    items.sort((a, b) => Number(b.primary === true) - Number(a.primary === true));
    return { kind: 'calendar#calendarList', etag: `"${this.store.changeSeq}"`, items };
  }

  get(calendarId: unknown): JsonObject {
    this.kernel.call('Calendar.CalendarList.get');
    const calendar = this.store.calendarFor(calendarId, 'calendarList.get', 'freeBusyReader');
    const role = this.store.roleOn(calendar);
    return listEntry(calendar, role === 'none' ? 'freeBusyReader' : role, this.store.user);
  }
}

export class ColorsCollection {
  constructor(private readonly kernel: FakeKernel) {}

  get(): JsonObject {
    this.kernel.call('Calendar.Colors.get');
    return colorsResource();
  }
}

export function calendarResource(calendar: CalendarRecord): JsonObject {
  const out: JsonObject = {
    kind: 'calendar#calendar',
    etag: calendar.etag,
    id: calendar.id,
    summary: calendar.summary,
    timeZone: calendar.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
  if (calendar.description !== undefined) out.description = calendar.description;
  if (calendar.location !== undefined) out.location = calendar.location;
  return out;
}

function listEntry(calendar: CalendarRecord, role: Role, user: string): JsonObject {
  const colorId = calendar.primary ? '14' : '9';
  const color = calendarColor(colorId);
  const out: JsonObject = {
    ...calendarResource(calendar),
    kind: 'calendar#calendarListEntry',
    colorId,
    backgroundColor: color.background,
    foregroundColor: color.foreground,
    selected: true,
    accessRole: role,
    defaultReminders: [],
  };
  if (calendar.primary && calendar.owner.toLowerCase() === user.toLowerCase()) out.primary = true;
  return out;
}
