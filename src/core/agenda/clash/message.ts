/**
 * The Indonesian sentence for a clash, as the protocol team reads it in the agenda:
 * "Bupati: «Upacara» tumpang tindih 30 menit dengan «Rapat Koordinasi» (09.30–10.00 WIB)".
 * Times are always WIB (Asia/Jakarta), whatever the machine's zone.
 */
import { tzOffset } from '@date-fns/tz';
import type { Month } from 'date-fns';
import { id as indonesian } from 'date-fns/locale/id';
import type { ClashKind, TimedItem } from '../clashes';

const ZONE = 'Asia/Jakarta';
const MINUTE_MS = 60_000;

export interface ClashFacts {
  readonly kind: ClashKind;
  readonly leader: string | null;
  readonly a: TimedItem;
  readonly b: TimedItem;
  readonly start: number;
  readonly end: number;
  /** The minutes the rule asks for (buffer or travel); unused for overlap and venue. */
  readonly needMinutes: number;
}

/** "45 menit", "2 jam", "1 jam 30 menit". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} menit`;
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} menit`;
}

/**
 * Wall-clock parts in Jakarta: the zone's offset at that instant applied once, then UTC getters.
 * date-fns `format` on a TZDate costs ~50 µs a call and dominated findClashes on a busy year
 * (thousands of clashes); this is ~3 µs and still follows the zone's history.
 */
function jakarta(ms: number) {
  const at = new Date(ms + tzOffset(ZONE, new Date(ms)) * MINUTE_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = at.getUTCMonth() as Month;
  return {
    day: `${at.getUTCFullYear()}-${month}-${at.getUTCDate()}`,
    time: `${pad(at.getUTCHours())}.${pad(at.getUTCMinutes())}`,
    date: `${at.getUTCDate()} ${indonesian.localize.month(month, { width: 'abbreviated', context: 'formatting' })}`,
  };
}

/** "09.30–10.00 WIB"; one time for an empty gap; dates too when the interval crosses midnight. */
export function formatRange(start: number, end: number): string {
  const from = jakarta(start);
  if (start === end) return `${from.time} WIB`;
  const to = jakarta(end);
  return from.day === to.day
    ? `${from.time}–${to.time} WIB`
    : `${from.date} ${from.time}–${to.date} ${to.time} WIB`;
}

export function clashMessage(facts: ClashFacts, titles?: ReadonlyMap<string, string>): string {
  const { a, b, start, end } = facts;
  const title = (item: TimedItem) => `«${titles?.get(item.id) ?? item.id}»`;
  const range = formatRange(start, end);
  // Overlaps round up so that a few seconds never read as "0 menit"; gaps round down so that
  // a 29.5-minute gap is never shown as meeting a 30-minute rule; the rule's need rounds up.
  const overlap = formatMinutes(Math.ceil((end - start) / MINUTE_MS));
  const gap = formatMinutes(Math.floor((end - start) / MINUTE_MS));
  const need = formatMinutes(Math.ceil(facts.needMinutes));
  switch (facts.kind) {
    case 'overlap':
      return `${facts.leader}: ${title(a)} tumpang tindih ${overlap} dengan ${title(b)} (${range})`;
    case 'travel':
      return (
        `${facts.leader}: jeda ${gap} dari ${title(a)} (${a.kecamatan}) ke ${title(b)} ` +
        `(${b.kecamatan}), kurang dari waktu tempuh ${need} (${range})`
      );
    case 'buffer':
      return (
        `${facts.leader}: jeda ${gap} antara ${title(a)} dan ${title(b)}, ` +
        `kurang dari jeda minimal ${need} (${range})`
      );
    case 'venue':
      return (
        `${displayVenue(a.venue ?? '')}: ${title(a)} dan ${title(b)} memakai tempat yang sama, ` +
        `tumpang tindih ${overlap} (${range})`
      );
  }
}

const displayVenue = (venue: string) => venue.trim().replace(/\s+/g, ' ');
