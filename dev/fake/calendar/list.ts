/**
 * `Calendar.Events.list` and `Calendar.Events.instances`, following the documented parameters:
 * timeMin (exclusive bound on end) / timeMax (exclusive bound on start), singleEvents (expand
 * recurrences), orderBy startTime|updated (startTime only with singleEvents), q (free text over
 * summary, description, location, attendees, organizer), private/sharedExtendedProperty
 * (`k=v`, repeatable, AND), updatedMin (deleted entries since then always included),
 * showDeleted, iCalUID, maxResults (default 250, at most 2500), pageToken, syncToken
 * (changes since, deletions included; incompatible with the filters the API names; an
 * invalid or invalidated token is the API's 410).
 */
import type { FakeKernel } from '../kernel';
import { apiError, badRequest } from './errors';
import { parseInstant } from './event-time';
import type { EventsCollection } from './events';
import { ExtendedPropertyError, matchesConstraints, parseConstraints } from './extended';
import { isObject, type JsonObject, type JsonValue, pick, str, toPlainObject } from './plain';
import { isRecurringMaster, occurrences, present, type View } from './present';
import { expand, parseRecurrence } from './rrule';
import type { CalendarStore } from './store';
import {
  decodePageToken,
  decodeSyncToken,
  encodePageToken,
  encodeSyncToken,
  type SyncToken,
} from './tokens';
import type { CalendarRecord, EventRecord } from './types';

const DEFAULT_PAGE = 250;
const MAX_PAGE = 2500;
/** How far an open-ended series is expanded when nothing bounds it (the fake's choice). */
const OPEN_HORIZON_MS = 730 * 86_400_000;
const SYNC_INCOMPATIBLE = [
  'iCalUID',
  'orderBy',
  'privateExtendedProperty',
  'q',
  'sharedExtendedProperty',
  'timeMin',
  'timeMax',
  'updatedMin',
];

interface Query {
  timeMin?: number;
  timeMax?: number;
  updatedMin?: number;
  singleEvents: boolean;
  showDeleted: boolean;
  orderBy?: 'startTime' | 'updated';
  terms: string[];
  privateProps?: Array<[string, string]>;
  sharedProps?: Array<[string, string]>;
  iCalUID?: string;
  sync?: SyncToken;
}

export class EventsLister {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly store: CalendarStore,
    private readonly events: EventsCollection,
  ) {}

  list(calendarId: unknown, optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.Events.list');
    const method = 'events.list';
    const calendar = this.store.calendarFor(calendarId, method, 'freeBusyReader');
    const args = toPlainObject(optionalArgs);
    const query = this.parse(args, calendar, method);
    const all = this.collect(calendar, query);
    return this.page(calendar, all, args, method, true);
  }

  instances(calendarId: unknown, eventId: unknown, optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.Events.instances');
    const method = 'events.instances';
    const calendar = this.store.calendarFor(calendarId, method, 'freeBusyReader');
    const args = toPlainObject(optionalArgs);
    const master = this.events.find(calendar, String(eventId), method, false);
    const query = this.parse(
      { ...pick(args, ['timeMin', 'timeMax', 'showDeleted']), singleEvents: true },
      calendar,
      method,
    );
    const events = this.store.eventsOf(calendar.id);
    const series = isRecurringMaster(master)
      ? occurrences(master, events, this.horizon(master, query))
      : [master];
    const items = series.filter((r) => this.visible(r, query) && this.inWindow(r, query));
    return this.page(calendar, items, args, method, false);
  }

  private parse(args: JsonObject, calendar: CalendarRecord, method: string): Query {
    const instant = (name: string): number | undefined => {
      if (args[name] === undefined) return undefined;
      const ms = parseInstant(args[name]);
      if (ms === undefined) throw badRequest(this.kernel, method, 'Bad Request');
      return ms;
    };
    const timeMin = instant('timeMin');
    const timeMax = instant('timeMax');
    if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin) {
      throw badRequest(this.kernel, method, 'The specified time range is empty.');
    }
    const singleEvents = args.singleEvents === true || args.singleEvents === 'true';
    const orderBy = args.orderBy;
    if (orderBy !== undefined && orderBy !== 'startTime' && orderBy !== 'updated') {
      throw badRequest(this.kernel, method, `Invalid value for orderBy: ${String(orderBy)}`);
    }
    if (orderBy === 'startTime' && !singleEvents) {
      throw badRequest(
        this.kernel,
        method,
        'The requested ordering is not available for the particular query.',
      );
    }
    const query: Query = {
      singleEvents,
      showDeleted: args.showDeleted === true || args.showDeleted === 'true',
      terms: (str(args.q) ?? '').toLowerCase().split(/\s+/).filter(Boolean),
      ...(timeMin !== undefined ? { timeMin } : {}),
      ...(timeMax !== undefined ? { timeMax } : {}),
      ...(orderBy ? { orderBy } : {}),
    };
    const updatedMin = instant('updatedMin');
    if (updatedMin !== undefined) query.updatedMin = updatedMin;
    if (str(args.iCalUID)) query.iCalUID = str(args.iCalUID);
    try {
      const privateProps = parseConstraints(args.privateExtendedProperty);
      const sharedProps = parseConstraints(args.sharedExtendedProperty);
      if (privateProps) query.privateProps = privateProps;
      if (sharedProps) query.sharedProps = sharedProps;
    } catch (error) {
      if (error instanceof ExtendedPropertyError)
        throw badRequest(this.kernel, method, error.message);
      throw error;
    }
    if (args.syncToken !== undefined) query.sync = this.checkSyncToken(args, calendar, method);
    return query;
  }

  private checkSyncToken(args: JsonObject, calendar: CalendarRecord, method: string): SyncToken {
    const clash = SYNC_INCOMPATIBLE.filter((name) => args[name] !== undefined);
    if (clash.length > 0) {
      throw badRequest(this.kernel, method, `syncToken cannot be used with ${clash.join(', ')}`);
    }
    const token = decodeSyncToken(String(args.syncToken));
    if (
      !token ||
      token.c !== calendar.id ||
      token.e !== calendar.syncEpoch ||
      token.s > this.store.changeSeq
    ) {
      throw apiError(
        this.kernel,
        method,
        410,
        'Sync token is no longer valid, a full sync is required.',
        'fullSyncRequired',
      );
    }
    return token;
  }

  private collect(calendar: CalendarRecord, query: Query): EventRecord[] {
    const events = this.store.eventsOf(calendar.id);
    const out: EventRecord[] = [];
    for (const record of events.values()) {
      const isException = record.data.recurringEventId !== undefined;
      if (query.singleEvents && isException) continue; // emitted with its master below
      if (query.singleEvents && isRecurringMaster(record)) {
        for (const instance of occurrences(record, events, this.horizon(record, query))) {
          if (this.matches(instance, query)) out.push(instance);
        }
      } else if (this.matches(record, query)) out.push(record);
    }
    if (query.orderBy === 'startTime') {
      out.sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
    } else if (query.orderBy === 'updated') {
      out.sort((a, b) => a.updatedMs - b.updatedMs || a.id.localeCompare(b.id));
    }
    return out;
  }

  private matches(record: EventRecord, query: Query): boolean {
    if (query.sync) return record.seq > query.sync.s;
    if (!this.visible(record, query)) return false;
    if (query.updatedMin !== undefined && record.updatedMs < query.updatedMin) return false;
    if (query.iCalUID !== undefined && record.data.iCalUID !== query.iCalUID) return false;
    const ext = isObject(record.data.extendedProperties) ? record.data.extendedProperties : {};
    if (!matchesConstraints(ext.private, query.privateProps)) return false;
    if (!matchesConstraints(ext.shared, query.sharedProps)) return false;
    if (query.terms.length > 0) {
      const text = searchText(record.data);
      if (!query.terms.every((t) => text.includes(t))) return false;
    }
    if (!query.singleEvents && isRecurringMaster(record)) return this.seriesInWindow(record, query);
    return this.inWindow(record, query);
  }

  private visible(record: EventRecord, query: Query): boolean {
    if (record.data.status !== 'cancelled') return true;
    if (query.showDeleted) return true;
    return query.updatedMin !== undefined && record.updatedMs >= query.updatedMin;
  }

  private inWindow(record: EventRecord, query: Query): boolean {
    if (query.timeMin !== undefined && record.endMs <= query.timeMin) return false;
    if (query.timeMax !== undefined && record.startMs >= query.timeMax) return false;
    return true;
  }

  /** A master is listed when any of its occurrences falls in the window. */
  private seriesInWindow(master: EventRecord, query: Query): boolean {
    if (query.timeMin === undefined && query.timeMax === undefined) return true;
    const lines = Array.isArray(master.data.recurrence) ? master.data.recurrence.map(String) : [];
    const rec = parseRecurrence(lines, master.zone);
    if (!rec) return this.inWindow(master, query);
    const unbounded =
      rec.count === undefined && rec.untilMs === undefined && rec.untilDay === undefined;
    if (unbounded && query.timeMax === undefined) return true;
    const series = {
      startMs: master.startMs,
      endMs: master.endMs,
      allDay: master.allDay,
      zone: master.zone,
    };
    return expand(rec, series, this.horizon(master, query)).some((o) =>
      this.inWindow({ ...master, startMs: o.startMs, endMs: o.endMs }, query),
    );
  }

  private horizon(master: EventRecord, query: Query): number {
    if (query.timeMax !== undefined) return query.timeMax;
    const from = Math.max(this.kernel.nowMillis(), master.startMs, query.timeMin ?? 0);
    return from + OPEN_HORIZON_MS;
  }

  private page(
    calendar: CalendarRecord,
    all: EventRecord[],
    args: JsonObject,
    method: string,
    withSyncToken: boolean,
  ): JsonObject {
    const size = pageSize(args.maxResults);
    if (size === undefined) throw badRequest(this.kernel, method, 'Invalid value for maxResults');
    let offset = 0;
    if (args.pageToken !== undefined) {
      const decoded = decodePageToken(String(args.pageToken));
      if (decoded === undefined) throw badRequest(this.kernel, method, 'Invalid page token value.');
      offset = decoded;
    }
    const view: View = this.events.view(calendar, args.timeZone);
    const items = all.slice(offset, offset + size).map((r) => present(r, view));
    const more = offset + size < all.length;
    const updatedMs = all.reduce((max, r) => Math.max(max, r.updatedMs), 0);
    const response: JsonObject = {
      kind: 'calendar#events',
      etag: `"${this.store.changeSeq}"`,
      summary: calendar.summary,
      updated: new Date(updatedMs || this.kernel.nowMillis()).toISOString(),
      timeZone: calendar.timeZone,
      accessRole: this.store.roleOn(calendar),
      defaultReminders: [],
      items,
    };
    if (calendar.description !== undefined) response.description = calendar.description;
    if (more) response.nextPageToken = encodePageToken(offset + size);
    else if (withSyncToken) {
      response.nextSyncToken = encodeSyncToken({
        c: calendar.id,
        s: this.store.changeSeq,
        e: calendar.syncEpoch,
      });
    }
    return response;
  }
}

function pageSize(value: JsonValue | undefined): number | undefined {
  if (value === undefined) return DEFAULT_PAGE;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return undefined;
  return Math.min(n, MAX_PAGE);
}

function searchText(data: JsonObject): string {
  const parts: string[] = [];
  for (const key of ['summary', 'description', 'location']) parts.push(str(data[key]) ?? '');
  const people = [data.organizer, ...(Array.isArray(data.attendees) ? data.attendees : [])];
  for (const p of people) {
    if (isObject(p)) parts.push(str(p.email) ?? '', str(p.displayName) ?? '');
  }
  return parts.join('\n').toLowerCase();
}
