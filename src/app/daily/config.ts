/**
 * LENTERA's settings from the data spreadsheet: LenteraPengaturan and LenteraBagian, with the
 * units of Unit and their staff from Pengguna. A settings sheet setup has not created yet (a
 * new version deployed before setup or the nightly repair ran) reads as missing: its defaults
 * stand in and the problem says to run setup, so the add-on keeps working meanwhile.
 */
import { readUsers } from '../../core/access/users';
import type { DailyConfig } from '../../core/daily/config';
import { type DailySettings, readDailySettings } from '../../core/daily/settings/read';
import { DAILY_SECTIONS_TABLE, DAILY_SETTINGS_TABLE } from '../../core/daily/settings/tables';
import { dailyUnitsFrom } from '../../core/daily/units-table';
import type { SheetProblem } from '../../core/data/sheet-rows';
import { UNITS_TABLE, USERS_TABLE } from '../../core/data/tables';
import type { DataBook } from '../../ports';

export interface DailySettingsRead extends DailySettings {
  /** For the admin: what to fix, by sheet, row and column (describeSheetProblem). */
  readonly problems: readonly SheetProblem[];
}

export function dailySettingsFrom(book: DataBook): DailySettingsRead {
  const existing = new Set(book.summaries().map((s) => s.name));
  const read = (table: string) =>
    existing.has(table) ? book.read(table) : { header: [], rows: [] };
  const users = book.read(USERS_TABLE.name);
  const units = book.read(UNITS_TABLE.name);
  const { settings, problems } = readDailySettings({
    settings: read(DAILY_SETTINGS_TABLE.name),
    sections: read(DAILY_SECTIONS_TABLE.name),
    units: dailyUnitsFrom(units.header, units.rows, readUsers(users.header, users.rows).users),
  });
  return { ...settings, problems };
}

export const dailyConfigFrom = (book: DataBook): DailyConfig => dailySettingsFrom(book).config;
