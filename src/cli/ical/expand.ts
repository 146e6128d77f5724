/**
 * An iCalendar file (RFC 5545) as the occurrences that fall in a window, for the agenda CLI.
 * ical.js parses the file, resolves TZIDs against the file's own VTIMEZONEs and generates RRULE
 * dates; this module combines them with RDATE, EXDATE and RECURRENCE-ID overrides itself, by
 * absolute instant, because ical.js's RecurExpansion and Event.relateException compare times
 * as local strings of one zone: an EXDATE written in UTC for a series in Asia/Jakarta, or an
 * override whose RECURRENCE-ID uses another TZID, would silently fail to match.
 */
import ICAL from 'ical.js';
import { UserError } from '../../core/errors';
import { DEFAULT_ZONE, isIanaZone, msToWall, resolveTzid, wallToMs } from './zones';

type Component = ICAL.Component;
type Property = ICAL.Property;
type Time = ICAL.Time;

export interface Occurrence {
  readonly uid: string;
  /** Epoch ms. */
  readonly start: number;
  readonly end: number;
  readonly allDay: boolean;
  /** STATUS:CANCELLED. */
  readonly cancelled: boolean;
  /** TRANSP:TRANSPARENT (shown as free). */
  readonly transparent: boolean;
  readonly summary: string;
  readonly location: string;
  readonly categories: readonly string[];
  /** ATTENDEE and ORGANIZER addresses (without mailto:) and CN names, lower case; decliners left out. */
  readonly people: readonly string[];
}

export interface ExpandOptions {
  /** Window [from, to) in epoch ms; an occurrence is kept when it intersects it. */
  readonly from: number;
  readonly to: number;
  /** Zone for floating times and all-day dates; default X-WR-TIMEZONE, else Asia/Jakarta. */
  readonly floatingZone?: string;
}

/**
 * An RRULE is only iterated up to --to, but one starting long before --from (FREQ=MINUTELY
 * since 2010) would still take minutes; past this many dates the user is told to look closer.
 */
export const MAX_DATES_PER_RULE = 200_000;

const DAY_MS = 86_400_000;

/** Every VCALENDAR in the text (a file may hold several), or a UserError saying what is wrong. */
export function parseCalendars(text: string): Component[] {
  const clean = text.replace(/^\uFEFF/, '');
  if (!/\S/.test(clean)) {
    throw new UserError(
      '--ics: berkas kosong; isi dengan iCalendar (.ics) yang diawali BEGIN:VCALENDAR.',
      'ics',
    );
  }
  // ical.js accepts any text that happens to parse (a JSON file fails deep inside it with a
  // TypeError), so the shape is checked first to say plainly what the file is not.
  const firstLine = clean.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (!/^BEGIN:VCALENDAR\s*$/i.test(firstLine)) {
    const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
    throw new UserError(
      `--ics: bukan berkas iCalendar; baris pertama harus BEGIN:VCALENDAR, bukan "${shown.trim()}".`,
      'ics',
    );
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(clean);
  } catch (error) {
    throw new UserError(`--ics: berkas iCalendar tidak valid: ${explainParseError(error)}`, 'ics');
  }
  // One component parses to ['vcalendar', props, children]; several to a list of those.
  const list = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed;
  if (!Array.isArray(list) || list.length === 0) {
    throw new UserError('--ics: tidak ada BEGIN:VCALENDAR; ini bukan berkas iCalendar.', 'ics');
  }
  return list.map((jcal) => {
    const component = new ICAL.Component(jcal as unknown[]);
    if (component.name !== 'vcalendar') {
      throw new UserError(
        `--ics: komponen teratas harus VCALENDAR, bukan ${component.name.toUpperCase()}.`,
        'ics',
      );
    }
    return component;
  });
}

function explainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/component began but did not end/i.test(message)) {
    return 'ada BEGIN tanpa END yang sepadan (berkas terpotong atau END salah urutan).';
  }
  const line = /invalid line \(no token ";" or ":"\)\s*"?(.*?)"?$/i.exec(message);
  if (line) return `baris "${line[1]}" tidak berbentuk NAMA:NILAI.`;
  return `nilai tidak valid (${message}).`;
}

interface Context {
  readonly floatingZone: string;
  readonly zones: Map<string, string | null>;
  readonly options: ExpandOptions;
}

/** The occurrences of every VEVENT in the window, in no particular order. */
export function expandCalendars(
  calendars: readonly Component[],
  options: ExpandOptions,
): Occurrence[] {
  const out: Occurrence[] = [];
  const zones = new Map<string, string | null>();
  for (const calendar of calendars) {
    const calendarZone = text(calendar, 'x-wr-timezone').trim();
    const floatingZone =
      options.floatingZone ?? (isIanaZone(calendarZone) ? calendarZone : DEFAULT_ZONE);
    const context: Context = { floatingZone, zones, options };
    const groups = new Map<string, { masters: Component[]; overrides: Component[] }>();
    calendar.getAllSubcomponents('vevent').forEach((event, index) => {
      const uid = text(event, 'uid').trim();
      if (uid === '') {
        throw new UserError(`--ics: VEVENT ke-${index + 1} tidak punya UID.`, 'ics');
      }
      let group = groups.get(uid);
      if (!group) {
        group = { masters: [], overrides: [] };
        groups.set(uid, group);
      }
      (event.hasProperty('recurrence-id') ? group.overrides : group.masters).push(event);
    });
    for (const [uid, group] of groups) {
      try {
        expandGroup(uid, group.masters, group.overrides, context, out);
      } catch (error) {
        if (error instanceof UserError) throw error;
        const detail = error instanceof Error ? error.message : String(error);
        throw new UserError(`--ics: VEVENT UID "${uid}": nilai tidak valid (${detail}).`, 'ics');
      }
    }
  }
  // The same meeting exported from two calendars in one file is one meeting, not a clash.
  const seen = new Set<string>();
  return out.filter((o) => {
    const key = `${o.uid}\u0000${o.start}\u0000${o.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function expandGroup(
  uid: string,
  masters: readonly Component[],
  overrides: readonly Component[],
  context: Context,
  out: Occurrence[],
): void {
  const master = newest(masters);
  const series = master ? readSeries(uid, master, context) : null;

  // Two versions of one override (re-sent invitations): the newer SEQUENCE wins.
  const byRecurrenceId = new Map<number, { component: Component; date: string }>();
  for (const component of [...overrides].sort(bySequence)) {
    const property = component.getFirstProperty('recurrence-id') as Property;
    const time = property.getFirstValue() as Time;
    byRecurrenceId.set(instant(time, property, uid, context), {
      component,
      date: dateKey(time),
    });
  }

  const push = (component: Component, start: number, end: number, allDay: boolean) => {
    const { from, to } = context.options;
    const inside = end > start ? start < to && end > from : start >= from && start < to;
    if (inside) out.push(describe(uid, component, master, start, end, allDay));
  };

  if (master && series) {
    for (const [start, date] of series.starts) {
      if (series.excluded(start, date) || byRecurrenceId.has(start)) continue;
      push(master, start, series.ends.get(start) ?? start + series.duration, series.allDay);
    }
  }
  for (const [recurrenceId, { component, date }] of byRecurrenceId) {
    // An occurrence both excluded and overridden stays excluded: that is what clients show
    // after an edited occurrence is deleted.
    if (series?.excluded(recurrenceId, date)) continue;
    const property = component.getFirstProperty('dtstart');
    const time = property ? (property.getFirstValue() as Time) : null;
    const start = property && time ? instant(time, property, uid, context) : recurrenceId;
    const allDay = time ? time.isDate : (series?.allDay ?? false);
    const own = ownDuration(uid, component, start, context);
    push(component, start, start + (own ?? series?.duration ?? (allDay ? DAY_MS : 0)), allDay);
  }
}

interface Series {
  readonly allDay: boolean;
  readonly duration: number;
  /** Occurrence start (epoch ms) → its local date "YYYY-MM-DD", for DATE-valued EXDATEs. */
  readonly starts: Map<number, string>;
  /** Ends that differ from start + duration (RDATE;VALUE=PERIOD). */
  readonly ends: Map<number, number>;
  excluded(start: number, date: string): boolean;
}

function readSeries(uid: string, master: Component, context: Context): Series {
  const dtstartProperty = master.getFirstProperty('dtstart');
  if (!dtstartProperty)
    throw new UserError(`--ics: VEVENT UID "${uid}" tidak punya DTSTART.`, 'ics');
  const dtstart = dtstartProperty.getFirstValue() as Time;
  const first = instant(dtstart, dtstartProperty, uid, context);
  const allDay = dtstart.isDate;
  const duration = ownDuration(uid, master, first, context) ?? (allDay ? DAY_MS : 0);

  // DTSTART always counts as the first occurrence (RFC 5545 3.8.5.3), synchronised or not.
  const starts = new Map<number, string>([[first, dateKey(dtstart)]]);
  const ends = new Map<number, number>();
  const to = context.options.to;

  for (const property of master.getAllProperties('rrule')) {
    const rule = (property.getFirstValue() as ICAL.Recur).clone();
    if (neverMatches(rule)) continue;
    if (rule.freq === 'SECONDLY' && COARSE_PARTS.some((p) => rule.getComponent(p).length > 0)) {
      // ical.js steps one second at a time to the next allowed day or month: a month away is
      // 2.6 million steps inside one call, which no count limit can interrupt.
      throw new UserError(
        `--ics: VEVENT UID "${uid}": RRULE FREQ=SECONDLY dengan BYMONTH/BYWEEKNO/BYYEARDAY/BYMONTHDAY/BYDAY tidak didukung.`,
        'ics',
      );
    }
    fixUntil(rule, dtstart, dtstartProperty, uid, context);
    const iterator = rule.iterator(dtstart);
    // Only up to --to: a rule without COUNT or UNTIL never ends on its own.
    for (let count = 0; ; count++) {
      const time = iterator.next();
      if (!time) break;
      const start = instant(time, dtstartProperty, uid, context);
      if (start >= to) break;
      if (count >= MAX_DATES_PER_RULE) {
        throw new UserError(
          `--ics: VEVENT UID "${uid}": RRULE menghasilkan lebih dari ${MAX_DATES_PER_RULE} kejadian antara DTSTART dan --to; pilih --to yang lebih awal atau perbaiki RRULE.`,
          'ics',
        );
      }
      starts.set(start, dateKey(time));
    }
  }

  for (const property of master.getAllProperties('rdate')) {
    for (const value of property.getValues() as (Time | ICAL.Period)[]) {
      if (value instanceof ICAL.Period) {
        const start = instant(value.start, property, uid, context);
        starts.set(start, dateKey(value.start));
        ends.set(start, instant(value.getEnd(), property, uid, context));
      } else {
        starts.set(instant(value, property, uid, context), dateKey(value));
      }
    }
  }

  const excludedInstants = new Set<number>();
  const excludedDates = new Set<string>();
  for (const property of master.getAllProperties('exdate')) {
    for (const value of property.getValues() as Time[]) {
      // A DATE EXDATE on a timed series removes whatever occurs on that day.
      if (value.isDate) excludedDates.add(dateKey(value));
      else excludedInstants.add(instant(value, property, uid, context));
    }
  }
  return {
    allDay,
    duration,
    starts,
    ends,
    excluded: (start, date) => excludedInstants.has(start) || excludedDates.has(date),
  };
}

const COARSE_PARTS = ['bymonth', 'byweekno', 'byyearday', 'bymonthday', 'byday'] as const;

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A BYMONTHDAY no month of BYMONTH has (BYMONTH=2;BYMONTHDAY=30): the rule adds no dates. Worth
 * checking because ical.js loops without end on such a rule at FREQ=DAILY and finer, and
 * invents 1 March for it at FREQ=YEARLY.
 */
function neverMatches(rule: ICAL.Recur): boolean {
  const days = rule.getComponent('bymonthday').map(Number);
  if (days.length === 0) return false;
  const months = rule.getComponent('bymonth').map(Number);
  const monthsToCheck = months.length > 0 ? months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return !monthsToCheck.some((month) => {
    const length = MONTH_DAYS[month - 1] ?? 0;
    return days.some((day) => day !== 0 && Math.abs(day) <= length);
  });
}

/**
 * ical.js compares UNTIL with each date in the dates' own zone. When DTSTART's zone is one
 * ical.js could not resolve (floating, or a TZID without VTIMEZONE that we resolve through
 * IANA), it treats the dates as UTC, so a UTC UNTIL (Google writes the last start in UTC)
 * would cut off the last occurrence. Rewriting UNTIL as wall time in our zone keeps it.
 */
function fixUntil(
  rule: ICAL.Recur,
  dtstart: Time,
  property: Property,
  uid: string,
  context: Context,
): void {
  const until = rule.until;
  if (!until || until.isDate || !isFloating(dtstart) || isFloating(until)) return;
  const zone = dtstart.isDate ? context.floatingZone : zoneOf(property, uid, context);
  const wall = msToWall(until.toUnixTime() * 1000, zone);
  rule.until = dtstart.isDate
    ? ICAL.Time.fromData({ year: wall.year, month: wall.month, day: wall.day, isDate: true })
    : ICAL.Time.fromData({ ...wall, isDate: false });
}

/** DTEND − DTSTART or DURATION in ms, or null when the component has neither. */
function ownDuration(
  uid: string,
  component: Component,
  start: number,
  context: Context,
): number | null {
  const endProperty = component.getFirstProperty('dtend');
  if (endProperty) {
    const end = instant(endProperty.getFirstValue() as Time, endProperty, uid, context);
    if (end < start) {
      throw new UserError(`--ics: VEVENT UID "${uid}": DTEND lebih awal dari DTSTART.`, 'ics');
    }
    return end - start;
  }
  const duration = component.getFirstPropertyValue('duration') as ICAL.Duration | null;
  if (duration) {
    const ms = duration.toSeconds() * 1000;
    if (ms < 0) throw new UserError(`--ics: VEVENT UID "${uid}": DURATION negatif.`, 'ics');
    return ms;
  }
  return null;
}

const isFloating = (time: Time) => !time.zone || time.zone.tzid === 'floating';

/**
 * Epoch ms of a DATE or DATE-TIME value. ical.js converts UTC values and those whose TZID the
 * file defines; the rest are wall times we place in a zone ourselves: the property's TZID
 * (IANA, Windows or Outlook display name) or, for floating times and dates, the floating zone.
 */
function instant(time: Time, property: Property, uid: string, context: Context): number {
  if (!time.isDate && !isFloating(time)) return time.toUnixTime() * 1000;
  const zone = time.isDate ? context.floatingZone : zoneOf(property, uid, context);
  return wallToMs(time, zone);
}

function zoneOf(property: Property, uid: string, context: Context): string {
  const tzid = property.getFirstParameter('tzid');
  if (!tzid) return context.floatingZone;
  let zone = context.zones.get(tzid);
  if (zone === undefined) {
    zone = resolveTzid(tzid);
    context.zones.set(tzid, zone);
  }
  if (zone === null) {
    throw new UserError(
      `--ics: VEVENT UID "${uid}": zona waktu TZID="${tzid}" tidak didefinisikan di VTIMEZONE dan tidak dikenal.`,
      'ics',
    );
  }
  return zone;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date of a DATE or DATE-TIME value as written, "2024-05-06". */
const dateKey = (time: Time) => `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;

function text(component: Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
}

const sequence = (component: Component) => {
  const value = Number(component.getFirstPropertyValue('sequence'));
  return Number.isFinite(value) ? value : 0;
};

/** Ascending SEQUENCE, file order kept for ties (sort is stable): the last one wins. */
const bySequence = (x: Component, y: Component) => sequence(x) - sequence(y);

function newest(components: readonly Component[]): Component | undefined {
  const sorted = [...components].sort(bySequence);
  return sorted[sorted.length - 1];
}

/**
 * What the rules can match on. An override is usually a full copy of the event, but some
 * servers send only what changed, so a property it lacks is taken from the series.
 */
function describe(
  uid: string,
  component: Component,
  master: Component | undefined,
  start: number,
  end: number,
  allDay: boolean,
): Occurrence {
  const pick = (name: string) =>
    component.hasProperty(name) || !master ? component : (master as Component);
  return {
    uid,
    start,
    end,
    allDay,
    cancelled: text(component, 'status').trim().toUpperCase() === 'CANCELLED',
    transparent: text(component, 'transp').trim().toUpperCase() === 'TRANSPARENT',
    summary: text(pick('summary'), 'summary'),
    location: text(pick('location'), 'location'),
    categories: pick('categories')
      .getAllProperties('categories')
      .flatMap((p) => p.getValues().map((v) => String(v).trim()))
      .filter((v) => v !== ''),
    people: people(pick('attendee'), pick('organizer')),
  };
}

function people(attendees: Component, organizer: Component): string[] {
  const result: string[] = [];
  const add = (property: Property) => {
    // Someone who declined is not going: the clash is not theirs.
    if (String(property.getFirstParameter('partstat') ?? '').toUpperCase() === 'DECLINED') return;
    const address = String(property.getFirstValue() ?? '')
      .replace(/^mailto:/i, '')
      .trim()
      .toLowerCase();
    const name = String(property.getFirstParameter('cn') ?? '')
      .trim()
      .toLowerCase();
    if (address !== '') result.push(address);
    if (name !== '') result.push(name);
  };
  for (const property of attendees.getAllProperties('attendee')) add(property);
  for (const property of organizer.getAllProperties('organizer')) add(property);
  return result;
}
