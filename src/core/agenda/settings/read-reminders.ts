/** The AgendaPengingat sheet. Needs the activity types, so a rule cannot name a missing one. */

import { cellText, fold, readCount, shown, splitList } from '../../data/cells';
import type { ActivityType, Recipient, ReminderRule } from '../conventions';
import { RECIPIENT_CHOICES_TEXT, readRecipient, recipientWord } from './labels';
import type { Report } from './problems';
import { isAllTypesWord } from './read-types';
import { type ColumnSpec, checkRow, type SheetRow } from './sheet';
import { AGENDA_TYPES_TABLE } from './tables';

export const REMINDER_COLUMNS: ColumnSpec = { required: ['Jenis', 'Menit Sebelum', 'Penerima'] };

const ALL_TYPES_HINT = 'isi nama jenis kegiatan, atau * / Semua untuk semua jenis';

export function readReminders(
  rows: readonly SheetRow[],
  report: Report,
  types: readonly ActivityType[],
): ReminderRule[] {
  const rules: ReminderRule[] = [];
  for (const r of rows) {
    const check = checkRow(r, report);

    const typeText = cellText(r.cell('Jenis'));
    let activityType: string | undefined;
    if (typeText === null || typeText === '') {
      check.fail('Jenis', `Jenis wajib diisi; ${ALL_TYPES_HINT}`);
    } else if (isAllTypesWord(typeText)) {
      activityType = '*';
    } else {
      activityType = types.find((t) => fold(t.name) === fold(typeText))?.name;
      if (activityType === undefined) {
        check.fail(
          'Jenis',
          `Jenis kegiatan "${typeText}" tidak ada di sheet ${AGENDA_TYPES_TABLE.name}; ${ALL_TYPES_HINT}`,
        );
      }
    }

    const minutesCell = r.cell('Menit Sebelum');
    const minutesBefore = readCount(minutesCell);
    if (minutesBefore === null) {
      check.fail(
        'Menit Sebelum',
        `Menit Sebelum harus bilangan bulat ≥ 0 (0 = saat acara mulai), bukan "${shown(minutesCell)}"`,
      );
    }

    const recipientsText = cellText(r.cell('Penerima'));
    const recipients: Recipient[] = [];
    for (const word of splitList(recipientsText ?? '', /[,;\n]+/)) {
      const recipient = readRecipient(word);
      if (recipient === null) {
        check.fail('Penerima', `Penerima "${word}" tidak dikenal; isi ${RECIPIENT_CHOICES_TEXT}`);
      } else if (!recipients.some((x) => recipientWord(x) === recipientWord(recipient))) {
        recipients.push(recipient);
      }
    }
    if (recipientsText === null || (recipients.length === 0 && recipientsText === '')) {
      check.fail('Penerima', `Penerima wajib diisi: ${RECIPIENT_CHOICES_TEXT}`);
    }

    if (!check.ok() || activityType === undefined || minutesBefore === null) continue;
    rules.push({ activityType, minutesBefore, recipients });
  }
  return rules;
}
