/**
 * The shared agenda calendar through the Advanced Calendar service (Calendar API v3), the
 * only place the agenda touches `Calendar`. Times travel as RFC 3339 with the calendar's zone;
 * private extended properties carry the agenda metadata (see core/agenda/event-codec).
 */
import type { AgendaEvent } from '../core/agenda/event-codec';
import type { AgendaCalendar, CalendarChanges, CalendarPatch, CalendarRole } from '../ports';

type ApiEvent = GoogleAppsScript.Calendar.Schema.Event;

const ZONE = 'Asia/Jakarta';

function api(): GoogleAppsScript.Calendar {
  if (typeof Calendar === 'undefined' || !Calendar.Events) {
    throw new Error('Layanan lanjutan Calendar tidak aktif (appsscript.json)');
  }
  return Calendar;
}

const when = (ms: number) => ({ dateTime: new Date(ms).toISOString(), timeZone: ZONE });

function timeOf(t: GoogleAppsScript.Calendar.Schema.EventDateTime | undefined): number {
  if (t?.dateTime) return Date.parse(t.dateTime);
  // An all-day event (someone changed it in Calendar): midnight WIB of that date.
  return t?.date ? Date.parse(`${t.date}T00:00:00+07:00`) : 0;
}

function fromApi(e: ApiEvent): AgendaEvent {
  const status = e.status === 'cancelled' || e.status === 'tentative' ? e.status : 'confirmed';
  return {
    id: e.id ?? '',
    summary: e.summary ?? '',
    description: e.description ?? '',
    location: e.location ?? '',
    start: timeOf(e.start),
    end: timeOf(e.end),
    ...(e.colorId ? { colorId: e.colorId } : {}),
    status,
    attendees: (e.attendees ?? []).map((a) => a.email ?? '').filter((a) => a !== ''),
    privateProperties: { ...(e.extendedProperties?.private ?? {}) },
    updated: e.updated ? Date.parse(e.updated) : 0,
  };
}

function toApi(patch: CalendarPatch): ApiEvent {
  const out: Record<string, unknown> = {};
  if (patch.summary !== undefined) out.summary = patch.summary;
  if (patch.description !== undefined) out.description = patch.description;
  if (patch.location !== undefined) out.location = patch.location;
  if (patch.start !== undefined) out.start = when(patch.start);
  if (patch.end !== undefined) out.end = when(patch.end);
  if (patch.colorId !== undefined) out.colorId = patch.colorId;
  if (patch.status !== undefined) out.status = patch.status;
  if (patch.attendees !== undefined) out.attendees = patch.attendees.map((email) => ({ email }));
  if (patch.privateProperties !== undefined) {
    out.extendedProperties = { private: patch.privateProperties };
  }
  return out as ApiEvent;
}

const httpCode = (error: unknown): number | undefined =>
  (error as { details?: { code?: number } } | null)?.details?.code;

export const advancedAgendaCalendar: AgendaCalendar = {
  create: (name, timeZone) => {
    const created = api().Calendars?.insert({ summary: name, timeZone });
    if (!created?.id) throw new Error('Kalender agenda tidak dapat dibuat');
    return created.id;
  },
  exists: (calendarId) => {
    try {
      api().Calendars?.get(calendarId);
      return true;
    } catch (error) {
      const code = httpCode(error);
      if (code === 404 || code === 403) return false;
      throw error;
    }
  },
  insert: (calendarId, event, notify) => {
    const resource = toApi({
      summary: event.summary,
      description: event.description,
      location: event.location,
      start: event.start,
      end: event.end,
      status: event.status,
      attendees: event.attendees,
      privateProperties: event.privateProperties,
      ...(event.colorId ? { colorId: event.colorId } : {}),
    });
    const created = api().Events?.insert(resource, calendarId, {
      sendUpdates: notify ? 'all' : 'none',
    });
    if (!created?.id) throw new Error('Acara agenda tidak dapat dibuat');
    return created.id;
  },
  patch: (calendarId, eventId, changes, notify) => {
    api().Events?.patch(toApi(changes), calendarId, eventId, {
      sendUpdates: notify ? 'all' : 'none',
    });
  },
  get: (calendarId, eventId) => {
    try {
      const event = api().Events?.get(calendarId, eventId);
      return event ? fromApi(event) : null;
    } catch (error) {
      if (httpCode(error) === 404 || httpCode(error) === 410) return null;
      throw error;
    }
  },
  changes: (calendarId, syncToken): CalendarChanges | null => {
    const events: AgendaEvent[] = [];
    const deleted: string[] = [];
    let pageToken: string | undefined;
    let nextSyncToken = '';
    try {
      do {
        const page = api().Events?.list(calendarId, {
          ...(syncToken ? { syncToken } : { showDeleted: false }),
          ...(pageToken ? { pageToken } : {}),
          maxResults: 2500,
        });
        for (const item of page?.items ?? []) {
          if (item.status === 'cancelled' && item.id) deleted.push(item.id);
          else events.push(fromApi(item));
        }
        pageToken = page?.nextPageToken ?? undefined;
        nextSyncToken = page?.nextSyncToken ?? nextSyncToken;
      } while (pageToken);
    } catch (error) {
      // 410 Gone: Google expired the token; the caller does a full sync.
      if (syncToken && httpCode(error) === 410) return null;
      throw error;
    }
    return { events, deleted, nextSyncToken };
  },
  acl: (calendarId) =>
    (api().Acl?.list(calendarId).items ?? []).flatMap((rule) =>
      rule.scope?.type === 'user' && rule.scope.value && rule.role
        ? [{ email: rule.scope.value.toLowerCase(), role: rule.role as CalendarRole }]
        : [],
    ),
  share: (calendarId, email, role) => {
    api().Acl?.insert({ role, scope: { type: 'user', value: email } }, calendarId, {
      sendNotifications: false,
    });
  },
  unshare: (calendarId, email) => {
    api().Acl?.remove(calendarId, `user:${email}`);
  },
};
