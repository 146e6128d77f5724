/**
 * Reading the five settings sheets into AgendaConventions. Never throws: whatever the cells
 * hold, the result is usable and every problem is listed for the admin.
 *
 * - A bad row in a list sheet (pimpinan, jenis, pengingat, waktu tempuh) is reported and
 *   skipped whole; the good rows are kept.
 * - A bad, unknown or repeated key in AgendaPengaturan is reported; that key keeps its
 *   default. A key without a row also keeps its default (so a key added in a later version
 *   works on an old sheet); to switch an SLA or a requirement off, keep the row, empty Nilai.
 * - A missing sheet, or one missing a required column, is replaced by the defaults and
 *   reported once: the agenda keeps working, and the admin learns the sheet needs fixing.
 * - A present sheet that yields no leader or no activity type is reported: the request form
 *   would offer nothing to choose.
 */
import type { AgendaConventions } from '../conventions';
import { DEFAULT_CONVENTIONS } from './defaults';
import type { Report, SettingsProblem } from './problems';
import { KEY_COLUMNS, readKeyValues } from './read-keys';
import { LEADER_COLUMNS, readLeaders } from './read-leaders';
import { REMINDER_COLUMNS, readReminders } from './read-reminders';
import { readTravel, TRAVEL_COLUMNS } from './read-travel';
import { readActivityTypes, TYPE_COLUMNS } from './read-types';
import { openTable, type TableInput } from './sheet';
import {
  AGENDA_LEADERS_TABLE,
  AGENDA_REMINDERS_TABLE,
  AGENDA_SETTINGS_TABLE,
  AGENDA_TRAVEL_TABLE,
  AGENDA_TYPES_TABLE,
} from './tables';

export function readAgendaConventions(tables: ReadonlyMap<string, TableInput>): {
  conventions: AgendaConventions;
  problems: SettingsProblem[];
} {
  const problems: SettingsProblem[] = [];
  const reporter =
    (sheet: string): Report =>
    (row, column, message) =>
      problems.push({ sheet, row, column, message });
  const nothingRead = (sheet: string, column: string, what: string) =>
    problems.push({
      sheet,
      row: 2,
      column,
      message: `belum ada ${what} yang terbaca; formulir pengajuan agenda tidak dapat memilihnya`,
    });

  const leaderRows = openTable(AGENDA_LEADERS_TABLE, tables, LEADER_COLUMNS, problems);
  const leaders =
    leaderRows === null
      ? DEFAULT_CONVENTIONS.leaders
      : readLeaders(leaderRows, reporter(AGENDA_LEADERS_TABLE.name));
  if (leaders.length === 0) nothingRead(AGENDA_LEADERS_TABLE.name, 'Nama', 'pimpinan');

  const typeRows = openTable(AGENDA_TYPES_TABLE, tables, TYPE_COLUMNS, problems);
  const activityTypes =
    typeRows === null
      ? DEFAULT_CONVENTIONS.activityTypes
      : readActivityTypes(typeRows, reporter(AGENDA_TYPES_TABLE.name));
  if (activityTypes.length === 0) nothingRead(AGENDA_TYPES_TABLE.name, 'Jenis', 'jenis kegiatan');

  const reminderRows = openTable(AGENDA_REMINDERS_TABLE, tables, REMINDER_COLUMNS, problems);
  const reminders =
    reminderRows === null
      ? // The default rules may name a default type the admin removed; keep only valid ones.
        DEFAULT_CONVENTIONS.reminders.filter(
          (r) => r.activityType === '*' || activityTypes.some((t) => t.name === r.activityType),
        )
      : readReminders(reminderRows, reporter(AGENDA_REMINDERS_TABLE.name), activityTypes);

  const travelRows = openTable(AGENDA_TRAVEL_TABLE, tables, TRAVEL_COLUMNS, problems);
  const travel =
    travelRows === null
      ? DEFAULT_CONVENTIONS.travel
      : readTravel(travelRows, reporter(AGENDA_TRAVEL_TABLE.name));

  const keyRows = openTable(AGENDA_SETTINGS_TABLE, tables, KEY_COLUMNS, problems);
  const keyValues =
    keyRows === null
      ? DEFAULT_CONVENTIONS
      : readKeyValues(keyRows, reporter(AGENDA_SETTINGS_TABLE.name), DEFAULT_CONVENTIONS);

  return {
    conventions: {
      leaders,
      activityTypes,
      titleFormat: keyValues.titleFormat,
      locationFormat: keyValues.locationFormat,
      requiredByStage: keyValues.requiredByStage,
      reminders,
      slaHours: keyValues.slaHours,
      escalation: keyValues.escalation,
      travel,
      holidayBlock: keyValues.holidayBlock,
      fridayPrayerBlock: keyValues.fridayPrayerBlock,
      checklistFlagHour: keyValues.checklistFlagHour,
    },
    problems,
  };
}
