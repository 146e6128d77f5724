/**
 * Picking up edits made directly in Google Calendar (web, phone, another client): a moved,
 * renamed, relocated or deleted agenda event updates the register, is written to the status
 * history, is re-checked for clashes, and gets its title, colour and metadata back by
 * convention. The metadata is never lost: an event whose private properties were dropped is
 * recognised by its id in the register and its properties are written back.
 */
import { type AgendaEvent, ID_PROPERTY, itemFromEvent } from '../../core/agenda/event-codec';
import type { AgendaRecord } from '../../core/agenda/record';
import { formatLocation, formatTitle, parseTitle } from '../../core/agenda/settings';
import { type AuditEntry, isClosedStatus } from '../../core/agenda/status';
import { formatDateTime } from '../../core/time/format';
import type { AgendaContext } from './context';
import { agendaCalendarId, belongsOnCalendar, mirrorToCalendar } from './mirror';
import { saveWithRecheck } from './workflow';

/** Who the history names for a change nobody made through the add-on. */
export const DIRECT_EDIT = 'Google Calendar (diubah langsung)';

const SYNC_TOKEN_KEY = 'AGENDA_SYNC_TOKEN';

interface Outcome {
  readonly record: AgendaRecord;
  readonly notes: readonly string[];
}

/** Structured location back from "{tempat}, {desa}, Kec. {kecamatan}"-like text. */
function locationFrom(text: string, record: AgendaRecord, ctx: AgendaContext) {
  const { location } = record.item;
  if (text.trim() === '' || text === formatLocation(ctx.conventions, location)) return location;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 3 && parts[0] && parts[1] && parts[2]) {
    return {
      venue: parts[0],
      desa: parts[1],
      kecamatan: parts[2].replace(/^kec(amatan)?\.?\s*/i, ''),
    };
  }
  // Free text: take it as the venue and keep the area, which travel times depend on.
  return { ...location, venue: text.trim() };
}

/** What an edited event changes in its record; notes say what, for the history. */
function applyEdit(ctx: AgendaContext, record: AgendaRecord, event: AgendaEvent): Outcome {
  const notes: string[] = [];
  let item = record.item;
  if (event.status === 'cancelled') {
    if (isClosedStatus(item.status)) return { record, notes };
    return {
      record: {
        ...record,
        item: { ...item, status: 'DIBATALKAN' },
        statusSince: ctx.now.getTime(),
      },
      notes: ['Acara dihapus langsung di Google Calendar; agenda dibatalkan'],
    };
  }
  // The register changed after the event did (a decision not yet carried to the calendar):
  // the register wins, and the mirror below brings the event in line.
  if ((event.updated ?? 0) < record.updatedAt) return { record, notes };
  if (event.start !== item.start || event.end !== item.end) {
    if (event.end > event.start) {
      notes.push(
        `Waktu diubah dari ${formatDateTime(new Date(item.start))} menjadi ${formatDateTime(new Date(event.start))}`,
      );
      item = { ...item, start: event.start, end: event.end };
    }
  }
  if (event.summary !== formatTitle(ctx.conventions, record.item)) {
    const title = parseTitle(ctx.conventions, event.summary).title;
    if (title !== '' && title !== item.title) {
      notes.push(`Judul diubah dari "${item.title}" menjadi "${title}"`);
      item = { ...item, title };
    }
  }
  const location = locationFrom(event.location, record, ctx);
  if (location !== record.item.location) {
    notes.push(`Lokasi diubah menjadi "${event.location.trim()}"`);
    item = { ...item, location };
  }
  return notes.length === 0 ? { record, notes } : { record: { ...record, item }, notes };
}

/**
 * Brings the register in line with `events` (changed events of the shared calendar) and
 * the events back in line with the conventions. Returns how many items changed.
 */
export function applyCalendarChanges(
  ctx: AgendaContext,
  events: readonly AgendaEvent[],
  deleted: readonly string[],
): number {
  const changed: AgendaRecord[] = [];
  const history: { id: string; entry: AuditEntry }[] = [];
  const now = ctx.now.getTime();
  const handle = (record: AgendaRecord, event: AgendaEvent) => {
    const linked = record.eventId === event.id ? record : { ...record, eventId: event.id ?? '' };
    const { record: edited, notes } = applyEdit(ctx, linked, event);
    const next = notes.length > 0 ? { ...edited, updatedAt: now } : edited;
    // Title, colour and lost metadata by convention; cancelled events stay cancelled.
    const mirrored =
      event.status === 'cancelled'
        ? next
        : mirrorToCalendar(ctx.ports, next, ctx.conventions, event);
    if (notes.length > 0 || mirrored !== record) changed.push(mirrored);
    if (notes.length > 0) {
      history.push({
        id: record.item.id,
        entry: {
          at: ctx.now,
          who: DIRECT_EDIT,
          from: record.item.status,
          to: mirrored.item.status,
          note: notes.join('; '),
        },
      });
    }
  };
  for (const event of events) {
    const id = event.privateProperties[ID_PROPERTY] ?? itemFromEvent(event)?.id;
    const record =
      (id ? ctx.store.find(id) : undefined) ??
      (event.id ? ctx.store.findByEvent(event.id) : undefined);
    if (record) handle(record, event);
  }
  for (const eventId of deleted) {
    const record = ctx.store.findByEvent(eventId);
    if (record) handle(record, { ...emptyEvent(eventId), status: 'cancelled' });
  }
  if (changed.length > 0) saveWithRecheck(ctx, changed);
  ctx.store.appendHistory(history);
  return changed.length;
}

const emptyEvent = (id: string): AgendaEvent => ({
  id,
  summary: '',
  description: '',
  location: '',
  start: 0,
  end: 0,
  status: 'cancelled',
  attendees: [],
  privateProperties: {},
});

/**
 * Everything changed on the shared calendar since the last sync (all events the first time
 * or when Google expired the token). Returns the number of items changed.
 */
export function syncAgendaCalendar(ctx: AgendaContext, full = false): number {
  const { settings, agendaCalendar } = ctx.ports;
  const calendarId = agendaCalendarId(ctx.ports);
  const token = full ? null : settings.get(SYNC_TOKEN_KEY);
  const changes =
    agendaCalendar.changes(calendarId, token) ?? agendaCalendar.changes(calendarId, null);
  if (!changes) return 0;
  const count = applyCalendarChanges(ctx, changes.events, changes.deleted);
  // The next run also sees the patches made above; they change nothing the second time.
  settings.set(SYNC_TOKEN_KEY, changes.nextSyncToken);
  return count;
}

const MIRRORED_KEY = 'AGENDA_MIRRORED_AT';

/**
 * Carries register changes the user could not write to the calendar (a leader's or aide's
 * decision) to it: every record changed since the last run is mirrored, which patches only
 * what differs. Returns how many records were mirrored.
 */
export function mirrorChangedRecords(ctx: AgendaContext): number {
  const { settings } = ctx.ports;
  const since = Number(settings.get(MIRRORED_KEY) ?? 0) || 0;
  const changed = ctx.store
    .records()
    .filter((r) => r.updatedAt >= since && (r.eventId !== '' || belongsOnCalendar(r)));
  const linked = changed
    .map((r) => mirrorToCalendar(ctx.ports, r, ctx.conventions))
    .filter((r, i) => r.eventId !== changed[i]?.eventId);
  ctx.store.save(linked);
  settings.set(MIRRORED_KEY, String(ctx.now.getTime()));
  return changed.length;
}
