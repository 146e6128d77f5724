/**
 * Office hours as a sheet the admin edits (JamKantor): one row per weekday plus one for the
 * Friday-prayer window. Read into the OfficeHours setting and checked by readOfficeHours, so
 * a bad cell is reported by day instead of silently closing a working day.
 */
import type { TableDef } from '../data/tables';
import {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  readOfficeHours,
  WEEKDAYS,
  weekdayLabel,
} from './office-hours';

export const OFFICE_HOURS_TABLE: TableDef = {
  name: 'JamKantor',
  description: 'Jam kantor per hari dan waktu salat Jumat (kosongkan Buka/Tutup untuk hari libur)',
  headers: ['Hari', 'Buka', 'Tutup'],
};

const PRAYER_ROW = 'Salat Jumat';

/** The seed rows: the defaults (Mon–Thu 07:30–16:00, Fri 07:30–16:30, prayer 11:30–13:00). */
export function officeHoursRows(hours: OfficeHours = DEFAULT_OFFICE_HOURS): string[][] {
  const rows = WEEKDAYS.map((day) => {
    const window = hours.days[day];
    return [weekdayLabel(day), window?.start ?? '', window?.end ?? ''];
  });
  // Monday first, as an Indonesian office reads its week.
  rows.push(rows.shift() as string[]);
  rows.push([PRAYER_ROW, hours.fridayPrayer?.start ?? '', hours.fridayPrayer?.end ?? '']);
  return rows;
}

/** A clock cell: Sheets may turn "07:30" into a time (a Date on 1899-12-30) or a day fraction. */
function clockText(cell: unknown, timeZone: string): string {
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const minutes = Math.round(cell * 1440);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  if (cell !== null && typeof cell === 'object' && typeof (cell as Date).getTime === 'function') {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(cell as Date);
    return parts;
  }
  return cell === undefined || cell === null ? '' : String(cell).trim();
}

export type OfficeHoursTable =
  | { readonly ok: true; readonly value: OfficeHours }
  | { readonly ok: false; readonly problems: readonly string[]; readonly value: OfficeHours };

/**
 * Rows not naming a day are reported; a day left out keeps its default. On any problem the
 * defaults are used as a whole (a half-read week is worse than a known one) and the problems
 * returned for the admin.
 */
export function readOfficeHoursTable(
  rows: readonly (readonly unknown[])[],
  timeZone: string,
): OfficeHoursTable {
  const days: Record<string, { start: string; end: string } | null> = {};
  let fridayPrayer: { start: string; end: string } | null | undefined;
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const name = clockText(row[0], timeZone).toLowerCase();
    if (name === '') return;
    const start = clockText(row[1], timeZone);
    const end = clockText(row[2], timeZone);
    const window = start === '' && end === '' ? null : { start, end };
    if (name === PRAYER_ROW.toLowerCase()) {
      fridayPrayer = window;
      return;
    }
    const day = WEEKDAYS.find((d) => weekdayLabel(d).toLowerCase() === name || d === name);
    if (day === undefined) {
      problems.push(
        `${OFFICE_HOURS_TABLE.name} baris ${index + 2}: hari "${String(row[0])}" tidak dikenal; tulis Senin … Minggu atau "${PRAYER_ROW}".`,
      );
      return;
    }
    days[day] = window;
  });
  const checked = readOfficeHours(fridayPrayer === undefined ? { days } : { days, fridayPrayer });
  if (!checked.ok) problems.push(...checked.problems);
  return checked.ok && problems.length === 0
    ? { ok: true, value: checked.value }
    : { ok: false, problems, value: DEFAULT_OFFICE_HOURS };
}
