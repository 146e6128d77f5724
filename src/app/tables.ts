/**
 * Every table of the data spreadsheet, and the rows a newly created one starts with. Setup
 * and the nightly repair bring the spreadsheet up to this list; seeds are written only into
 * a table that was just created, so an admin's edits are never overwritten.
 */
import {
  AGENDA_HISTORY_TABLE,
  AGENDA_NOTIFICATIONS_TABLE,
  AGENDA_TABLE,
} from '../core/agenda/register';
import { AGENDA_SETTINGS_TABLES, defaultAgendaRows } from '../core/agenda/settings';
import { DAILY_SEED_ROWS, DAILY_TABLES } from '../core/daily/tables';
import { DATA_TABLES, type TableDef } from '../core/data/tables';
import { HOLIDAYS_TABLE } from '../core/workdays';
import { OFFICE_HOURS_TABLE, officeHoursRows } from '../core/workdays/office-hours-table';

export const WORKSPACE_TABLES: readonly TableDef[] = [
  ...DATA_TABLES,
  HOLIDAYS_TABLE,
  OFFICE_HOURS_TABLE,
  AGENDA_TABLE,
  AGENDA_HISTORY_TABLE,
  AGENDA_NOTIFICATIONS_TABLE,
  ...AGENDA_SETTINGS_TABLES,
  ...DAILY_TABLES,
];

/** Starting rows of a table that was just created (HariLibur is seeded per year instead). */
export function seedRows(table: string): readonly (readonly unknown[])[] {
  if (table === OFFICE_HOURS_TABLE.name) return officeHoursRows();
  return defaultAgendaRows().get(table) ?? DAILY_SEED_ROWS.get(table) ?? [];
}
