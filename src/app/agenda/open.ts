/**
 * The item behind what the user opened: a register id from a card button, or an event of the
 * shared calendar opened in Google Calendar (saving it there first brings the register up
 * to date, as a direct edit would).
 */
import { itemFromEvent } from '../../core/agenda/event-codec';
import { UserError } from '../../core/errors';
import type { Ports } from '../../ports';
import { type AgendaContext, loadAgendaContext } from './context';
import { AGENDA_CALENDAR_KEY } from './mirror';
import { applyCalendarChanges } from './sync';
import { type ItemView, itemView } from './views';

export function openItem(ports: Ports, id: string): { ctx: AgendaContext; view: ItemView } {
  const ctx = loadAgendaContext(ports);
  const record = ctx.store.find(id);
  if (!record) throw new UserError(`Agenda ${id} tidak ditemukan di register.`);
  return { ctx, view: itemView(ctx, record) };
}

/**
 * The view of a calendar event, or null when the event is not on the agenda calendar or is
 * not an agenda item. With `synced`, the event's current state is applied to the register
 * first (the user just saved it in Calendar).
 */
export function openCalendarEvent(
  ports: Ports,
  calendarId: string,
  eventId: string,
  synced: boolean,
): { ctx: AgendaContext; view: ItemView } | null {
  if (calendarId !== ports.settings.get(AGENDA_CALENDAR_KEY)) return null;
  const event = ports.agendaCalendar.get(calendarId, eventId);
  if (!event) return null;
  const run = () => {
    const ctx = loadAgendaContext(ports);
    if (synced) applyCalendarChanges(ctx, [event], []);
    const id = itemFromEvent(event)?.id;
    const record = (id ? ctx.store.find(id) : undefined) ?? ctx.store.findByEvent(eventId);
    return record ? { ctx, view: itemView(ctx, record) } : null;
  };
  return synced ? ports.lock.run(run) : run();
}
