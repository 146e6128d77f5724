/**
 * An agenda item on the shared calendar. The event carries the item's metadata and status in
 * private extended properties, so that it survives edits made directly in Google Calendar
 * (which keeps private properties) and an event can always be traced back to its register row.
 *
 * Google limits a property key to 44 characters and a value to 1,024; long values (notes,
 * guest lists, document links) are therefore split over numbered keys: `pc.notes`,
 * `pc.notes.1`, `pc.notes.2`, …
 */
import type { AgendaItem } from './item';
import { type AgendaStatus, isAgendaStatus } from './status';

/** The part of a Calendar API event resource the agenda writes and reads. */
export interface AgendaEvent {
  readonly id?: string;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  /** Epoch ms. */
  readonly start: number;
  readonly end: number;
  readonly colorId?: string;
  /** 'tentative' until the leader confirms; 'cancelled' for a rejected or cancelled item. */
  readonly status: 'confirmed' | 'tentative' | 'cancelled';
  readonly attendees: readonly string[];
  readonly privateProperties: Readonly<Record<string, string>>;
  /** Epoch ms of the last change (read only). */
  readonly updated?: number;
}

const PREFIX = 'pc.';
const CHUNK = 1000;
const LIST_SEPARATOR = '\n';

/** Property keys of one item; `id` and `status` are what queries filter on. */
export const ID_PROPERTY = `${PREFIX}id`;
export const STATUS_PROPERTY = `${PREFIX}status`;

const SCALAR_FIELDS = {
  title: (i: AgendaItem) => i.title,
  type: (i: AgendaItem) => i.activityType,
  venue: (i: AgendaItem) => i.location.venue,
  desa: (i: AgendaItem) => i.location.desa,
  kecamatan: (i: AgendaItem) => i.location.kecamatan,
  unit: (i: AgendaItem) => i.unit,
  picName: (i: AgendaItem) => i.pic.name,
  picPhone: (i: AgendaItem) => i.pic.phone,
  picEmail: (i: AgendaItem) => i.pic.email,
  leaders: (i: AgendaItem) => i.leaders.join(LIST_SEPARATOR),
  invNo: (i: AgendaItem) => i.invitation?.number ?? '',
  invDate: (i: AgendaItem) => i.invitation?.date ?? '',
  docs: (i: AgendaItem) => i.documents.join(LIST_SEPARATOR),
  guests: (i: AgendaItem) => i.guests.join(LIST_SEPARATOR),
  notes: (i: AgendaItem) => i.notes,
  reason: (i: AgendaItem) => i.reason ?? '',
  delegate: (i: AgendaItem) => i.delegate ?? '',
} as const;

type FieldName = keyof typeof SCALAR_FIELDS;

/** Splits `value` over `key`, `key.1`, `key.2`, … (an empty value writes nothing). */
function writeChunked(target: Record<string, string>, key: string, value: string): void {
  let start = 0;
  for (let part = 0; start < value.length; part += 1) {
    let end = Math.min(start + CHUNK, value.length);
    // Never split a surrogate pair: Calendar would store half a character.
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    target[part === 0 ? key : `${key}.${part}`] = value.slice(start, end);
    start = end;
  }
}

function readChunked(source: Readonly<Record<string, string>>, key: string): string {
  let value = source[key] ?? '';
  for (let part = 1; source[`${key}.${part}`] !== undefined; part += 1) {
    value += source[`${key}.${part}`];
  }
  return value;
}

/** The private properties that describe `item` (every key this module owns, in PREFIX). */
export function itemProperties(item: AgendaItem): Record<string, string> {
  const props: Record<string, string> = {
    [ID_PROPERTY]: item.id,
    [STATUS_PROPERTY]: item.status,
  };
  for (const [name, read] of Object.entries(SCALAR_FIELDS)) {
    writeChunked(props, `${PREFIX}${name}`, read(item));
  }
  return props;
}

/**
 * The properties to PATCH so the event holds exactly `wanted` (as made by itemProperties):
 * Calendar merges private properties on patch, so keys no longer needed (a shorter note's
 * extra chunks, a cleared delegate) are sent as null to delete them. Keys of other tools,
 * outside this module's prefix, are left alone.
 */
export function propertiesPatch(
  wanted: Readonly<Record<string, string>>,
  current: Readonly<Record<string, string>>,
): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const key of Object.keys(current)) {
    if (key.startsWith(PREFIX) && !(key in wanted)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(wanted)) {
    if (current[key] !== value) patch[key] = value;
  }
  return patch;
}

const list = (text: string) => (text === '' ? [] : text.split(LIST_SEPARATOR));

/**
 * The item an event describes: metadata from its properties, times from the event itself (a
 * time moved in Google Calendar is the new time). null when the event carries no agenda id.
 */
export function itemFromEvent(event: AgendaEvent): AgendaItem | null {
  const props = event.privateProperties;
  const id = props[ID_PROPERTY];
  if (!id) return null;
  const field = (name: FieldName) => readChunked(props, `${PREFIX}${name}`);
  const status = props[STATUS_PROPERTY] ?? '';
  const invNo = field('invNo');
  const reason = field('reason');
  const delegate = field('delegate');
  return {
    id,
    title: field('title'),
    activityType: field('type'),
    start: event.start,
    end: event.end,
    location: { venue: field('venue'), desa: field('desa'), kecamatan: field('kecamatan') },
    unit: field('unit'),
    pic: { name: field('picName'), phone: field('picPhone'), email: field('picEmail') },
    leaders: list(field('leaders')),
    invitation: invNo === '' ? null : { number: invNo, date: field('invDate') },
    documents: list(field('docs')),
    guests: list(field('guests')),
    notes: field('notes'),
    status: isAgendaStatus(status) ? status : 'DIJADWALKAN',
    ...(reason === '' ? {} : { reason }),
    ...(delegate === '' ? {} : { delegate }),
  };
}

/** Whether the item's calendar event shows it as confirmed, pending, or gone. */
export function eventStatusOf(status: AgendaStatus): AgendaEvent['status'] {
  if (status === 'DITOLAK' || status === 'DIBATALKAN') return 'cancelled';
  if (status === 'DIKONFIRMASI' || status === 'DIPUBLIKASIKAN' || status === 'DIWAKILKAN') {
    return 'confirmed';
  }
  return 'tentative';
}
