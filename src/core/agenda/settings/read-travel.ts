/** The AgendaWaktuTempuh sheet, as the travel matrix of ClashRules. */

import { cellText, fold, readCount, shown } from '../../data/cells';
import type { AgendaConventions } from '../conventions';
import type { Report } from './problems';
import { type ColumnSpec, checkRow, type SheetRow } from './sheet';

export const TRAVEL_COLUMNS: ColumnSpec = { required: ['Dari', 'Ke', 'Menit'] };

export type TravelMatrix = AgendaConventions['travel'];

/** Record form of ordered [from, to, minutes] rows; fromEntries so "__proto__" stays data. */
export const travelMatrix = (
  rows: readonly (readonly [string, string, number])[],
): TravelMatrix => {
  const byFrom = new Map<string, [string, number][]>();
  for (const [from, to, minutes] of rows) {
    const targets = byFrom.get(from) ?? [];
    targets.push([to, minutes]);
    byFrom.set(from, targets);
  }
  return Object.fromEntries(
    [...byFrom].map(([from, targets]) => [from, Object.fromEntries(targets)]),
  );
};

export function readTravel(rows: readonly SheetRow[], report: Report): TravelMatrix {
  const pairs: [string, string, number][] = [];
  const pairRows = new Map<string, number>();
  // Clash detection compares kecamatan names exactly, so one spelling per kecamatan: the first.
  const spelling = new Map<string, string>();
  const canonical = (name: string) => {
    const known = spelling.get(fold(name));
    if (known !== undefined) return known;
    spelling.set(fold(name), name);
    return name;
  };
  for (const r of rows) {
    const check = checkRow(r, report);
    const place = (column: 'Dari' | 'Ke') => {
      const text = cellText(r.cell(column));
      if (text === null || text === '') {
        check.fail(column, `${column} wajib diisi dengan nama kecamatan`);
        return null;
      }
      return text;
    };
    const from = place('Dari');
    const to = place('Ke');
    const minutesCell = r.cell('Menit');
    const minutes = readCount(minutesCell);
    if (minutes === null) {
      check.fail('Menit', `Menit harus bilangan bulat ≥ 0, bukan "${shown(minutesCell)}"`);
    }
    const key = from !== null && to !== null ? `${fold(from)}\u0000${fold(to)}` : '';
    const earlier = pairRows.get(key);
    if (earlier !== undefined) {
      check.fail(
        'Ke',
        `Waktu tempuh ${from} → ${to} sudah diisi di baris ${earlier}; baris ini diabaikan`,
      );
    }
    if (!check.ok() || from === null || to === null || minutes === null) continue;
    pairRows.set(key, r.row);
    pairs.push([canonical(from), canonical(to), minutes]);
  }
  return travelMatrix(pairs);
}
