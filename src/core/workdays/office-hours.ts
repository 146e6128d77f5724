/**
 * Office hours per weekday, a setting of each instansi. Stored as JSON the admin can read
 * ('07:30', day names in Indonesian), so a bad value is reported by day and field rather
 * than silently turning a working day into a closed one.
 */

/** Index = Date.getDay(): 0 = Minggu … 6 = Sabtu. */
export const WEEKDAYS = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_LABELS: Record<Weekday, string> = {
  minggu: 'Minggu',
  senin: 'Senin',
  selasa: 'Selasa',
  rabu: 'Rabu',
  kamis: 'Kamis',
  jumat: 'Jumat',
  sabtu: 'Sabtu',
};

/** A span of the wall clock, 'HH:MM' to 'HH:MM' the same day; `end` may be '24:00'. */
export interface TimeWindow {
  readonly start: string;
  readonly end: string;
}

export interface OfficeHours {
  /** Opening span per weekday; null = closed all day. */
  readonly days: Readonly<Record<Weekday, TimeWindow | null>>;
  /**
   * Friday prayer. Working time still runs through it (staff are on duty), but the agenda
   * keeps Muslim leaders free then; null = the agenda does not block it.
   */
  readonly fridayPrayer: TimeWindow | null;
}

/** Common in local government: Mon–Thu 07:30–16:00, Fri 07:30–16:30. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  days: {
    minggu: null,
    senin: { start: '07:30', end: '16:00' },
    selasa: { start: '07:30', end: '16:00' },
    rabu: { start: '07:30', end: '16:00' },
    kamis: { start: '07:30', end: '16:00' },
    jumat: { start: '07:30', end: '16:30' },
    sabtu: null,
  },
  fridayPrayer: { start: '11:30', end: '13:00' },
};

// 'H:MM', 'HH:MM' or the Indonesian 'HH.MM'.
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;

/** Minutes since midnight of '07:30' / '7.30'; null when it is not a clock time. */
export function minuteOfDay(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockText = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** One window, normalized to 'HH:MM'; problems are prefixed with `what` ("Jam kantor Senin"). */
function readWindow(raw: unknown, what: string, problems: string[]): TimeWindow | null {
  if (!isRecord(raw)) {
    problems.push(`${what}: isi {"start": "07:30", "end": "16:00"} atau null untuk tutup.`);
    return null;
  }
  const edge = (key: 'start' | 'end', label: string) => {
    const value = raw[key];
    const minute = typeof value === 'string' ? minuteOfDay(value) : null;
    if (minute === null) {
      problems.push(
        `${what}: ${label} ${JSON.stringify(value ?? '')} bukan jam yang valid; tulis seperti 07:30.`,
      );
    }
    return minute;
  };
  const start = edge('start', 'jam mulai');
  const end = edge('end', 'jam selesai');
  if (start === null || end === null) return null;
  if (end <= start) {
    problems.push(
      `${what}: jam selesai (${clockText(end)}) harus setelah jam mulai (${clockText(start)}).`,
    );
    return null;
  }
  return { start: clockText(start), end: clockText(end) };
}

export type OfficeHoursResult =
  | { readonly ok: true; readonly value: OfficeHours }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads stored settings over the defaults: a day or field left out keeps its default, null
 * closes the day (or drops the prayer window). Every problem is listed, in Indonesian.
 */
export function readOfficeHours(raw: unknown): OfficeHoursResult {
  if (raw === undefined || raw === null) return { ok: true, value: DEFAULT_OFFICE_HOURS };
  if (!isRecord(raw)) {
    return { ok: false, problems: ['Jam kantor: isi objek {"days": {...}, "fridayPrayer": …}.'] };
  }
  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (key !== 'days' && key !== 'fridayPrayer') {
      problems.push(`Jam kantor: isian "${key}" tidak dikenal; pakai "days" dan "fridayPrayer".`);
    }
  }
  const rawDays = raw.days ?? {};
  if (!isRecord(rawDays))
    problems.push('Jam kantor: "days" harus objek per hari (senin … minggu).');
  const givenDays = isRecord(rawDays) ? rawDays : {};
  for (const key of Object.keys(givenDays)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      problems.push(`Jam kantor: hari "${key}" tidak dikenal; pakai senin, selasa, … minggu.`);
    }
  }
  const days = {} as Record<Weekday, TimeWindow | null>;
  for (const day of WEEKDAYS) {
    const given = givenDays[day];
    days[day] =
      given === undefined
        ? DEFAULT_OFFICE_HOURS.days[day]
        : given === null
          ? null
          : readWindow(given, `Jam kantor ${DAY_LABELS[day]}`, problems);
  }
  const givenPrayer = raw.fridayPrayer;
  const fridayPrayer =
    givenPrayer === undefined
      ? DEFAULT_OFFICE_HOURS.fridayPrayer
      : givenPrayer === null
        ? null
        : readWindow(givenPrayer, 'Waktu salat Jumat', problems);
  if (problems.length === 0 && WEEKDAYS.every((day) => days[day] === null)) {
    // With no open day no deadline could ever be reached.
    problems.push('Jam kantor: minimal satu hari dalam seminggu harus buka.');
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { days, fridayPrayer } };
}

export const weekdayLabel = (day: Weekday): string => DAY_LABELS[day];
