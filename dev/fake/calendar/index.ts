/**
 * Fake of the Advanced Calendar service (`Calendar`, i.e. Calendar API v3 as Apps Script
 * exposes it: `Calendar.Events.insert(resource, calendarId, optionalArgs)` …). Resources are
 * the API's JSON; times are RFC 3339 strings. Access is enforced per the calendar's ACL for
 * `kernel.activeUser`; every user has a primary calendar whose id is their address.
 *
 * Not modelled: attendees' own copies of events (invitations are recorded, see
 * `sentInvitations()`), Freebusy, Settings, watch/channels, import/move/quickAdd, conference
 * data, event attachments, ETag preconditions (If-Match).
 */
import { fromJson, toJson } from '../json';
import type { FakeKernel, Persistent } from '../kernel';
import { AclCollection } from './acl';
import { CalendarListCollection, CalendarsCollection, ColorsCollection } from './calendars';
import { EventsCollection } from './events';
import { EventsLister } from './list';
import type { JsonObject } from './plain';
import { CalendarStore } from './store';
import type { CalendarRecord, CalendarState, InvitationRecord } from './types';

export { EVENT_COLOR_UI } from './colors';
export type { CalendarState } from './types';

/** An invitation as the test API hands it out: the stored record, its time as a Date. */
export type SentInvitation = Omit<InvitationRecord, 'sentMs'> & { sentAt: Date };

/** `Calendar.newEvent()` and friends: the advanced service's empty-resource factories. */
function builders(): Record<string, () => object> {
  const names = [
    'AclRule',
    'AclRuleScope',
    'Calendar',
    'CalendarListEntry',
    'Event',
    'EventAttendee',
    'EventDateTime',
    'EventExtendedProperties',
    'EventReminder',
    'EventReminders',
    'EventSource',
  ];
  return Object.fromEntries(names.map((n) => [`new${n}`, () => ({})]));
}

export class FakeCalendarService implements Persistent<CalendarState> {
  private readonly store: CalendarStore;
  private readonly eventsApi: EventsCollection;
  private readonly lister: EventsLister;
  private readonly calendarsApi: CalendarsCollection;
  private readonly listApi: CalendarListCollection;
  private readonly aclApi: AclCollection;
  private readonly colorsApi: ColorsCollection;

  constructor(private readonly kernel: FakeKernel) {
    this.store = new CalendarStore(kernel);
    this.eventsApi = new EventsCollection(kernel, this.store);
    this.lister = new EventsLister(kernel, this.store, this.eventsApi);
    this.calendarsApi = new CalendarsCollection(kernel, this.store);
    this.listApi = new CalendarListCollection(kernel, this.store);
    this.aclApi = new AclCollection(kernel, this.store);
    this.colorsApi = new ColorsCollection(kernel);
  }

  globals(): { Calendar: object } {
    const e = this.eventsApi;
    const c = this.calendarsApi;
    const a = this.aclApi;
    const l = this.lister;
    return {
      Calendar: {
        Events: {
          insert: (resource: unknown, calendarId: unknown, args?: unknown) =>
            e.insert(resource, calendarId, args),
          get: (calendarId: unknown, eventId: unknown, args?: unknown) =>
            e.get(calendarId, eventId, args),
          patch: (resource: unknown, calendarId: unknown, eventId: unknown, args?: unknown) =>
            e.patch(resource, calendarId, eventId, args),
          update: (resource: unknown, calendarId: unknown, eventId: unknown, args?: unknown) =>
            e.update(resource, calendarId, eventId, args),
          remove: (calendarId: unknown, eventId: unknown, args?: unknown) =>
            e.remove(calendarId, eventId, args),
          list: (calendarId: unknown, args?: unknown) => l.list(calendarId, args),
          instances: (calendarId: unknown, eventId: unknown, args?: unknown) =>
            l.instances(calendarId, eventId, args),
        },
        Calendars: {
          insert: (resource: unknown) => c.insert(resource),
          get: (calendarId: unknown) => c.get(calendarId),
          patch: (resource: unknown, calendarId: unknown) => c.patch(resource, calendarId),
          update: (resource: unknown, calendarId: unknown) => c.update(resource, calendarId),
          remove: (calendarId: unknown) => c.remove(calendarId),
          clear: (calendarId: unknown) => c.clear(calendarId),
        },
        CalendarList: {
          list: (args?: unknown) => this.listApi.list(args),
          get: (calendarId: unknown) => this.listApi.get(calendarId),
        },
        Acl: {
          insert: (rule: unknown, calendarId: unknown, args?: unknown) =>
            a.insert(rule, calendarId, args),
          list: (calendarId: unknown, args?: unknown) => a.list(calendarId, args),
          get: (calendarId: unknown, ruleId: unknown) => a.get(calendarId, ruleId),
          patch: (rule: unknown, calendarId: unknown, ruleId: unknown) =>
            a.patch(rule, calendarId, ruleId),
          update: (rule: unknown, calendarId: unknown, ruleId: unknown) =>
            a.update(rule, calendarId, ruleId),
          remove: (calendarId: unknown, ruleId: unknown) => a.remove(calendarId, ruleId),
        },
        Colors: { get: () => this.colorsApi.get() },
        ...builders(),
      },
    };
  }

  // ---- Test API (plain methods: not counted, no fault injection, no access checks) ----

  /** Every calendar with its owner and ACL. */
  calendars(): CalendarRecord[] {
    return [...this.store.calendars.values()].map((c) => JSON.parse(JSON.stringify(c)));
  }

  /** Stored events of a calendar as raw API resources, cancelled ones and exceptions included. */
  events(calendarId: string): JsonObject[] {
    const map = this.store.events.get(calendarId);
    return map ? [...map.values()].map((r) => JSON.parse(JSON.stringify(r.data))) : [];
  }

  /** The invitation / update / cancellation emails `sendUpdates` would have sent. */
  sentInvitations(): SentInvitation[] {
    return this.store.invitations.map(({ sentMs, ...rest }) => ({
      ...rest,
      sentAt: this.kernel.date(sentMs),
    }));
  }

  /** Members of a Google Group, for ACL rules with a `group` scope. */
  setGroupMembers(group: string, members: string[]): void {
    this.store.groups.set(group.toLowerCase(), new Set(members.map((m) => m.toLowerCase())));
  }

  /** Makes every sync token of the calendar invalid, as Google may at any time. */
  invalidateSyncTokens(calendarId: string): void {
    const calendar = this.store.calendars.get(calendarId);
    if (calendar) calendar.syncEpoch += 1;
  }

  /** Events a user may insert per rolling 24 hours (default 10,000, the Workspace quota). */
  setDailyInsertLimit(limit: number): void {
    this.store.dailyInsertLimit = limit;
  }

  snapshot(): CalendarState {
    return toJson(this.store.snapshot()) as unknown as CalendarState;
  }

  restore(state: CalendarState): void {
    this.store.restore(fromJson<CalendarState>(state, (iso) => this.kernel.date(iso)));
  }
}
