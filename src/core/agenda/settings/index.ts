/**
 * PROTOCLOUD settings sheets: their definitions and seed rows, reading them into validated
 * AgendaConventions (with per-cell problems in Indonesian), and the helpers other modules
 * derive from the conventions. Pure: the caller reads and writes the sheets.
 */
export {
  COLOR_CHOICES_TEXT,
  colorLabel,
  EVENT_COLOR_CHOICES,
  type EventColorChoice,
  readColor,
} from './colors';
export { DEFAULT_CONVENTIONS, defaultAgendaRows } from './defaults';
export {
  checklistFor,
  leaderNamesForAide,
  remindersFor,
  requestSettingsOf,
  slaHoursFor,
  toClashRules,
} from './derived';
export { formatLocation, formatTitle, parseTitle } from './format';
export { REQUIRABLE_STATUSES, SETTING_KEYS } from './keys';
export { METADATA_LABELS, METADATA_WORDS, RECIPIENT_WORDS } from './labels';
export { missingMetadata } from './metadata';
export { describeSettingsProblem, type SettingsProblem } from './problems';
export { readAgendaConventions } from './read';
export { BLANK_COLOR_ID } from './read-types';
export { agendaRowsOf } from './rows';
export type { TableInput } from './sheet';
export {
  AGENDA_LEADERS_TABLE,
  AGENDA_REMINDERS_TABLE,
  AGENDA_SETTINGS_TABLE,
  AGENDA_SETTINGS_TABLES,
  AGENDA_TRAVEL_TABLE,
  AGENDA_TYPES_TABLE,
} from './tables';
