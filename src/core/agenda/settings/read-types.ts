/** The AgendaJenis sheet. */

import { cellText, fold, isBlankCell, readCount, shown, splitList } from '../../data/cells';
import type { ActivityType } from '../conventions';
import { COLOR_CHOICES_TEXT, readColor } from './colors';
import type { Report } from './problems';
import { type ColumnSpec, checkRow, type SheetRow } from './sheet';

export const TYPE_COLUMNS: ColumnSpec = {
  required: ['Jenis'],
  optional: ['Kode', 'Warna', 'Jeda Sebelum (menit)', 'Jeda Sesudah (menit)', 'Ceklis'],
};

/** Graphite: a type whose colour was left blank stays visibly "not set" on the calendar. */
export const BLANK_COLOR_ID = '8';

/** "*" and "Semua" mean "every type" in AgendaPengingat, so no type may be called that. */
export const isAllTypesWord = (word: string): boolean => ['*', 'semua'].includes(fold(word));

// Leading "-", "•", "*", "1." or "1)" that admins type before checklist lines.
const BULLET = /^(?:[-•*]|\d+[.)])\s+/;

export function readChecklist(text: string): string[] {
  const items: string[] = [];
  for (const line of splitList(text, /[\n;]+/)) {
    const item = line.replace(BULLET, '').trim();
    // The checklist is kept per item text, so two equal lines would be one tick box.
    if (item !== '' && !items.some((i) => fold(i) === fold(item))) items.push(item);
  }
  return items;
}

export function readActivityTypes(rows: readonly SheetRow[], report: Report): ActivityType[] {
  const types: ActivityType[] = [];
  const names = new Map<string, number>();
  const codes = new Map<string, number>();
  for (const r of rows) {
    const check = checkRow(r, report);

    const name = cellText(r.cell('Jenis'));
    if (name === null)
      check.fail('Jenis', `Jenis "${shown(r.cell('Jenis'))}" tidak terbaca; isi teks`);
    else if (name === '') check.fail('Jenis', 'Nama jenis kegiatan wajib diisi');
    else if (isAllTypesWord(name)) {
      check.fail(
        'Jenis',
        `"${name}" berarti semua jenis di sheet AgendaPengingat; pakai nama lain`,
      );
    } else if (names.has(fold(name))) {
      check.fail(
        'Jenis',
        `Jenis "${name}" sudah ada di baris ${names.get(fold(name))}; nama harus unik`,
      );
    }

    const codeText = cellText(r.cell('Kode'));
    // A blank code falls back to the name: every title still carries a recognisable [JENIS].
    const code = codeText === '' ? (name ?? '').toUpperCase() : codeText;
    if (code === null)
      check.fail('Kode', `Kode "${shown(r.cell('Kode'))}" tidak terbaca; isi teks`);
    else if (/[[\]\n]/.test(code)) {
      check.fail('Kode', `Kode "${code}" tidak boleh memuat [ ] atau baris baru`);
    } else if (code !== '' && codes.has(fold(code))) {
      check.fail(
        'Kode',
        `Kode "${code}" sudah dipakai di baris ${codes.get(fold(code))}; kode harus unik`,
      );
    }

    const colorCell = r.cell('Warna');
    const colorId = isBlankCell(colorCell) ? BLANK_COLOR_ID : readColor(colorCell);
    if (colorId === null) {
      check.fail(
        'Warna',
        `Warna "${shown(colorCell)}" tidak dikenal; pilih salah satu: ${COLOR_CHOICES_TEXT}`,
      );
    }

    const minutes = (column: string, label: string) => {
      const cell = r.cell(column);
      const value = isBlankCell(cell) ? 0 : readCount(cell);
      if (value === null) {
        check.fail(column, `${label} harus bilangan bulat ≥ 0 (menit), bukan "${shown(cell)}"`);
      }
      return value ?? 0;
    };
    const bufferBefore = minutes('Jeda Sebelum (menit)', 'Jeda Sebelum');
    const bufferAfter = minutes('Jeda Sesudah (menit)', 'Jeda Sesudah');

    const checklistText = cellText(r.cell('Ceklis'));
    if (checklistText === null) {
      check.fail(
        'Ceklis',
        `Ceklis "${shown(r.cell('Ceklis'))}" tidak terbaca; isi satu butir per baris`,
      );
    }

    if (!check.ok() || name === null || code === null || colorId === null) continue;
    names.set(fold(name), r.row);
    codes.set(fold(code), r.row);
    types.push({
      name,
      code,
      colorId,
      bufferBefore,
      bufferAfter,
      checklist: readChecklist(checklistText ?? ''),
    });
  }
  return types;
}
