/**
 * What setup writes into the empty LENTERA settings sheets: the rules and sections of
 * DEFAULT_DAILY_CONFIG, which ./read gives back unchanged (the tests hold the two together).
 */
import { type DailySection, DEFAULT_DAILY_CONFIG } from '../config';
import { DEFAULT_DAILY_RULES, dailyRuleRows } from './keys';
import { DAILY_SECTIONS_TABLE, DAILY_SETTINGS_TABLE } from './tables';

/** Aliases are ";"-separated: a heading people write may hold a comma. */
const ALIAS_SEPARATOR = '; ';

/** The LenteraBagian rows for `sections` (Bagian, Wajib, Judul Lain). */
const dailySectionRows = (sections: readonly DailySection[]): string[][] =>
  sections.map((s) => [
    s.name,
    s.required ? 'Ya' : 'Tidak',
    (s.aliases ?? []).join(ALIAS_SEPARATOR),
  ]);

export function dailySettingsRows(): ReadonlyMap<string, readonly (readonly unknown[])[]> {
  return new Map<string, readonly (readonly unknown[])[]>([
    [DAILY_SETTINGS_TABLE.name, dailyRuleRows(DEFAULT_DAILY_RULES)],
    [DAILY_SECTIONS_TABLE.name, dailySectionRows(DEFAULT_DAILY_CONFIG.sections)],
  ]);
}
