/**
 * Reading the Calendar event the user has open, from the add-on event object, with the
 * narrow add-on scopes. (The open Gmail message is read through the Mailbox port:
 * src/app/daily/message.ts.)
 */
import { formatDateTime, formatLongDate } from '../core/time/format';
import type { OpenEvent } from '../ui/cards/calendar';

interface CalendarEvent {
  calendar?: { calendarId?: string; id?: string; attendees?: unknown[] };
}

export function readOpenEvent(e: CalendarEvent): OpenEvent | null {
  const { calendarId, id } = e.calendar ?? {};
  if (!calendarId || !id) return null;
  const events = Calendar?.Events;
  if (!events) throw new Error('Layanan lanjutan Calendar tidak aktif (appsscript.json)');
  let event: GoogleAppsScript.Calendar.Schema.Event;
  try {
    event = events.get(calendarId, id);
  } catch {
    // calendar.app.created reaches only calendars the add-on made: an event elsewhere is
    // outside the agenda, and its details are not ours to read.
    return {
      title: '',
      when: 'Tidak dapat dibaca: acara ini tidak berada di kalender agenda PROTOCLOUD',
      location: '',
      attendees: e.calendar?.attendees?.length ?? 0,
      agendaStatus: null,
    };
  }
  const start = event.start?.dateTime ?? event.start?.date;
  const end = event.end?.dateTime ?? event.end?.date;
  const allDay = !event.start?.dateTime;
  const when = !start
    ? 'Belum ditentukan'
    : allDay
      ? `${formatLongDate(new Date(`${start}T00:00:00+07:00`))} (sepanjang hari)`
      : `${formatDateTime(new Date(start))}${end ? ` – ${formatDateTime(new Date(end))}` : ''}`;
  return {
    title: event.summary ?? '',
    when,
    location: event.location ?? '',
    attendees: event.attendees?.length ?? 0,
    agendaStatus: event.extendedProperties?.private?.agendaStatus ?? null,
  };
}
