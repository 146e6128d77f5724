/**
 * Checks and normalises an event resource the way the API does on insert/update/patch, so a
 * request Google would reject fails here too, with the API's message where it is known.
 */
import { EVENT_COLOR_IDS } from './colors';
import { type ParsedTime, parseEventTime, TimeError } from './event-time';
import { ExtendedPropertyError, sanitizeExtended } from './extended';
import { isObject, type JsonObject, str } from './plain';
import { parseRecurrence, type Recurrence, RecurrenceError } from './rrule';

export class ValidationError extends Error {}

export interface Timing {
  startMs: number;
  endMs: number;
  allDay: boolean;
  zone: string;
  recurrence?: Recurrence;
}

const RESPONSE_STATUSES = new Set(['needsAction', 'declined', 'tentative', 'accepted']);
const STATUSES = new Set(['confirmed', 'tentative', 'cancelled']);
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

/** Fields only the server writes: ignored when a client sends them, as the API does. */
export const READ_ONLY_FIELDS = [
  'kind',
  'etag',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'iCalUID',
  'sequence',
  'recurringEventId',
  'originalStartTime',
] as const;

function rethrow(error: unknown): never {
  if (
    error instanceof TimeError ||
    error instanceof RecurrenceError ||
    error instanceof ExtendedPropertyError
  ) {
    throw new ValidationError(error.message);
  }
  throw error;
}

/** Validates `data` in place (normalising colorId, attendees, extended properties). */
export function validateEvent(data: JsonObject, calendarZone: string): Timing {
  try {
    const start: ParsedTime = parseEventTime(data.start, 'start', calendarZone);
    const end: ParsedTime = parseEventTime(data.end, 'end', calendarZone);
    if (start.allDay !== end.allDay) {
      throw new ValidationError(
        'Start and end times must either both be date or both be dateTime.',
      );
    }
    if (end.ms < start.ms || (start.allDay && end.ms === start.ms)) {
      throw new ValidationError('The specified time range is empty.');
    }
    const zone = start.allDay ? calendarZone : (start.timeZone ?? calendarZone);
    const timing: Timing = { startMs: start.ms, endMs: end.ms, allDay: start.allDay, zone };
    if (data.recurrence !== undefined) {
      if (!Array.isArray(data.recurrence)) throw new ValidationError('Invalid recurrence rule.');
      // The API expands recurrences in start.timeZone, so it insists on one for timed events.
      if (!start.allDay && !start.timeZone) {
        throw new ValidationError('Missing time zone definition for start time.');
      }
      const rec = parseRecurrence(data.recurrence.map(String), zone);
      if (rec) timing.recurrence = rec;
    }
    validateFields(data);
    return timing;
  } catch (error) {
    rethrow(error);
  }
}

function validateFields(data: JsonObject): void {
  if (data.colorId !== undefined) {
    const colorId = String(data.colorId);
    if (!(EVENT_COLOR_IDS as readonly string[]).includes(colorId)) {
      throw new ValidationError(`Invalid color id: ${colorId}`);
    }
    data.colorId = colorId;
  }
  if (data.status !== undefined && !STATUSES.has(String(data.status))) {
    throw new ValidationError(`Invalid value for status: ${String(data.status)}`);
  }
  if (data.attendees !== undefined) {
    if (!Array.isArray(data.attendees)) throw new ValidationError('Invalid attendees.');
    data.attendees = data.attendees.map((a) => {
      if (!isObject(a) || !EMAIL.test(str(a.email) ?? '')) {
        throw new ValidationError('Invalid attendee email.');
      }
      const status = str(a.responseStatus) ?? 'needsAction';
      if (!RESPONSE_STATUSES.has(status)) {
        throw new ValidationError(`Invalid value for responseStatus: ${status}`);
      }
      return { ...a, responseStatus: status };
    });
  }
  validateReminders(data);
  const ext = sanitizeExtended(data.extendedProperties);
  if (ext) data.extendedProperties = ext;
}

function validateReminders(data: JsonObject): void {
  const reminders = data.reminders;
  if (reminders === undefined) {
    data.reminders = { useDefault: true };
    return;
  }
  if (!isObject(reminders)) throw new ValidationError('Invalid reminders.');
  const overrides = reminders.overrides;
  if (overrides !== undefined) {
    if (!Array.isArray(overrides)) throw new ValidationError('Invalid reminders.overrides.');
    if (reminders.useDefault === true && overrides.length > 0) {
      throw new ValidationError(
        'Cannot specify both default reminders and overrides at the same time.',
      );
    }
    if (overrides.length > 5) throw new ValidationError('Too many reminders.');
    for (const o of overrides) {
      const minutes = isObject(o) ? o.minutes : undefined;
      const method = isObject(o) ? o.method : undefined;
      if (method !== 'email' && method !== 'popup') {
        throw new ValidationError('Invalid reminder method.');
      }
      if (
        typeof minutes !== 'number' ||
        !Number.isInteger(minutes) ||
        minutes < 0 ||
        minutes > 40320
      ) {
        throw new ValidationError('Invalid reminder minutes.');
      }
    }
  }
}
