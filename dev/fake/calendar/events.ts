/**
 * `Calendar.Events`: insert, get, patch, update, remove (list and instances live in list.ts).
 * Writes need writer access, reads reader (freeBusyReader sees busy blocks only). A recurring
 * instance id (`<id>_<yyyyMMddTHHmmssZ>`) can be read, patched or removed like in the API: the
 * write stores an exception event that replaces the generated occurrence.
 */
import type { FakeKernel } from '../kernel';
import { rank } from './access';
import { apiError, badRequest, notFound } from './errors';
import { attendeeEmails, changeMessages, notify, parseSendUpdates } from './invitations';
import { isObject, type JsonObject, mergePatch, pick, toPlainObject } from './plain';
import {
  instanceRecord,
  isRecurringMaster,
  occurrences,
  present,
  splitInstanceId,
  type View,
} from './present';
import type { CalendarStore } from './store';
import type { CalendarRecord, EventRecord } from './types';
import { READ_ONLY_FIELDS, type Timing, ValidationError, validateEvent } from './validate';

const CLIENT_ID = /^[a-v0-9]{5,1024}$/;
const DAY = 86_400_000;

export class EventsCollection {
  constructor(
    private readonly kernel: FakeKernel,
    private readonly store: CalendarStore,
  ) {}

  view(calendar: CalendarRecord, outZone?: unknown): View {
    const role = this.store.roleOn(calendar);
    return {
      viewer: this.store.user,
      outZone: typeof outZone === 'string' && outZone ? outZone : calendar.timeZone,
      calendar,
      busyOnly: rank(role) < rank('reader'),
    };
  }

  insert(resource: unknown, calendarId: unknown, optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.Events.insert');
    const method = 'events.insert';
    const calendar = this.store.calendarFor(calendarId, method, 'writer');
    const events = this.store.eventsOf(calendar.id);
    const data = stripReadOnly(toPlainObject(resource));
    const id = this.chooseId(data.id, events, method);
    data.status = data.status ?? 'confirmed';
    const timing = this.validate(data, calendar, method);
    this.store.countInsert(method);
    const now = this.kernel.nowMillis();
    const iso = new Date(now).toISOString();
    const organizer: JsonObject = calendar.primary
      ? { email: calendar.owner }
      : { email: calendar.id, displayName: calendar.summary };
    const record = this.write(calendar, {
      calendarId: calendar.id,
      id,
      data: {
        kind: 'calendar#event',
        id,
        ...data,
        htmlLink: htmlLink(id, calendar.id),
        created: iso,
        updated: iso,
        creator: { email: this.store.user },
        organizer,
        iCalUID: `${id}@google.com`,
        sequence: 0,
        eventType: typeof data.eventType === 'string' ? data.eventType : 'default',
      },
      ...timingFields(timing),
      seq: 0,
      createdMs: now,
      updatedMs: now,
    });
    const mode = parseSendUpdates(optionalArgs);
    const invites = attendeeEmails(record.data).map((to) => ({ to, kind: 'invitation' as const }));
    notify(this.kernel, this.store.invitations, calendar, record.data, mode, invites);
    return present(record, this.view(calendar));
  }

  get(calendarId: unknown, eventId: unknown, optionalArgs?: unknown): JsonObject {
    this.kernel.call('Calendar.Events.get');
    const method = 'events.get';
    const calendar = this.store.calendarFor(calendarId, method, 'freeBusyReader');
    const record = this.find(calendar, String(eventId), method, false);
    const args = isObject(optionalArgs) ? optionalArgs : {};
    return present(record, { ...this.view(calendar, args.timeZone), fullDeleted: true });
  }

  patch(
    resource: unknown,
    calendarId: unknown,
    eventId: unknown,
    optionalArgs?: unknown,
  ): JsonObject {
    this.kernel.call('Calendar.Events.patch');
    const method = 'events.patch';
    const calendar = this.store.calendarFor(calendarId, method, 'writer');
    const record = this.find(calendar, String(eventId), method, true);
    const patch = stripReadOnly(toPlainObject(resource));
    delete patch.id;
    const merged = mergePatch(record.data, patch);
    for (const which of ['start', 'end'] as const) switchTimeKind(merged, patch, which);
    return this.replace(calendar, record, merged, method, optionalArgs);
  }

  update(
    resource: unknown,
    calendarId: unknown,
    eventId: unknown,
    optionalArgs?: unknown,
  ): JsonObject {
    this.kernel.call('Calendar.Events.update');
    const method = 'events.update';
    const calendar = this.store.calendarFor(calendarId, method, 'writer');
    const record = this.find(calendar, String(eventId), method, true);
    const body = stripReadOnly(toPlainObject(resource));
    delete body.id;
    // An update replaces the resource whole, except these, which carry over unless it sets them.
    const kept = pick(record.data, [
      'kind',
      'id',
      'htmlLink',
      'created',
      'creator',
      'organizer',
      'iCalUID',
      'sequence',
      'recurringEventId',
      'originalStartTime',
      'eventType',
      'status',
    ]);
    return this.replace(calendar, record, { ...kept, ...body }, method, optionalArgs);
  }

  remove(calendarId: unknown, eventId: unknown, optionalArgs?: unknown): void {
    this.kernel.call('Calendar.Events.remove');
    const method = 'events.delete';
    const calendar = this.store.calendarFor(calendarId, method, 'writer');
    const record = this.find(calendar, String(eventId), method, true);
    if (record.data.status === 'cancelled') {
      throw apiError(this.kernel, method, 410, 'Resource has been deleted', 'deleted');
    }
    const data = { ...record.data, status: 'cancelled' };
    this.touch(calendar, record, data, record, false);
    const mode = parseSendUpdates(optionalArgs);
    const messages = attendeeEmails(data).map((to) => ({ to, kind: 'cancellation' as const }));
    notify(this.kernel, this.store.invitations, calendar, data, mode, messages);
  }

  /** Shared tail of patch and update: validate the new resource, store it, tell the guests. */
  private replace(
    calendar: CalendarRecord,
    record: EventRecord,
    data: JsonObject,
    method: string,
    optionalArgs: unknown,
  ): JsonObject {
    const timing = this.validate(data, calendar, method);
    const significant =
      timing.startMs !== record.startMs ||
      timing.endMs !== record.endMs ||
      JSON.stringify(data.recurrence ?? null) !== JSON.stringify(record.data.recurrence ?? null);
    const before = attendeeEmails(record.data);
    const updated = this.touch(calendar, record, data, timingFields(timing), significant);
    const mode = parseSendUpdates(optionalArgs);
    const messages = changeMessages(before, attendeeEmails(updated.data));
    notify(this.kernel, this.store.invitations, calendar, updated.data, mode, messages);
    return present(updated, this.view(calendar));
  }

  private touch(
    calendar: CalendarRecord,
    record: EventRecord,
    data: JsonObject,
    timing: Pick<EventRecord, 'startMs' | 'endMs' | 'allDay' | 'zone'>,
    significant: boolean,
  ): EventRecord {
    const now = this.kernel.nowMillis();
    const sequence = typeof record.data.sequence === 'number' ? record.data.sequence : 0;
    return this.write(calendar, {
      ...record,
      ...timing,
      data: {
        ...data,
        updated: new Date(now).toISOString(),
        sequence: significant ? sequence + 1 : sequence,
      },
      updatedMs: now,
    });
  }

  /** Stores a record with a fresh change sequence and etag. */
  private write(calendar: CalendarRecord, record: EventRecord): EventRecord {
    const seq = this.store.nextSeq();
    const stored: EventRecord = {
      ...record,
      seq,
      data: { ...record.data, etag: `"${record.updatedMs}${String(seq).padStart(3, '0')}"` },
    };
    this.store.eventsOf(calendar.id).set(stored.id, stored);
    return stored;
  }

  private validate(data: JsonObject, calendar: CalendarRecord, method: string): Timing {
    try {
      return validateEvent(data, calendar.timeZone);
    } catch (error) {
      if (error instanceof ValidationError) throw badRequest(this.kernel, method, error.message);
      throw error;
    }
  }

  private chooseId(requested: unknown, events: Map<string, EventRecord>, method: string): string {
    if (requested === undefined || requested === null || requested === '') {
      let id: string;
      do id = generatedId(this.kernel);
      while (events.has(id));
      return id;
    }
    const id = String(requested);
    if (!CLIENT_ID.test(id)) throw badRequest(this.kernel, method, 'Invalid resource id value.');
    // Ids stay taken after a delete: the API answers 409 for them too.
    if (events.has(id)) {
      throw apiError(
        this.kernel,
        method,
        409,
        'The requested identifier already exists.',
        'duplicate',
      );
    }
    return id;
  }

  /**
   * A stored event, or an occurrence of a recurring master. With `materialize`, an occurrence
   * becomes a stored exception record so a write can change just that instance.
   */
  find(
    calendar: CalendarRecord,
    eventId: string,
    method: string,
    materialize: boolean,
  ): EventRecord {
    const events = this.store.eventsOf(calendar.id);
    const stored = events.get(eventId);
    if (stored) return stored;
    const parts = splitInstanceId(eventId);
    const master = parts ? events.get(parts.masterId) : undefined;
    if (!master || !isRecurringMaster(master)) throw notFound(this.kernel, method);
    const horizon = Math.max(master.startMs, parseSuffix(parts?.suffix ?? '')) + 2 * DAY;
    const occurrence = occurrences(master, events, horizon).find((o) => o.id === eventId);
    if (!occurrence) throw notFound(this.kernel, method);
    if (!materialize) return occurrence;
    const exception = instanceRecord(master, occurrence.startMs, occurrence.endMs);
    // Stored by the write that follows, so a rejected write leaves nothing behind.
    exception.data.status = master.data.status ?? 'confirmed';
    return exception;
  }
}

function stripReadOnly(data: JsonObject): JsonObject {
  for (const key of READ_ONLY_FIELDS) delete data[key];
  delete data.organizer;
  return data;
}

/** A patch that sets `date` turns a timed event all-day (and vice versa), as clients expect. */
function switchTimeKind(merged: JsonObject, patch: JsonObject, which: 'start' | 'end'): void {
  const p = patch[which];
  const m = merged[which];
  if (!isObject(p) || !isObject(m)) return;
  if (p.date !== undefined && p.dateTime === undefined) delete m.dateTime;
  if (p.dateTime !== undefined && p.date === undefined) delete m.date;
}

function timingFields(t: Timing): Pick<EventRecord, 'startMs' | 'endMs' | 'allDay' | 'zone'> {
  return { startMs: t.startMs, endMs: t.endMs, allDay: t.allDay, zone: t.zone };
}

function parseSuffix(suffix: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(suffix);
  if (!m) return 0;
  return Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

/** Event ids are base32hex (a–v, 0–9); the kernel's base-36 sequence is re-spelled in it. */
function generatedId(kernel: FakeKernel): string {
  const n = Number.parseInt(kernel.nextId(''), 36);
  return `ev${n.toString(32).padStart(8, '0')}`;
}

function htmlLink(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}
