/** The AgendaPimpinan sheet. */

import {
  cellText,
  fold,
  isBlankCell,
  isEmail,
  readYesNo,
  shown,
  splitList,
} from '../../data/cells';
import type { Leader } from '../conventions';
import type { Report } from './problems';
import { type ColumnSpec, checkRow, type SheetRow } from './sheet';

export const LEADER_COLUMNS: ColumnSpec = {
  required: ['Nama'],
  optional: ['Email', 'Ajudan', 'Salat Jumat'],
};

export function readLeaders(rows: readonly SheetRow[], report: Report): Leader[] {
  const leaders: Leader[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const check = checkRow(r, report);

    const name = cellText(r.cell('Nama'));
    if (name === null)
      check.fail('Nama', `Nama "${shown(r.cell('Nama'))}" tidak terbaca; isi teks`);
    else if (name === '') check.fail('Nama', 'Nama pimpinan wajib diisi');
    else if (/[,;\n]/.test(name)) {
      // The request form separates several leaders by these characters.
      check.fail('Nama', `Nama "${name}" tidak boleh memuat koma, titik koma, atau baris baru`);
    } else if (seen.has(fold(name))) {
      check.fail(
        'Nama',
        `Pimpinan "${name}" sudah ada di baris ${seen.get(fold(name))}; nama harus unik`,
      );
    }

    const emailText = cellText(r.cell('Email'));
    const email = (emailText ?? '').toLowerCase();
    if (emailText === null || (email !== '' && !isEmail(email))) {
      check.fail(
        'Email',
        `Email "${shown(r.cell('Email'))}" tidak valid; kosongkan bila belum diketahui`,
      );
    }

    const aidesText = cellText(r.cell('Ajudan'));
    const aides: string[] = [];
    for (const word of splitList((aidesText ?? '').toLowerCase(), /[\s,;]+/)) {
      if (!isEmail(word)) {
        check.fail(
          'Ajudan',
          `Email ajudan "${word}" tidak valid; pisahkan beberapa email dengan koma`,
        );
      } else if (!aides.includes(word)) aides.push(word);
    }
    if (aidesText === null) {
      check.fail('Ajudan', `Ajudan "${shown(r.cell('Ajudan'))}" tidak terbaca; isi alamat email`);
    }

    // Blank keeps the window free: forgetting to fill it must not book a leader during prayer.
    const prayerCell = r.cell('Salat Jumat');
    const fridayPrayer = isBlankCell(prayerCell) ? true : readYesNo(prayerCell);
    if (fridayPrayer === null) {
      check.fail(
        'Salat Jumat',
        `Salat Jumat harus "Ya" atau "Tidak", bukan "${shown(prayerCell)}"`,
      );
    }

    if (!check.ok() || name === null || fridayPrayer === null) continue;
    seen.set(fold(name), r.row);
    leaders.push({ name, email, aides, fridayPrayer });
  }
  return leaders;
}
