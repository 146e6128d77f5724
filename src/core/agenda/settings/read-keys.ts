/**
 * The AgendaPengaturan sheet. Unlike the list sheets, each key stands alone: a key that is
 * missing, unknown or has a bad value leaves the default for that key only. A row holding only
 * Keterangan is a note and is ignored.
 */
import { cellText, isBlankCell, shown } from '../../data/cells';
import { type Draft, findSettingKey, type KeyValues, SETTING_KEYS_TEXT } from './keys';
import type { Report } from './problems';
import { type ColumnSpec, checkRow, type SheetRow } from './sheet';

export const KEY_COLUMNS: ColumnSpec = { required: ['Kunci', 'Nilai'], notes: ['Keterangan'] };

export function readKeyValues(
  rows: readonly SheetRow[],
  report: Report,
  defaults: KeyValues,
): KeyValues {
  const draft: Draft = { ...defaults };
  const seen = new Map<string, number>();
  for (const r of rows) {
    const check = checkRow(r, report);
    const keyText = cellText(r.cell('Kunci'));
    const setting = keyText === null ? undefined : findSettingKey(keyText);
    const earlier = setting === undefined ? undefined : seen.get(setting.key);
    let apply: ((d: Draft) => void) | undefined;
    if (keyText === null || keyText === '') {
      check.fail(
        'Kunci',
        `Kunci wajib diisi bila Nilai diisi; kunci yang dikenal: ${SETTING_KEYS_TEXT}`,
      );
    } else if (setting === undefined) {
      check.fail(
        'Kunci',
        `Kunci "${shown(keyText)}" tidak dikenal; kunci yang dikenal: ${SETTING_KEYS_TEXT}`,
      );
    } else if (earlier !== undefined) {
      check.fail(
        'Kunci',
        `Kunci ${setting.key} sudah ada di baris ${earlier}; baris ini diabaikan`,
      );
    } else {
      // Registered even when the value is bad: a later row must not quietly win instead.
      seen.set(setting.key, r.row);
      const reading = setting.read(r.cell('Nilai'));
      if ('problem' in reading) {
        const fallback = setting.write(defaults);
        const was = isBlankCell(fallback) ? 'kosong' : `"${fallback}"`;
        check.fail('Nilai', `${setting.key}: ${reading.problem}; dipakai nilai bawaan ${was}`);
      } else apply = reading.apply;
    }
    if (check.ok() && apply !== undefined) apply(draft);
  }
  return draft;
}
