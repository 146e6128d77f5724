/**
 * The --rules file of `agenda conflicts`: which leader attends an event, where it is, what kind
 * of activity it is, and the ClashRules (buffers, travel, venue) for core/agenda/clashes.
 *
 * {
 *   "leaders": [
 *     { "id": "Bupati", "categories": ["Bupati"], "attendees": ["bupati@banyuwangikab.go.id"] },
 *     { "id": "Wakil Bupati", "summary": "\\bwabup\\b" }
 *   ],
 *   "defaultLeader": "Bupati",
 *   "kecamatan": [{ "id": "Genteng", "location": "genteng" }],
 *   "activityTypes": [{ "id": "upacara", "summary": "^upacara" }],
 *   "buffers": { "upacara": { "before": 30, "after": 15 }, "*": { "before": 0, "after": 10 } },
 *   "travel": { "Genteng": { "Banyuwangi": 45 } },
 *   "venue": true,
 *   "venueIgnore": "zoom|teams|daring"
 * }
 *
 * An entry matches an event when ANY of its criteria does: categories (a CATEGORIES value,
 * case-insensitive), attendees (an ATTENDEE or ORGANIZER e-mail or CN name who has not
 * declined, case-insensitive), location or summary (a case-insensitive regular expression).
 * Every matching leader attends; the first matching kecamatan and activity type win. Without
 * "leaders" every event belongs to one leader, as without --rules; with it, events no entry
 * matches go to "defaultLeader", or to nobody (then only venue clashes can involve them).
 * The venue is the LOCATION text (spacing and case ignored); "venueIgnore" drops online
 * "venues" such as Zoom that are not a room. Minutes for buffers and travel; travel is
 * symmetric unless both directions are given; the buffer key "*" is the default.
 */
import type { ClashRules, TimedItem } from '../../core/agenda/clashes';
import { UserError } from '../../core/errors';
import type { Occurrence } from './expand';

/** The leader every event belongs to when the rules do not say otherwise. */
export const SINGLE_LEADER = 'pimpinan';

export interface AgendaRules {
  readonly clashRules: ClashRules;
  /** The occurrence as findClashes sees it, under the given unique id. */
  toItem(occurrence: Occurrence, id: string): TimedItem;
}

/** Without --rules: one leader, no venues, no buffers or travel. */
export const DEFAULT_RULES: AgendaRules = {
  clashRules: { venue: false },
  toItem: (o, id) => ({ id, start: o.start, end: o.end, leaders: [SINGLE_LEADER] }),
};

const TOP_KEYS = [
  'leaders',
  'defaultLeader',
  'kecamatan',
  'activityTypes',
  'buffers',
  'travel',
  'venue',
  'venueIgnore',
] as const;
const ENTRY_KEYS = ['id', 'categories', 'attendees', 'location', 'summary'] as const;

interface Matcher {
  readonly id: string;
  test(occurrence: Occurrence): boolean;
}

/** "rules.leaders[0].summary: …", or "--rules: …" for the file as a whole. */
const fail = (field: string, message: string): never => {
  throw new UserError(`${field === '' ? '--rules' : `rules.${field}`}: ${message}`, 'rules');
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], field: string) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      fail(
        field === '' ? key : `${field}.${key}`,
        `kunci tidak dikenal; yang dikenal: ${allowed.join(', ')}.`,
      );
    }
  }
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail(field, 'harus teks yang tidak kosong.');
  return (value as string).trim();
}

function regex(value: unknown, field: string): RegExp {
  const source = text(value, field);
  try {
    return new RegExp(source, 'iu');
  } catch (error) {
    return fail(field, `ekspresi reguler tidak valid (${(error as Error).message}).`);
  }
}

function texts(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0)
    fail(field, 'harus daftar teks, mis. ["Bupati"].');
  return (value as unknown[]).map((item, i) => text(item, `${field}[${i}]`).toLowerCase());
}

function minutes(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(field, `harus angka menit ≥ 0, bukan ${JSON.stringify(value)}.`);
  }
  return value as number;
}

function matchers(value: unknown, field: string): Matcher[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    return fail(field, 'harus daftar, mis. [{ "id": "…", "summary": "…" }].');
  return value.map((entry, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(entry)) return fail(at, 'harus objek dengan "id" dan minimal satu kriteria.');
    checkKeys(entry, ENTRY_KEYS, at);
    const id = text(entry.id, `${at}.id`);
    const tests: ((o: Occurrence) => boolean)[] = [];
    if (entry.categories !== undefined) {
      const wanted = texts(entry.categories, `${at}.categories`);
      tests.push((o) => o.categories.some((c) => wanted.includes(c.toLowerCase())));
    }
    if (entry.attendees !== undefined) {
      const wanted = texts(entry.attendees, `${at}.attendees`).map((a) =>
        a.replace(/^mailto:/, ''),
      );
      tests.push((o) => o.people.some((p) => wanted.includes(p)));
    }
    if (entry.location !== undefined) {
      const pattern = regex(entry.location, `${at}.location`);
      tests.push((o) => pattern.test(o.location));
    }
    if (entry.summary !== undefined) {
      const pattern = regex(entry.summary, `${at}.summary`);
      tests.push((o) => pattern.test(o.summary));
    }
    if (tests.length === 0) {
      fail(at, 'isi minimal satu kriteria: categories, attendees, location atau summary.');
    }
    return { id, test: (o: Occurrence) => tests.some((t) => t(o)) };
  });
}

/** Validates a parsed --rules file; every problem names its field in Indonesian. */
export function readRules(raw: unknown): AgendaRules {
  if (!isObject(raw)) return fail('', 'berkas aturan harus objek JSON { … }.');
  checkKeys(raw, TOP_KEYS, '');

  const leaders = matchers(raw.leaders, 'leaders');
  const kecamatan = matchers(raw.kecamatan, 'kecamatan');
  const activityTypes = matchers(raw.activityTypes, 'activityTypes');
  const defaultLeader =
    raw.defaultLeader === undefined ? undefined : text(raw.defaultLeader, 'defaultLeader');
  if (raw.venue !== undefined && typeof raw.venue !== 'boolean') {
    fail('venue', 'harus true atau false.');
  }
  const venueIgnore =
    raw.venueIgnore === undefined ? undefined : regex(raw.venueIgnore, 'venueIgnore');

  const buffers: Record<string, { before: number; after: number }> = {};
  if (raw.buffers !== undefined) {
    if (!isObject(raw.buffers))
      fail('buffers', 'harus objek { "jenis": { "before": 15, "after": 15 } }.');
    const types = new Set(activityTypes.map((t) => t.id));
    for (const [type, value] of Object.entries(raw.buffers as Record<string, unknown>)) {
      const at = `buffers.${type}`;
      if (type !== '*' && !types.has(type)) {
        fail(
          at,
          `jenis kegiatan "${type}" tidak ada di activityTypes (atau pakai "*" untuk semua).`,
        );
      }
      if (!isObject(value)) fail(at, 'harus objek { "before": menit, "after": menit }.');
      const buffer = value as Record<string, unknown>;
      checkKeys(buffer, ['before', 'after'], at);
      buffers[type] = {
        before: buffer.before === undefined ? 0 : minutes(buffer.before, `${at}.before`),
        after: buffer.after === undefined ? 0 : minutes(buffer.after, `${at}.after`),
      };
    }
  }

  const travel: Record<string, Record<string, number>> = {};
  if (raw.travel !== undefined) {
    if (!isObject(raw.travel))
      fail('travel', 'harus objek { "Kecamatan A": { "Kecamatan B": menit } }.');
    const known = new Set(kecamatan.map((k) => k.id));
    const check = (name: string, at: string) => {
      if (!known.has(name)) fail(at, `kecamatan "${name}" tidak ada di kecamatan.`);
    };
    for (const [from, row] of Object.entries(raw.travel as Record<string, unknown>)) {
      check(from, `travel.${from}`);
      if (!isObject(row)) fail(`travel.${from}`, 'harus objek { "Kecamatan tujuan": menit }.');
      travel[from] = {};
      for (const [to, value] of Object.entries(row as Record<string, unknown>)) {
        check(to, `travel.${from}.${to}`);
        (travel[from] as Record<string, number>)[to] = minutes(value, `travel.${from}.${to}`);
      }
    }
  }

  const clashRules: ClashRules = {
    buffers,
    travel,
    venue: (raw.venue as boolean | undefined) ?? true,
  };
  const everyone = raw.leaders === undefined;
  return {
    clashRules,
    toItem: (o, id) => {
      let names = everyone ? [SINGLE_LEADER] : leaders.filter((l) => l.test(o)).map((l) => l.id);
      if (names.length === 0 && defaultLeader !== undefined) names = [defaultLeader];
      const venue = o.location.trim();
      return {
        id,
        start: o.start,
        end: o.end,
        leaders: names,
        venue: venue === '' || venueIgnore?.test(venue) ? undefined : venue,
        kecamatan: kecamatan.find((k) => k.test(o))?.id,
        activityType: activityTypes.find((t) => t.test(o))?.id,
      };
    },
  };
}
