/** The Gmail homepage section listing what to fix in the LENTERA settings sheets. */
import { escapeHtml } from '../../../core/text/html';
import { field, type Section, text } from '../model';

/** Problems listed; the rest are counted (the admin finds them all by the sheet names shown). */
const SHOWN = 5;

/** null when there is nothing to fix: the homepage stays short. */
export function dailySettingsSection(problems: readonly string[]): Section | null {
  if (problems.length === 0) return null;
  const rest = problems.length - SHOWN;
  return {
    header: 'Pengaturan LENTERA perlu diperbaiki',
    widgets: [
      field(
        'Sheet LenteraPengaturan, LenteraBagian dan Unit',
        `${problems.length} isian tidak dapat dipakai`,
        'Tiap baris menyebut sheet, baris dan kolom yang perlu diperbaiki',
      ),
      ...problems.slice(0, SHOWN).map((p) => text(escapeHtml(p))),
      ...(rest > 0 ? [text(escapeHtml(`… dan ${rest} lainnya.`))] : []),
    ],
  };
}
