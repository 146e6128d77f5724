/**
 * Conventions written as sheet rows (header order of ./tables), the inverse of ./read: setup
 * seeds empty sheets with the defaults this way, and the reader must give back exactly what
 * was written (the tests hold the two together).
 */
import type { AgendaConventions } from '../conventions';
import { colorLabel } from './colors';
import { SETTING_KEYS } from './keys';
import { recipientWord } from './labels';
import {
  AGENDA_LEADERS_TABLE,
  AGENDA_REMINDERS_TABLE,
  AGENDA_SETTINGS_TABLE,
  AGENDA_TRAVEL_TABLE,
  AGENDA_TYPES_TABLE,
} from './tables';

export function agendaRowsOf(c: AgendaConventions): ReadonlyMap<string, unknown[][]> {
  return new Map<string, unknown[][]>([
    [
      AGENDA_LEADERS_TABLE.name,
      c.leaders.map((l) => [l.name, l.email, l.aides.join(', '), l.fridayPrayer ? 'Ya' : 'Tidak']),
    ],
    [
      AGENDA_TYPES_TABLE.name,
      c.activityTypes.map((t) => [
        t.name,
        t.code,
        colorLabel(t.colorId),
        t.bufferBefore,
        t.bufferAfter,
        t.checklist.join('\n'),
      ]),
    ],
    [
      AGENDA_REMINDERS_TABLE.name,
      c.reminders.map((r) => [
        r.activityType === '*' ? 'Semua' : r.activityType,
        r.minutesBefore,
        r.recipients.map(recipientWord).join(', '),
      ]),
    ],
    [
      AGENDA_TRAVEL_TABLE.name,
      Object.entries(c.travel).flatMap(([from, targets]) =>
        Object.entries(targets).map(([to, minutes]) => [from, to, minutes]),
      ),
    ],
    [AGENDA_SETTINGS_TABLE.name, SETTING_KEYS.map((k) => [k.key, k.write(c), k.description])],
  ]);
}
