/**
 * Offline clash check (bentrok jadwal) of an exported calendar, for analysts and automation
 * (Node, not part of the Apps Script bundle):
 *   npm run --silent agenda -- conflicts --ics FILE|- --from ISO --to ISO [--rules FILE] [--tz ZONE]
 *
 * Reads an iCalendar file (Google Calendar, Outlook, …), expands recurring events into the
 * occurrences that intersect [--from, --to), and prints the clashes as JSON, sorted by start:
 *   [{ "a": { "uid", "start" }, "b": { "uid", "start" }, "start", "end", "kind" }]
 * `a` starts first; each pair of occurrences appears once, with its strongest kind (overlap,
 * then venue, then travel, then buffer). All times are ISO 8601 with the offset of --tz
 * (default Asia/Jakarta, e.g. "2024-05-06T09:00:00+07:00"; "Z" when --tz is UTC). --from/--to
 * without an offset, floating times and all-day dates are read in that zone too (floating times
 * in the calendar's X-WR-TIMEZONE when --tz is not given).
 *
 * Without --rules every event belongs to one leader and only overlaps count. All-day,
 * cancelled (STATUS:CANCELLED), free (TRANSP:TRANSPARENT) and zero-length events never clash.
 * The --rules format is described in src/cli/ical/rules.ts.
 * Invalid input → exit code 2 and an Indonesian message naming the flag or field on stderr.
 */
import { type Clash, type ClashKind, findClashes } from '../core/agenda/clashes';
import { UserError } from '../core/errors';
import { parseCommandLine, readText, runCommand } from './command-line';
import { expandCalendars, type Occurrence, parseCalendars } from './ical/expand';
import { type AgendaRules, DEFAULT_RULES, readRules } from './ical/rules';
import { DEFAULT_ZONE, formatInstant, isIanaZone, parseInstant } from './ical/zones';

const USAGE = `Pemakaian:
  npm run --silent agenda -- conflicts --ics FILE|- --from ISO --to ISO [--rules FILE] [--tz ZONA]
  contoh: --from 2024-05-06 --to 2024-05-13T00:00+07:00`;

interface ClashOutput {
  readonly a: { readonly uid: string; readonly start: string };
  readonly b: { readonly uid: string; readonly start: string };
  readonly start: string;
  readonly end: string;
  readonly kind: ClashKind;
}

function readRulesFile(path: string): AgendaRules {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(path, '--rules'));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`--rules: JSON tidak valid (${(error as Error).message}).`, 'rules');
  }
  return readRules(raw);
}

function instantFlag(value: string | undefined, flag: string, zone: string): number {
  if (value === undefined) throw new UserError(`${flag} wajib diisi.\n${USAGE}`, flag.slice(2));
  const ms = parseInstant(value, zone);
  if (ms === null) {
    throw new UserError(
      `${flag}: isi tanggal ISO 8601 seperti 2024-05-06 atau 2024-05-06T08:00:00+07:00, bukan "${value}".`,
      flag.slice(2),
    );
  }
  return ms;
}

/** Overlap (a leader in two places) over venue (a room booked twice) over near misses. */
const STRENGTH: Readonly<Record<ClashKind, number>> = {
  overlap: 0,
  venue: 1,
  travel: 2,
  buffer: 3,
};

/**
 * findClashes reports a pair once per leader and once more for its venue; the CLI promises one
 * entry per pair of occurrences, so keep the strongest.
 */
function clashesOf(
  occurrences: readonly Occurrence[],
  rules: AgendaRules,
  zone: string,
): ClashOutput[] {
  const busy = occurrences.filter(
    (o) => !o.allDay && !o.cancelled && !o.transparent && o.end > o.start,
  );
  const items = busy.map((o, i) => rules.toItem(o, String(i)));
  const titles = new Map(busy.map((o, i) => [String(i), o.summary || o.uid]));
  const strongest = new Map<string, Clash>();
  for (const clash of findClashes(items, rules.clashRules, titles)) {
    const key = `${clash.a}\u0000${clash.b}`;
    const kept = strongest.get(key);
    if (!kept || STRENGTH[clash.kind] < STRENGTH[kept.kind]) strongest.set(key, clash);
  }
  const occurrence = (id: string) => busy[Number(id)] as Occurrence;
  return [...strongest.values()]
    .map((clash) => ({ clash, a: occurrence(clash.a), b: occurrence(clash.b) }))
    .sort(
      (x, y) =>
        x.clash.start - y.clash.start ||
        x.a.start - y.a.start ||
        compareText(x.a.uid, y.a.uid) ||
        x.b.start - y.b.start ||
        compareText(x.b.uid, y.b.uid),
    )
    .map(({ clash, a, b }) => ({
      a: { uid: a.uid, start: formatInstant(a.start, zone) },
      b: { uid: b.uid, start: formatInstant(b.start, zone) },
      start: formatInstant(clash.start, zone),
      end: formatInstant(clash.end, zone),
      kind: clash.kind,
    }));
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

const OPTIONS = {
  ics: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  rules: { type: 'string' },
  tz: { type: 'string' },
} as const;

function main(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, USAGE);
  if (positionals[0] !== 'conflicts' || positionals.length > 1) {
    throw new UserError(`perintah harus "conflicts".\n${USAGE}`, 'command');
  }
  if (!values.ics) {
    throw new UserError(`--ics wajib diisi (berkas .ics atau - untuk stdin).\n${USAGE}`, 'ics');
  }
  if (values.tz !== undefined && !isIanaZone(values.tz)) {
    throw new UserError(
      `--tz: zona waktu "${values.tz}" tidak dikenal; pakai nama IANA seperti Asia/Jakarta.`,
      'tz',
    );
  }
  const zone = values.tz ?? DEFAULT_ZONE;
  const from = instantFlag(values.from, '--from', zone);
  const to = instantFlag(values.to, '--to', zone);
  if (to <= from) throw new UserError('--to: harus sesudah --from.', 'to');
  // Rules first: a typo in a small JSON file is cheaper to report than a large calendar's.
  const rules = values.rules === undefined ? DEFAULT_RULES : readRulesFile(values.rules);
  const calendars = parseCalendars(readText(values.ics, '--ics'));
  const occurrences = expandCalendars(calendars, { from, to, floatingZone: values.tz });
  process.stdout.write(`${JSON.stringify(clashesOf(occurrences, rules, zone))}\n`);
  return 0;
}

runCommand(main);
