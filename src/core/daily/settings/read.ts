/**
 * The LENTERA settings as the admin left them in LenteraPengaturan and LenteraBagian, with
 * the units of the Unit table. Never throws: whatever the cells hold, the result is usable —
 * a bad value falls back to its default, a missing or headless sheet to all of its defaults —
 * and every problem is listed for the admin by sheet, row and column. checkDailyConfig then
 * looks at the whole: what it still finds is about the units (two units sharing an alias).
 */
import type { SheetProblem } from '../../data/sheet-rows';
import { UNITS_TABLE } from '../../data/tables';
import {
  checkDailyConfig,
  type DailyConfig,
  type DailyUnit,
  DEFAULT_DAILY_CONFIG,
} from '../config';
import { openSheet } from '../tables';
import { DEFAULT_DAILY_RULES } from './keys';
import { readDailyRules } from './read-keys';
import { readDailySections } from './read-sections';
import { DAILY_SECTIONS_TABLE, DAILY_SETTINGS_TABLE } from './tables';

/** A sheet as read: `header` is row 1, `rows` are sheet rows 2 onwards. */
export interface SheetInput {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface DailySettings {
  /** What the template, the parser, the checklist and the lateness rule read. */
  readonly config: DailyConfig;
  /** Missing reporting days in a row before the coordinator is told (planDailyReminders). */
  readonly escalateAfter: number;
  /** First day reports are required, 'YYYY-MM-DD'; null = the earliest report in the log. */
  readonly since: string | null;
  /** 'HH:MM' on the config's clock when the coordinator's digest goes out. */
  readonly digestTime: string;
  readonly archiveAttachments: boolean;
  /** Drive folder path for archived attachments, outermost first. */
  readonly archiveFolders: readonly string[];
}

export function readDailySettings(input: {
  readonly settings: SheetInput;
  readonly sections: SheetInput;
  readonly units: readonly DailyUnit[];
}): { settings: DailySettings; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const { timeZone } = DEFAULT_DAILY_CONFIG;
  const { settings, sections } = input;

  const keyRows = openSheet(
    DAILY_SETTINGS_TABLE,
    settings.header,
    settings.rows,
    ['Kunci', 'Nilai'],
    problems,
  );
  const rules =
    keyRows === null
      ? DEFAULT_DAILY_RULES
      : readDailyRules(keyRows.rows, timeZone, DEFAULT_DAILY_RULES, problems);

  const sectionRows = openSheet(
    DAILY_SECTIONS_TABLE,
    sections.header,
    sections.rows,
    ['Bagian'],
    problems,
  );
  const readSections = sectionRows === null ? null : readDailySections(sectionRows.rows, problems);

  const config: DailyConfig = {
    ...DEFAULT_DAILY_CONFIG,
    sections: readSections ?? DEFAULT_DAILY_CONFIG.sections,
    priorities: rules.priorities,
    subjectTag: rules.subjectTag,
    cutoff: rules.cutoff,
    units: input.units,
  };
  for (const message of checkDailyConfig(config)) {
    problems.push({
      sheet: UNITS_TABLE.name,
      row: 1,
      column: '',
      message: message.replace(/\.$/, ''),
    });
  }

  return {
    settings: {
      config,
      escalateAfter: rules.escalateAfter,
      since: rules.since,
      digestTime: rules.digestTime ?? rules.cutoff,
      archiveAttachments: rules.archiveAttachments,
      archiveFolders: rules.archiveFolders,
    },
    problems,
  };
}
