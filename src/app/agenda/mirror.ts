/**
 * Keeping the shared calendar's event equal to the register's record: title and colour by
 * convention, status as tentative/confirmed/cancelled, attendees once published, metadata in
 * private properties. Only what differs is patched, and invitations go out only when the
 * attendee list or a published event's time changes.
 */
import type { AgendaConventions } from '../../core/agenda/conventions';
import {
  type AgendaEvent,
  eventStatusOf,
  itemProperties,
  propertiesPatch,
} from '../../core/agenda/event-codec';
import { recipientsOf } from '../../core/agenda/notify-plan';
import type { AgendaRecord } from '../../core/agenda/record';
import { formatLocation, formatTitle } from '../../core/agenda/settings';
import { isClosedStatus } from '../../core/agenda/status';
import { UserError } from '../../core/errors';
import { formatDateTime, formatTime } from '../../core/time/format';
import type { CalendarPatch, Ports } from '../../ports';

export const AGENDA_CALENDAR_KEY = 'AGENDA_CALENDAR_ID';
export const AGENDA_CALENDAR_NAME = 'Agenda Pimpinan (PROTOCLOUD)';

/** The shared calendar's id, or a UserError telling the user to run setup. */
export function agendaCalendarId(ports: Pick<Ports, 'settings'>): string {
  const id = ports.settings.get(AGENDA_CALENDAR_KEY);
  if (!id) {
    throw new UserError(
      'Kalender agenda bersama belum dibuat. Minta Admin Sistem menjalankan "Penyiapan".',
    );
  }
  return id;
}

/** An item that is in the protocol office's hands (scheduled or later) is on the calendar. */
export const belongsOnCalendar = (record: AgendaRecord): boolean =>
  record.item.status !== 'DIAJUKAN' && record.item.status !== 'DIVERIFIKASI';

/** Invited on publication: the attending leaders, their aides, the person in charge, guests with an address. */
export function invitees(record: AgendaRecord, conventions: AgendaConventions): string[] {
  // Once published, postponing, representing or cancelling keeps the list: the people
  // invited get Google's update or cancellation.
  if (record.reached.DIPUBLIKASIKAN === undefined) return [];
  return recipientsOf(['pimpinan', 'ajudan', 'penanggungJawab', 'tamu'], record, conventions, {
    operators: [],
    coordinators: [],
  });
}

function description(record: AgendaRecord): string {
  const { item } = record;
  const lines = [
    `Status: ${item.status}`,
    `Jenis: ${item.activityType}`,
    `Waktu: ${formatDateTime(new Date(item.start))} – ${formatTime(new Date(item.end))}`,
    `Pimpinan: ${item.leaders.join(', ')}${item.delegate ? ` (diwakili ${item.delegate})` : ''}`,
    `Penyelenggara: ${item.unit}`,
    `Penanggung jawab: ${item.pic.name}, ${item.pic.phone}, ${item.pic.email}`,
  ];
  if (item.invitation)
    lines.push(`Surat undangan: ${item.invitation.number} tanggal ${item.invitation.date}`);
  if (item.guests.length > 0) lines.push(`Tamu: ${item.guests.join(', ')}`);
  if (item.documents.length > 0) lines.push(`Dokumen: ${item.documents.join(' ')}`);
  if (item.notes) lines.push(`Catatan: ${item.notes}`);
  lines.push(`ID agenda: ${item.id}`);
  return lines.join('\n');
}

export function desiredEvent(record: AgendaRecord, conventions: AgendaConventions): AgendaEvent {
  const { item } = record;
  const type = conventions.activityTypes.find((t) => t.name === item.activityType);
  return {
    summary: formatTitle(conventions, item),
    description: description(record),
    location: formatLocation(conventions, item.location),
    start: item.start,
    end: item.end,
    ...(type ? { colorId: type.colorId } : {}),
    status: eventStatusOf(item.status),
    attendees: invitees(record, conventions),
    privateProperties: itemProperties(item),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** The patch that turns `current` into `wanted`; null when they already agree. */
export function eventPatch(current: AgendaEvent, wanted: AgendaEvent): CalendarPatch | null {
  const patch: { -readonly [K in keyof CalendarPatch]: CalendarPatch[K] } = {};
  if (current.summary !== wanted.summary) patch.summary = wanted.summary;
  if (current.description !== wanted.description) patch.description = wanted.description;
  if (current.location !== wanted.location) patch.location = wanted.location;
  if (current.start !== wanted.start) patch.start = wanted.start;
  if (current.end !== wanted.end) patch.end = wanted.end;
  if (wanted.colorId && current.colorId !== wanted.colorId) patch.colorId = wanted.colorId;
  if (current.status !== wanted.status) patch.status = wanted.status;
  if (!sameSet(current.attendees, wanted.attendees)) patch.attendees = wanted.attendees;
  const props = propertiesPatch(wanted.privateProperties, current.privateProperties);
  if (Object.keys(props).length > 0) patch.privateProperties = props;
  return Object.keys(patch).length === 0 ? null : patch;
}

/**
 * Creates or updates the record's event; returns the record with its event id. Attendees
 * are notified when they are added or a published event moves or is cancelled.
 */
export function mirrorToCalendar(
  ports: Ports,
  record: AgendaRecord,
  conventions: AgendaConventions,
  /** The event as just read (a sync has it already); read from Calendar when not given. */
  known?: AgendaEvent,
): AgendaRecord {
  if (!belongsOnCalendar(record) && record.eventId === '') return record;
  const calendarId = agendaCalendarId(ports);
  const wanted = desiredEvent(record, conventions);
  const current =
    known ?? (record.eventId ? ports.agendaCalendar.get(calendarId, record.eventId) : null);
  if (current === null) {
    if (isClosedStatus(record.item.status)) return record;
    const eventId = ports.agendaCalendar.insert(calendarId, wanted, wanted.attendees.length > 0);
    return { ...record, eventId };
  }
  const patch = eventPatch(current, wanted);
  if (patch) {
    const notify =
      patch.attendees !== undefined ||
      (current.attendees.length > 0 &&
        (patch.start !== undefined || patch.end !== undefined || patch.status !== undefined));
    ports.agendaCalendar.patch(calendarId, record.eventId, patch, notify);
  }
  return record;
}
