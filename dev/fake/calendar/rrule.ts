/**
 * Recurrence expansion for `recurrence: ['RRULE:…', 'EXDATE…']`, the subset of RFC 5545 this
 * product uses: FREQ=DAILY|WEEKLY|MONTHLY with INTERVAL, COUNT, UNTIL, BYDAY (MONTHLY also
 * with ordinals like 1MO / -1FR), BYMONTHDAY and WKST, plus EXDATE. Anything else (YEARLY,
 * BYSETPOS, RDATE, …) is rejected loudly rather than expanded wrongly. Expansion happens on
 * local dates in the event's zone so a 09:00 meeting stays at 09:00 local; DTSTART always counts
 * as the first occurrence (RFC 5545 §3.3.10).
 */
import { DAY_MS, fromWallTime, type LocalFields, toWallTime } from '../zone';
import { dayNumber, fromDayNumber, weekdayOf } from './zone';

export class RecurrenceError extends Error {}

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY';

interface ByDay {
  weekday: number;
  ordinal?: number;
}

export interface Recurrence {
  freq: Freq;
  interval: number;
  count?: number;
  untilMs?: number;
  untilDay?: number;
  byDay?: ByDay[];
  byMonthDay?: number[];
  wkst: number;
  exMs: Set<number>;
  exDays: Set<number>;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST']);
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

function weekday(code: string): number {
  const i = WEEKDAYS.indexOf(code);
  if (i < 0) throw new RecurrenceError(`Invalid recurrence rule: BYDAY ${code}`);
  return i;
}

/** A compact RFC 5545 date or date-time: `20261201`, `20261201T090000Z`, or local with a zone. */
function parseCompact(value: string, zone: string): { ms?: number; day?: number } {
  const m = COMPACT.exec(value);
  if (!m) throw new RecurrenceError(`Invalid recurrence rule: ${value}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return { day: dayNumber(year, month, day) };
  const fields: LocalFields = {
    year,
    month,
    day,
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6]),
  };
  if (m[7]) {
    return { ms: Date.UTC(year, month - 1, day, fields.hour, fields.minute, fields.second) };
  }
  return { ms: fromWallTime(fields, zone) };
}

export function parseRecurrence(lines: readonly string[], zone: string): Recurrence | undefined {
  let rule: Recurrence | undefined;
  const exMs = new Set<number>();
  const exDays = new Set<number>();
  for (const raw of lines) {
    const line = String(raw).trim();
    const colon = line.indexOf(':');
    const head = (colon < 0 ? line : line.slice(0, colon)).toUpperCase();
    const body = colon < 0 ? '' : line.slice(colon + 1);
    const name = head.split(';')[0];
    if (name === 'RRULE') {
      if (rule) throw new RecurrenceError('The fake Calendar supports one RRULE per event.');
      rule = parseRule(body, zone);
    } else if (name === 'EXDATE') {
      const paramZone = /;TZID=([^;:]+)/i.exec(line)?.[1] ?? zone;
      for (const value of body.split(',')) {
        const parsed = parseCompact(value.trim(), paramZone);
        if (parsed.ms !== undefined) exMs.add(parsed.ms);
        if (parsed.day !== undefined) exDays.add(parsed.day);
      }
    } else {
      throw new RecurrenceError(`The fake Calendar does not support recurrence lines like ${line}`);
    }
  }
  if (!rule) return undefined;
  rule.exMs = exMs;
  rule.exDays = exDays;
  return rule;
}

function parseRule(body: string, zone: string): Recurrence {
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const [k, v] = part.split('=');
    if (!k || v === undefined) throw new RecurrenceError(`Invalid recurrence rule: ${body}`);
    const key = k.toUpperCase();
    if (!SUPPORTED.has(key)) {
      throw new RecurrenceError(`The fake Calendar does not support ${key} in RRULE (${body})`);
    }
    parts.set(key, v.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    throw new RecurrenceError(`The fake Calendar supports FREQ=DAILY|WEEKLY|MONTHLY, not ${freq}`);
  }
  const interval = Number(parts.get('INTERVAL') ?? 1);
  if (!Number.isInteger(interval) || interval < 1) {
    throw new RecurrenceError(`Invalid recurrence rule: INTERVAL ${parts.get('INTERVAL')}`);
  }
  const rec: Recurrence = {
    freq,
    interval,
    wkst: weekday(parts.get('WKST') ?? 'MO'),
    exMs: new Set(),
    exDays: new Set(),
  };
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) {
    throw new RecurrenceError('Invalid recurrence rule: COUNT and UNTIL together');
  }
  if (count !== undefined) {
    rec.count = Number(count);
    if (!Number.isInteger(rec.count) || rec.count < 1) {
      throw new RecurrenceError(`Invalid recurrence rule: COUNT ${count}`);
    }
  }
  if (until !== undefined) {
    const parsed = parseCompact(until, zone);
    if (parsed.ms !== undefined) rec.untilMs = parsed.ms;
    if (parsed.day !== undefined) rec.untilDay = parsed.day;
  }
  const byDay = parts.get('BYDAY');
  if (byDay) {
    rec.byDay = byDay.split(',').map((d) => {
      const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(d);
      if (!m?.[2]) throw new RecurrenceError(`Invalid recurrence rule: BYDAY ${d}`);
      if (m[1] !== undefined && freq !== 'MONTHLY') {
        throw new RecurrenceError(`Invalid recurrence rule: ordinal BYDAY needs FREQ=MONTHLY`);
      }
      return m[1] === undefined
        ? { weekday: weekday(m[2]) }
        : { weekday: weekday(m[2]), ordinal: Number(m[1]) };
    });
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay) {
    rec.byMonthDay = byMonthDay.split(',').map(Number);
    if (rec.byMonthDay.some((d) => !Number.isInteger(d) || d === 0 || d < -31 || d > 31)) {
      throw new RecurrenceError(`Invalid recurrence rule: BYMONTHDAY ${byMonthDay}`);
    }
  }
  return rec;
}

export interface Occurrence {
  startMs: number;
  endMs: number;
}

export interface Series {
  startMs: number;
  endMs: number;
  allDay: boolean;
  /** Zone of the wall clock the series repeats in. */
  zone: string;
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Candidate local dates of one period (a day, a week, a month), in order. */
function* periods(rec: Recurrence, first: number): Generator<number[]> {
  if (rec.freq === 'DAILY') {
    for (let day = first; ; day += rec.interval) yield [day];
  }
  if (rec.freq === 'WEEKLY') {
    const targets = (rec.byDay?.map((d) => d.weekday) ?? [weekdayOf(first)])
      .map((wd) => (wd - rec.wkst + 7) % 7)
      .sort((a, b) => a - b);
    const weekStart = first - ((weekdayOf(first) - rec.wkst + 7) % 7);
    for (let w = weekStart; ; w += 7 * rec.interval) yield targets.map((offset) => w + offset);
  }
  const start = fromDayNumber(first);
  for (let k = 0; ; k += rec.interval) {
    const monthIndex = start.month - 1 + k;
    const year = start.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const length = daysInMonth(year, month);
    const firstDay = dayNumber(year, month, 1);
    const days: number[] = [];
    if (rec.byDay) {
      for (const { weekday: wd, ordinal } of rec.byDay) {
        const all: number[] = [];
        for (let d = 0; d < length; d++) if (weekdayOf(firstDay + d) === wd) all.push(firstDay + d);
        if (ordinal === undefined) days.push(...all);
        else {
          const pick = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
          if (pick !== undefined) days.push(pick);
        }
      }
    } else {
      const monthDays = rec.byMonthDay ?? [start.day];
      for (const md of monthDays) {
        const dom = md > 0 ? md : length + md + 1;
        if (dom >= 1 && dom <= length) days.push(firstDay + dom - 1);
      }
    }
    yield [...new Set(days)].sort((a, b) => a - b);
  }
}

/**
 * Occurrences of a series starting before `horizonMs`, at most `max` of them. The first one is
 * the series' own start.
 */
export function expand(
  rec: Recurrence,
  series: Series,
  horizonMs: number,
  max = 5000,
): Occurrence[] {
  const local = toWallTime(series.startMs, series.zone);
  const first = dayNumber(local.year, local.month, local.day);
  const durationMs = series.endMs - series.startMs;
  const durationDays = Math.round(durationMs / DAY_MS);
  const startOf = (day: number): number => {
    const d = fromDayNumber(day);
    return fromWallTime(
      series.allDay
        ? { ...d, hour: 0, minute: 0, second: 0 }
        : { ...d, hour: local.hour, minute: local.minute, second: local.second },
      series.zone,
    );
  };
  const endOf = (day: number, startMs: number): number =>
    series.allDay ? startOf(day + durationDays) : startMs + durationMs;

  const out: Occurrence[] = [];
  let generated = 0;
  const accept = (day: number): boolean => {
    const startMs = startOf(day);
    if (rec.untilMs !== undefined && startMs > rec.untilMs) return false;
    if (rec.untilDay !== undefined && day > rec.untilDay) return false;
    if (startMs >= horizonMs) return false;
    generated += 1;
    const excluded = rec.exMs.has(startMs) || rec.exDays.has(day);
    if (!excluded) out.push({ startMs, endMs: endOf(day, startMs) });
    return rec.count === undefined || generated < rec.count;
  };

  if (!accept(first)) return out;
  let guard = 0;
  for (const days of periods(rec, first)) {
    for (const day of days) {
      if (day <= first) continue;
      if (rec.freq === 'DAILY' && !matchesFilters(rec, day)) continue;
      if (!accept(day) || out.length >= max) return out;
    }
    guard += 1;
    if (guard > 200_000) return out;
  }
  return out;
}

function matchesFilters(rec: Recurrence, day: number): boolean {
  if (rec.byDay && !rec.byDay.some((d) => d.weekday === weekdayOf(day))) return false;
  if (rec.byMonthDay) {
    const { year, month, day: dom } = fromDayNumber(day);
    const length = daysInMonth(year, month);
    if (!rec.byMonthDay.some((md) => (md > 0 ? md : length + md + 1) === dom)) return false;
  }
  return true;
}
